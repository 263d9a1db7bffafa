#include "Reconciler.h"

#include "eko/EkoClient.h"
#include "journal/Backoff.h"
#include "journal/Journal.h"
#include "transfer/OutcomeRecorder.h"
#include "transfer/StatusCheck.h"

namespace counterdesk::transfer {

Reconciler::Reconciler(eko::EkoClient* client, journal::Journal* journal, ReconcilerOptions options,
                       QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_options(std::move(options))
{
    m_timer.setInterval(m_options.tick);
    connect(&m_timer, &QTimer::timeout, this, &Reconciler::reconcileNow);
}

Reconciler::~Reconciler()
{
    stop();
}

QDateTime Reconciler::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

void Reconciler::start()
{
    if (!m_journal || !m_journal->isOpen()) {
        Q_EMIT journalFailed(journal::JournalError::NotOpen);
        return;
    }
    m_timer.start();
    // Start-up: every open row is asked about now, whatever its schedule
    // said before the restart; the app may have been down for hours.
    const journal::Result<QList<journal::Transfer>> open = m_journal->openTransfers();
    if (!open.ok()) {
        Q_EMIT journalFailed(open.error());
        return;
    }
    enqueue(open.value(), true);
    updateCounts();
    next();
}

void Reconciler::stop()
{
    m_timer.stop();
    m_queue.clear();
    m_queued.clear();
    if (m_check) {
        disconnect(m_check, nullptr, this, nullptr);
        m_check->abort(); // a GET: nothing lost, asked again next time
        m_check = nullptr;
    }
}

void Reconciler::reconcileNow()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    const journal::Result<QList<journal::Transfer>> due = m_journal->dueForCheck(now());
    if (!due.ok()) {
        Q_EMIT journalFailed(due.error());
        return;
    }
    enqueue(due.value(), false);
    updateCounts();
    next();
}

void Reconciler::enqueue(const QList<journal::Transfer>& rows, bool startup)
{
    const QDateTime at = now();
    for (const journal::Transfer& row : rows) {
        if (m_queued.contains(row.clientRefId) || !journal::isOpen(row.state))
            continue;
        // A young SUBMITTING row's POST may still be on the wire (this
        // process or another counter app): wait for its grace.
        if (startup && row.state == journal::TransferState::Submitting &&
            row.createdAt.addSecs(journal::Backoff::submittingGrace.count()) > at)
            continue;
        m_queued.insert(row.clientRefId);
        m_queue.append(row);
    }
}

void Reconciler::next()
{
    if (m_check)
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    const journal::Transfer row = m_queue.takeFirst();
    m_check = StatusCheck::start(m_client, m_journal, row, journal::EventSource::Reconcile, this);
    connect(m_check, &StatusCheck::finished, this, &Reconciler::onChecked);
}

void Reconciler::onChecked(const journal::Transfer& row, InquiryVerdict verdict, journal::JournalError error)
{
    m_check = nullptr;
    m_queued.remove(row.clientRefId);
    if (error != journal::JournalError::None)
        Q_EMIT journalFailed(error);
    else if (verdict == InquiryVerdict::NotFound)
        concludeIfNeverCreated(row);
    else if (!journal::isOpen(row.state))
        Q_EMIT transferSettled(row);
    updateCounts();
    next();
}

// "Not found" answers are counted from the journal's own events, so the
// count survives restarts and support can see every one of them.
void Reconciler::concludeIfNeverCreated(const journal::Transfer& row)
{
    if (row.state != journal::TransferState::Unknown)
        return; // PENDING: Eko told us it has it; never concluded from "not found"
    const qint64 ageSecs = row.createdAt.secsTo(now());
    if (ageSecs < std::chrono::duration_cast<std::chrono::seconds>(m_options.notFoundMinimumAge).count())
        return;
    const journal::Result<QList<journal::TransferEvent>> events = m_journal->events(row.clientRefId);
    if (!events.ok()) {
        Q_EMIT journalFailed(events.error());
        return;
    }
    int notFound = 0;
    for (const journal::TransferEvent& e : events.value()) {
        if (e.fields.note == TransferOutcome::notFoundNote())
            ++notFound;
    }
    if (notFound < m_options.notFoundConfirmations)
        return;
    journal::OutcomeFields fields;
    fields.note = QStringLiteral("reconcile: not found %1 times over %2 min; never created")
                      .arg(notFound)
                      .arg(ageSecs / 60);
    const journal::Result<journal::Transfer> written = OutcomeRecorder::record(
        *m_journal, row.clientRefId, journal::TransferState::Failed, fields, journal::EventSource::Reconcile);
    if (!written.ok()) {
        Q_EMIT journalFailed(written.error());
        return;
    }
    Q_EMIT transferSettled(written.value());
}

void Reconciler::updateCounts()
{
    const journal::Result<QList<journal::Transfer>> open = m_journal->openTransfers();
    if (open.ok() && open.value().size() != m_pendingCount) {
        m_pendingCount = static_cast<int>(open.value().size());
        Q_EMIT pendingCountChanged(m_pendingCount);
    }
    journal::SearchQuery query;
    query.states = {journal::TransferState::RefundPending};
    const journal::Result<qint64> refunds = m_journal->count(query);
    if (refunds.ok() && refunds.value() != m_refundPendingCount) {
        m_refundPendingCount = static_cast<int>(refunds.value());
        Q_EMIT refundPendingCountChanged(m_refundPendingCount);
    }
}

} // namespace counterdesk::transfer
