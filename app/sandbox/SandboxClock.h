// SandboxClock: "now" as the simulated Eko server sees it.
//
// Counter PCs have wrong clocks, and Eko refuses stale signatures, so the
// sandbox must be able to run ahead of or behind the PC. Everything that
// depends on time (signature skew, OTP expiry, settling of awaited
// transfers, the Date header) reads this one clock so an offset moves them
// all together, which is also how tests fast-forward OTP expiry.
#pragma once

#include <QDateTime>

namespace counterdesk::sandbox {

class SandboxClock
{
public:
    qint64 offsetMs() const { return m_offsetMs; }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }

    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

private:
    qint64 m_offsetMs = 0;
};

} // namespace counterdesk::sandbox
