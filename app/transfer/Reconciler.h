// Reconciler: settles every open journal row by Transaction Inquiry.
//
// On start() it asks about every open row (SUBMITTING rows only once their
// own POST can no longer be in flight: Backoff::submittingGrace), then on a
// timer about the rows the journal says are due (Journal::dueForCheck; the
// back-off lives in the journal so it survives restarts). Each answer is
// recorded (StatusCheck), so nothing is given up silently: a row stays open,
// and keeps being asked about hourly, until Eko says where it stands.
// "Not found" becomes FAILED, and a refund that never showed goes back to
// REFUND_PENDING, only as ReconcilerOptions documents.
//
// It is the only place that asks Eko about a transfer. While the agent
// watches a result, the session asks it to watch() that reference on a fast
// schedule (2 s, 5 s, 10 s, 30 s, then every minute) on top of the
// journal's, and checkNow() asks at once; those inquiries go through the
// same queue, so one reference is never asked about twice at once.
//
// Asynchronous on the event loop, one inquiry at a time (gentle on Eko and
// on a counter's slow link); never blocks.
#pragma once

#include "journal/JournalError.h"
#include "journal/Transfer.h"
#include "transfer/ReconcilerOptions.h"
#include "transfer/StatusCheck.h"
#include "transfer/TransferOutcome.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <memory>

namespace counterdesk::eko {
class EkoClient;
}
namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::transfer {

class Reconciler : public QObject
{
    Q_OBJECT
public:
    Reconciler(eko::EkoClient* client, journal::Journal* journal, ReconcilerOptions options = {},
               QObject* parent = nullptr);
    ~Reconciler() override;

    void start(); // a full pass now, then the timer
    void stop();  // watches stay and ask again on their schedule
    bool isRunning() const { return m_timer.isActive(); }
    // Ask about what is due now (e.g. the agent pressed "Check pending").
    void reconcileNow();
    // No inquiry in flight and nothing queued.
    bool isIdle() const { return m_queue.isEmpty() && !m_check; }

    int pendingCount() const { return m_pendingCount; }             // SUBMITTING/UNKNOWN/PENDING
    int refundPendingCount() const { return m_refundPendingCount; } // REFUND_PENDING

    // Asks about `clientRefId` after each delay of `schedule` (the last one
    // repeats) while its row is open, whether or not start() was called; a
    // watch ends by itself once the row leaves the open states. Watching a
    // watched ref starts its schedule again.
    void watch(const QString& clientRefId, const QList<std::chrono::milliseconds>& schedule);
    void unwatch(const QString& clientRefId);
    bool isWatching(const QString& clientRefId) const { return m_watches.contains(clientRefId); }
    // When a watched ref is next asked about; null while it is queued, in
    // flight or not watched.
    QDateTime nextWatchCheckAt(const QString& clientRefId) const;
    // Ask about an open ref (or a REFUND_PENDING one: it may have been
    // refunded elsewhere) at once, ahead of the queue (the agent pressed
    // "Check status"). False when the row is neither, or is being asked
    // about right now.
    bool checkNow(const QString& clientRefId);
    // An inquiry about it is out right now (its answer comes as checked()).
    bool isChecking(const QString& clientRefId) const { return m_check && m_checkRef == clientRefId; }
    // The grace a young SUBMITTING row is left alone for (its POST may be
    // in flight): Backoff::submittingGrace of the request timeout.
    std::chrono::seconds submittingGrace() const { return m_submittingGrace; }

Q_SIGNALS:
    // For the status bar: open transfers, and failed ones awaiting a refund.
    void pendingCountChanged(int count);
    void refundPendingCountChanged(int count);
    // A row left the open states (final, or REFUND_PENDING).
    void transferSettled(const counterdesk::journal::Transfer& transfer);
    // An inquiry about `clientRefId` has left.
    void checking(const QString& clientRefId);
    // Its answer is recorded: `transfer` is the row now (after a "never
    // created" conclusion, when one was drawn), or as it was when the
    // journal refused the write (journalError says why).
    void checked(const counterdesk::journal::Transfer& transfer, counterdesk::journal::InquiryVerdict verdict,
                 counterdesk::journal::JournalError journalError);
    // A pass found nothing more to ask now.
    void idle();
    void journalFailed(counterdesk::journal::JournalError error);

private:
    // A row waiting its turn, and who wants it asked about: the journal's
    // schedule (Reconcile) or the agent's screen (Inquiry), for the event.
    struct Queued
    {
        journal::Transfer row;
        journal::EventSource source = journal::EventSource::Reconcile;
    };
    struct Watch
    {
        QList<std::chrono::milliseconds> schedule;
        int round = 0;
        std::shared_ptr<QTimer> timer;
    };

    void enqueue(const QList<journal::Transfer>& rows);
    bool isYoungSubmitting(const journal::Transfer& row) const;
    void next();
    void onChecked(const journal::Transfer& row, InquiryVerdict verdict, journal::JournalError error);
    journal::Transfer concludeIfNeverCreated(const journal::Transfer& row);
    journal::Transfer releaseIfRefundNeverArrived(const journal::Transfer& row);
    journal::Transfer moveAfterChecks(const journal::Transfer& row, journal::TransferState state,
                                      const QString& note);
    void dropCheck(bool tell);
    void scheduleWatch(const QString& clientRefId);
    void onWatchDue(const QString& clientRefId);
    void updateCounts();
    QDateTime now() const;

    QPointer<eko::EkoClient> m_client;
    journal::Journal* m_journal;
    ReconcilerOptions m_options;
    QTimer m_timer;
    QList<Queued> m_queue;
    QSet<QString> m_queued; // refs in the queue or in flight
    QPointer<StatusCheck> m_check;
    QString m_checkRef; // the ref in flight
    QHash<QString, Watch> m_watches;
    std::chrono::seconds m_submittingGrace;
    int m_pendingCount = -1;
    int m_refundPendingCount = -1;
};

} // namespace counterdesk::transfer
