#include "Reconciler.h"

#include "eko/EkoClient.h"
#include "journal/Backoff.h"
#include "journal/Journal.h"
#include "transfer/NeverCreated.h"
#include "transfer/OutcomeRecorder.h"
#include "transfer/ProfileScope.h"
#include "transfer/StatusCheck.h"

#include <utility>

namespace counterdesk::transfer {

namespace {
std::chrono::milliseconds requestTimeoutOf(const eko::EkoClient* client, const ReconcilerOptions& options)
{
    if (options.requestTimeout)
        return *options.requestTimeout;
    return std::chrono::milliseconds(client ? client->config().timeoutMs : eko::ClientConfig{}.timeoutMs);
}
} // namespace

Reconciler::Reconciler(eko::EkoClient* client, journal::Journal* journal, ReconcilerOptions options,
                       QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_options(std::move(options))
    , m_submittingGrace(journal::Backoff::submittingGrace(requestTimeoutOf(client, m_options)))
{
    m_timer.setInterval(m_options.tick);
    connect(&m_timer, &QTimer::timeout, this, &Reconciler::reconcileNow);
}

Reconciler::~Reconciler()
{
    m_watches.clear();
    m_timer.stop();
    dropCheck(false); // no signal out of a half-destroyed object
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
    enqueue(open.value());
    updateCounts();
    next();
}

void Reconciler::stop()
{
    m_timer.stop();
    m_queue.clear();
    m_queued.clear();
    dropCheck(true);
    // Watches stay: one whose inquiry was just dropped asks again next round.
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (!it->timer->isActive())
            scheduleWatch(it.key());
    }
}

// The inquiry in flight is dropped (a GET: nothing lost, asked again next
// time). Whoever watched it is told it ended without an answer.
void Reconciler::dropCheck(bool tell)
{
    const QString ref = std::exchange(m_checkRef, QString());
    if (!m_check)
        return;
    disconnect(m_check, nullptr, this, nullptr);
    m_check->abort();
    m_check = nullptr;
    m_queued.remove(ref);
    if (!tell || !m_journal || !m_journal->isOpen())
        return;
    const journal::Result<std::optional<journal::Transfer>> row = m_journal->transfer(ref);
    if (row.ok() && row.value())
        Q_EMIT checked(*row.value(), InquiryVerdict::NoAnswer, journal::JournalError::None);
}

void Reconciler::reconcileNow()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    const journal::Result<QList<journal::Transfer>> due = m_journal->dueForCheck(now(), m_submittingGrace);
    if (!due.ok()) {
        Q_EMIT journalFailed(due.error());
        return;
    }
    enqueue(due.value());
    updateCounts();
    next();
}

// A young SUBMITTING row's POST may still be on the wire (this process or
// another counter app): it waits for its grace.
bool Reconciler::isYoungSubmitting(const journal::Transfer& row) const
{
    return row.state == journal::TransferState::Submitting &&
           row.createdAt.addSecs(m_submittingGrace.count()) > now();
}

