// ClockSkew: how far the server's clock is from this PC's, learnt from the
// HTTP Date header of every answer.
//
// Counter PCs often have wrong clocks and Eko answers 403 to a stale
// secret-key-timestamp, so requests are signed with local time + offset.
// Date has one-second resolution, so each answer only bounds the offset to an
// interval: [date - receivedAt, date + 999 - sentAt]. Successive intervals
// are intersected, and the offset is moved only when it falls outside that
// intersection: it stays steady from request to request (no jitter) and
// converges to well under a second. An answer outside the intersection means
// a clock was changed, and learning starts over.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace counterdesk::eko {

class ClockSkew
{
public:
    // RFC 9110 HTTP-date (IMF-fixdate; also RFC 850 and asctime forms).
    static std::optional<QDateTime> parseHttpDate(const QByteArray& value);

    // Feed one answer; returns true when the offset changed.
    bool observe(const QDateTime& serverDate, qint64 sentAtMs, qint64 receivedAtMs);

    qint64 offsetMs() const { return m_offsetMs; }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }
    bool hasObservation() const { return m_observed; }

    qint64 correctedNowMs(qint64 localNowMs) const { return localNowMs + m_offsetMs; }

private:
    qint64 m_offsetMs = 0;
    qint64 m_low = 0; // the offset is known to lie in [m_low, m_high]
    qint64 m_high = 0;
    bool m_observed = false;
};

} // namespace counterdesk::eko
