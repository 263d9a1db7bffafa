#include "gateway/GatewayMetrics.h"

namespace counterdesk::gateway {

void GatewayMetrics::countRequest(const QString& call, int httpStatus, qint64 elapsedMs)
{
    ++m_requests[{call, httpStatus}];
    m_latencySumMs[call] += elapsedMs;
    ++m_latencyCount[call];
}

void GatewayMetrics::countEkoError(const QString& call, const QString& reason)
{
    ++m_ekoErrors[{call, reason}];
}

void GatewayMetrics::countLedgerFailure(const QString& what)
{
    ++m_ledgerFailures[what];
}

QByteArray GatewayMetrics::render(const QMap<QString, int>& openByState, bool databaseUp,
                                  qsizetype queuedEvents) const
{
    QByteArray out;
    out += "# HELP counterdesk_gateway_requests_total Requests answered, by call and HTTP status.\n";
    out += "# TYPE counterdesk_gateway_requests_total counter\n";
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it)
        out += "counterdesk_gateway_requests_total{call=\"" + it.key().first.toLatin1() + "\",status=\"" +
               QByteArray::number(it.key().second) + "\"} " + QByteArray::number(*it) + '\n';
    out += "# HELP counterdesk_gateway_request_duration_ms_sum Time spent answering, by call.\n";
    out += "# TYPE counterdesk_gateway_request_duration_ms_sum counter\n";
    for (auto it = m_latencySumMs.begin(); it != m_latencySumMs.end(); ++it)
        out += "counterdesk_gateway_request_duration_ms_sum{call=\"" + it.key().toLatin1() + "\"} " +
               QByteArray::number(*it) + '\n';
    out += "# TYPE counterdesk_gateway_request_duration_ms_count counter\n";
    for (auto it = m_latencyCount.begin(); it != m_latencyCount.end(); ++it)
        out += "counterdesk_gateway_request_duration_ms_count{call=\"" + it.key().toLatin1() + "\"} " +
               QByteArray::number(*it) + '\n';
    out +=
        "# HELP counterdesk_gateway_eko_errors_total Forwarded calls without a decisive answer from Eko.\n";
    out += "# TYPE counterdesk_gateway_eko_errors_total counter\n";
    for (auto it = m_ekoErrors.begin(); it != m_ekoErrors.end(); ++it)
        out += "counterdesk_gateway_eko_errors_total{call=\"" + it.key().first.toLatin1() + "\",reason=\"" +
               it.key().second.toLatin1() + "\"} " + QByteArray::number(*it) + '\n';
    out +=
        "# HELP counterdesk_gateway_ledger_failures_total Ledger statements refused or unanswered, by what "
        "they were for.\n";
    out += "# TYPE counterdesk_gateway_ledger_failures_total counter\n";
    for (auto it = m_ledgerFailures.begin(); it != m_ledgerFailures.end(); ++it)
        out += "counterdesk_gateway_ledger_failures_total{what=\"" + it.key().toLatin1() + "\"} " +
               QByteArray::number(*it) + '\n';
    out += "# HELP counterdesk_gateway_open_transfers Ledger transfers not final yet, by state.\n";
    out += "# TYPE counterdesk_gateway_open_transfers gauge\n";
    for (auto it = openByState.begin(); it != openByState.end(); ++it)
        out += "counterdesk_gateway_open_transfers{state=\"" + it.key().toLatin1() + "\"} " +
               QByteArray::number(*it) + '\n';
    out += "# HELP counterdesk_gateway_events_queued Answer events waiting in memory to be written.\n";
    out += "# TYPE counterdesk_gateway_events_queued gauge\n";
    out += "counterdesk_gateway_events_queued " + QByteArray::number(queuedEvents) + '\n';
    out += "# TYPE counterdesk_gateway_database_up gauge\n";
    out += "counterdesk_gateway_database_up " + QByteArray(databaseUp ? "1" : "0") + '\n';
    if (m_certificateExpiry.isValid()) {
        out += "# HELP counterdesk_gateway_tls_certificate_expiry_seconds When the served certificate ends "
               "(Unix time).\n";
        out += "# TYPE counterdesk_gateway_tls_certificate_expiry_seconds gauge\n";
        out += "counterdesk_gateway_tls_certificate_expiry_seconds " +
               QByteArray::number(m_certificateExpiry.toSecsSinceEpoch()) + '\n';
    }
    return out;
}

} // namespace counterdesk::gateway