void Reconciler::enqueue(const QList<journal::Transfer>& rows)
{
    for (const journal::Transfer& row : rows) {
        // Another profile's row waits for that profile (ProfileScope).
        if (m_queued.contains(row.clientRefId) || !journal::isOpen(row.state) || isYoungSubmitting(row) ||
            (m_client && !ProfileScope::mayAsk(m_client->config(), row)))
            continue;
        m_queued.insert(row.clientRefId);
        m_queue.append({row, journal::EventSource::Reconcile});
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
    const Queued queued = m_queue.takeFirst();
    m_checkRef = queued.row.clientRefId;
    m_check = StatusCheck::start(m_client, m_journal, queued.row, queued.source, this);
    connect(m_check, &StatusCheck::finished, this, &Reconciler::onChecked);
    Q_EMIT checking(m_checkRef);
}

void Reconciler::onChecked(const journal::Transfer& checkedRow, InquiryVerdict verdict,
                           journal::JournalError error)
{
    m_check = nullptr;
    m_checkRef.clear();
    m_queued.remove(checkedRow.clientRefId);
    journal::Transfer row = checkedRow;
    if (error != journal::JournalError::None)
        Q_EMIT journalFailed(error);
    else if (verdict == InquiryVerdict::NotFound)
        row = concludeIfNeverCreated(row);
    else if (verdict == InquiryVerdict::Decisive && row.state == journal::TransferState::Refunding)
        row = releaseIfRefundNeverArrived(row);
    else if (!journal::isOpen(row.state))
        Q_EMIT transferSettled(row);
    if (m_watches.contains(row.clientRefId)) {
        if (journal::isOpen(row.state))
            scheduleWatch(row.clientRefId);
        else
            unwatch(row.clientRefId);
    }
    Q_EMIT checked(row, verdict, error);
    updateCounts();
    next();
}

// "Not found" answers are counted from the journal's own events (their
// stored verdict), so the count survives restarts and support can see every
// one of them. Returns the row as it is now.
journal::Transfer Reconciler::concludeIfNeverCreated(const journal::Transfer& row)
{
    const qint64 ageSecs = row.createdAt.secsTo(now());
    // PENDING: Eko told us it has it; never concluded from "not found".
    if (!NeverCreated::mayConclude(row.state, ageSecs, m_options))
        return row;
    const journal::Result<QList<journal::TransferEvent>> events = m_journal->events(row.clientRefId);
    if (!events.ok()) {
        Q_EMIT journalFailed(events.error());
        return row;
    }
    int notFound = 0;
    for (const journal::TransferEvent& e : events.value()) {
        if (e.fields.verdict == InquiryVerdict::NotFound)
            ++notFound;
    }
    if (!NeverCreated::concluded(row.state, ageSecs, notFound, m_options))
        return row;
    return moveAfterChecks(row, journal::TransferState::Failed, NeverCreated::note(notFound, ageSecs));
}

// A REFUNDING row that Eko keeps reporting as "refund pending" (the check
// left it REFUNDING: TransferOutcome::stateAfterInquiry): counted from the
// events since the refund was claimed, with the same patience as "not
// found". Only then may a new refund be sent. Returns the row as it is now.
journal::Transfer Reconciler::releaseIfRefundNeverArrived(const journal::Transfer& row)
{
    const journal::Result<QList<journal::TransferEvent>> events = m_journal->events(row.clientRefId);
    if (!events.ok()) {
        Q_EMIT journalFailed(events.error());
        return row;
    }
    QDateTime claimedAt;
    int stillPending = 0;
    for (const journal::TransferEvent& e : events.value()) {
        if (e.toState != journal::TransferState::Refunding)
            continue;
        if (e.fromState != journal::TransferState::Refunding) {
            claimedAt = e.at; // the claim (Journal::recordRefunding)
            stillPending = 0;
        } else if (e.fields.verdict == InquiryVerdict::Decisive) {
            ++stillPending;
        }
    }
    if (!claimedAt.isValid())
        return row;
    const qint64 ageSecs = claimedAt.secsTo(now());
    if (stillPending < m_options.notFoundConfirmations ||
        ageSecs < std::chrono::duration_cast<std::chrono::seconds>(m_options.notFoundMinimumAge).count())
        return row;
    return moveAfterChecks(
        row, journal::TransferState::RefundPending,
        QStringLiteral("reconcile: refund pending per Eko %1 times over %2 min after the refund; it never "
                       "arrived, a new refund needs the customer's OTP")
            .arg(stillPending)
            .arg(ageSecs / 60));
}

journal::Transfer Reconciler::moveAfterChecks(const journal::Transfer& row, journal::TransferState state,
                                              const QString& note)
{
    journal::OutcomeFields fields;
    fields.note = note;
    const journal::Result<journal::Transfer> written =
        OutcomeRecorder::record(*m_journal, row.clientRefId, state, fields, journal::EventSource::Reconcile);
    if (!written.ok()) {
        Q_EMIT journalFailed(written.error());
        return row;
    }
    Q_EMIT transferSettled(written.value());
    return written.value();
}

// ------------------------------------------------------------ watching

void Reconciler::watch(const QString& clientRefId, const QList<std::chrono::milliseconds>& schedule)
{
    Watch w;
    w.schedule = schedule.isEmpty() ? QList<std::chrono::milliseconds>{std::chrono::seconds(30)} : schedule;
    w.timer = std::make_shared<QTimer>();
    w.timer->setSingleShot(true);
    connect(w.timer.get(), &QTimer::timeout, this, [this, clientRefId] { onWatchDue(clientRefId); });
    m_watches.insert(clientRefId, w);
    // One already queued or in flight reschedules the watch when it ends.
    if (!m_queued.contains(clientRefId))
        scheduleWatch(clientRefId);
}

void Reconciler::unwatch(const QString& clientRefId)
{
    // The timer is destroyed with the entry; a check in flight still ends
    // and is recorded (a GET: nothing to undo).
    m_watches.remove(clientRefId);
}

QDateTime Reconciler::nextWatchCheckAt(const QString& clientRefId) const
{
    const auto it = m_watches.constFind(clientRefId);
    if (it == m_watches.cend() || !it->timer->isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(it->timer->remainingTime());
}

void Reconciler::scheduleWatch(const QString& clientRefId)
{
    const auto it = m_watches.find(clientRefId);
    if (it == m_watches.end())
        return;
    const qsizetype index = std::min<qsizetype>(it->round, it->schedule.size() - 1);
    ++it->round;
    it->timer->start(it->schedule.at(index));
}

void Reconciler::onWatchDue(const QString& clientRefId)
{
    if (m_queued.contains(clientRefId))
        return; // its answer reschedules the watch
    if (!checkNow(clientRefId))
        unwatch(clientRefId); // no longer open, or the journal is gone
}

bool Reconciler::checkNow(const QString& clientRefId)
{
    if (!m_journal || !m_journal->isOpen() || m_checkRef == clientRefId)
        return false;
    if (m_queued.contains(clientRefId)) {
        // Already waiting its turn: move it to the front.
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i).row.clientRefId == clientRefId) {
                m_queue[i].source = journal::EventSource::Inquiry;
                m_queue.move(i, 0);
                break;
            }
        }
        return true;
    }
    const journal::Result<std::optional<journal::Transfer>> row = m_journal->transfer(clientRefId);
    if (!row.ok()) {
        Q_EMIT journalFailed(row.error());
        return false;
    }
    if (!row.value() ||
        (!journal::isOpen(row.value()->state) && row.value()->state != journal::TransferState::RefundPending))
        return false;
    if (const auto it = m_watches.find(clientRefId); it != m_watches.end())
        it->timer->stop();
    m_queued.insert(clientRefId);
    m_queue.prepend({*row.value(), journal::EventSource::Inquiry});
    next();
    return true;
}

void Reconciler::updateCounts()
{
    if (!m_journal || !m_journal->isOpen())
        return;
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
