// StatusPoller: asks about one open transfer while the agent watches.
//
// The Result page of a PENDING/UNKNOWN transfer polls Transaction Inquiry on
// a short schedule (2 s, 5 s, 10 s, 30 s, then every minute by default) and
// every answer is recorded by StatusCheck. It stops once the row is final or
// REFUND_PENDING; "not found" is simply asked again (only the Reconciler,
// with the row's age, may conclude anything from it).
#pragma once

#include "journal/JournalError.h"
#include "journal/Transfer.h"
#include "transfer/StatusCheck.h"
#include "transfer/TransferOutcome.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

namespace counterdesk::eko {
class EkoClient;
}
namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::transfer {

class StatusPoller : public QObject
{
    Q_OBJECT
public:
    StatusPoller(eko::EkoClient* client, journal::Journal* journal, journal::Transfer transfer,
                 QList<std::chrono::milliseconds> schedule, QObject* parent = nullptr);
    ~StatusPoller() override;

    const journal::Transfer& transfer() const { return m_transfer; }
    bool isActive() const { return m_timer.isActive() || m_check; }
    bool isChecking() const { return !m_check.isNull(); }
    QDateTime nextCheckAt() const { return m_nextCheckAt; }

    void start();
    // Ask at once (the agent pressed "Check status"); false while one is in flight.
    bool checkNow();
    void stop();

Q_SIGNALS:
    void checking();
    void updated(const counterdesk::journal::Transfer& transfer,
                 counterdesk::transfer::InquiryVerdict verdict,
                 counterdesk::journal::JournalError journalError);

private:
    void scheduleNext();
    void runCheck();

    QPointer<eko::EkoClient> m_client;
    journal::Journal* m_journal;
    journal::Transfer m_transfer;
    QList<std::chrono::milliseconds> m_schedule;
    int m_round = 0;
    QTimer m_timer;
    QDateTime m_nextCheckAt;
    QPointer<StatusCheck> m_check;
};

} // namespace counterdesk::transfer
