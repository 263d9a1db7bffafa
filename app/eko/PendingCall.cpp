#include "eko/PendingCall.h"

namespace counterdesk::eko {

PendingCall::PendingCall(Call call, Rail rail, QObject* parent)
    : QObject(parent)
{
    m_result.call = call;
    m_result.rail = rail;
}

PendingCall::~PendingCall() = default;

void PendingCall::abort()
{
    if (!m_finished)
        Q_EMIT abortRequested();
}

void PendingCall::finish(const Result& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace counterdesk::eko
