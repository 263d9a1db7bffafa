// Reconciler: settles every open journal row by Transaction Inquiry.
//
// On start() it asks about every open row (SUBMITTING rows only once their
// own POST can no longer be in flight: Backoff::submittingGrace), then on a
// timer about the rows the journal says are due (Journal::dueForCheck; the
// back-off lives in the journal so it survives restarts). Each answer is
// recorded (StatusCheck), so nothing is given up silently: a row stays open,
// and keeps being asked about hourly, until Eko says where it stands.
// "Not found" becomes FAILED only as ReconcilerOptions documents.
//
// Asynchronous on the event loop, one inquiry at a time (gentle on Eko and
// on a counter's slow link); never blocks.
#pragma once

#include "journal/JournalError.h"
#include "journal/Transfer.h"
#include "transfer/ReconcilerOptions.h"
#include "transfer/StatusCheck.h"
#include "transfer/TransferOutcome.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

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
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Ask about what is due now (e.g. the agent pressed "Check pending").
    void reconcileNow();
    // No inquiry in flight and nothing queued.
    bool isIdle() const { return m_queue.isEmpty() && !m_check; }

    int pendingCount() const { return m_pendingCount; }             // SUBMITTING/UNKNOWN/PENDING
    int refundPendingCount() const { return m_refundPendingCount; } // REFUND_PENDING

Q_SIGNALS:
    // For the status bar: open transfers, and failed ones awaiting a refund.
    void pendingCountChanged(int count);
    void refundPendingCountChanged(int count);
    // A row left the open states (final, or REFUND_PENDING).
    void transferSettled(const counterdesk::journal::Transfer& transfer);
    // A pass found nothing more to ask now.
    void idle();
    void journalFailed(counterdesk::journal::JournalError error);

private:
    void enqueue(const QList<journal::Transfer>& rows, bool startup);
    void next();
    void onChecked(const journal::Transfer& row, InquiryVerdict verdict, journal::JournalError error);
    void concludeIfNeverCreated(const journal::Transfer& row);
    void updateCounts();
    QDateTime now() const;

    QPointer<eko::EkoClient> m_client;
    journal::Journal* m_journal;
    ReconcilerOptions m_options;
    QTimer m_timer;
    QList<journal::Transfer> m_queue;
    QSet<QString> m_queued; // refs in the queue or in flight
    QPointer<StatusCheck> m_check;
    int m_pendingCount = -1;
    int m_refundPendingCount = -1;
};

} // namespace counterdesk::transfer
