#include "StatusPoller.h"

#include "eko/EkoClient.h"
#include "journal/TransferState.h"
#include "transfer/StatusCheck.h"

namespace counterdesk::transfer {

StatusPoller::StatusPoller(eko::EkoClient* client, journal::Journal* journal, journal::Transfer transfer,
                           QList<std::chrono::milliseconds> schedule, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_transfer(std::move(transfer))
    , m_schedule(std::move(schedule))
{
    if (m_schedule.isEmpty())
        m_schedule.append(std::chrono::seconds(30));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusPoller::runCheck);
}

StatusPoller::~StatusPoller()
{
    stop();
}

void StatusPoller::start()
{
    m_round = 0;
    scheduleNext();
}

bool StatusPoller::checkNow()
{
    if (m_check || !journal::isOpen(m_transfer.state))
        return false;
    m_timer.stop();
    runCheck();
    return true;
}

void StatusPoller::stop()
{
    m_timer.stop();
    m_nextCheckAt = QDateTime();
    if (m_check) {
        // A GET: stopping it loses nothing. The reconciler asks later.
        disconnect(m_check, nullptr, this, nullptr);
        m_check->abort();
        m_check = nullptr;
    }
}

void StatusPoller::scheduleNext()
{
    if (!journal::isOpen(m_transfer.state)) {
        m_nextCheckAt = QDateTime();
        return;
    }
    const qsizetype index = std::min<qsizetype>(m_round, m_schedule.size() - 1);
    const std::chrono::milliseconds delay = m_schedule.at(index);
    ++m_round;
    m_nextCheckAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_timer.start(delay);
}

void StatusPoller::runCheck()
{
    m_nextCheckAt = QDateTime();
    m_check = StatusCheck::start(m_client, m_journal, m_transfer, journal::EventSource::Inquiry, this);
    connect(m_check, &StatusCheck::finished, this,
            [this](const journal::Transfer& row, InquiryVerdict verdict, journal::JournalError error) {
                m_check = nullptr;
                m_transfer = row;
                Q_EMIT updated(row, verdict, error);
                scheduleNext();
            });
    Q_EMIT checking();
}

} // namespace counterdesk::transfer
