// GatewayMetrics: what /metrics reports, in the Prometheus text format.
//
// Counts are per process (each gateway behind a load balancer is scraped on
// its own); the open transfers per state come from the ledger, so they are
// the same from every process. Labels are call names, HTTP statuses and
// state names only: never a counter's secret, a key or a customer's number.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

namespace counterdesk::gateway {

class GatewayMetrics
{
public:
    void countRequest(const QString& call, int httpStatus, qint64 elapsedMs);
    void countEkoError(const QString& call, const QString& reason);
    // A statement the ledger refused or could not answer, by what it was
    // for ("answer", "inquiry", "open_transfers", "events", "prune"): each is in the
    // log too, with the database's words; a rate above zero wants an operator.
    void countLedgerFailure(const QString& what);
    // When the certificate this process serves ends (tls_cert), for an alert
    // well before; unset over plain HTTP, where the gauge is left out.
    void setCertificateExpiry(const QDateTime& until) { m_certificateExpiry = until; }
    // queuedEvents: answer events in this process's memory, not written yet
    // (Ledger::pendingEvent); growing, it says the database refuses them.
    QByteArray render(const QMap<QString, int>& openByState, bool databaseUp, qsizetype queuedEvents) const;

private:
    QMap<QPair<QString, int>, qint64> m_requests; // (call, status) -> count
    QMap<QString, qint64> m_latencySumMs;         // call -> sum
    QMap<QString, qint64> m_latencyCount;
    QMap<QPair<QString, QString>, qint64> m_ekoErrors; // (call, reason) -> count
    QMap<QString, qint64> m_ledgerFailures;            // what -> count
    QDateTime m_certificateExpiry;
};

} // namespace counterdesk::gateway
