#include "StatusCheck.h"

#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "transfer/OutcomeRecorder.h"
#include "transfer/ProfileScope.h"

#include <QTimer>

namespace counterdesk::transfer {

StatusCheck::StatusCheck(journal::Journal* journal, journal::Transfer transfer, journal::EventSource source,
                         QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_transfer(std::move(transfer))
    , m_source(source)
{}

StatusCheck* StatusCheck::start(eko::EkoClient* client, journal::Journal* journal,
                                const journal::Transfer& transfer, journal::EventSource source,
                                QObject* parent)
{
    auto* check = new StatusCheck(journal, transfer, source, parent);
    if (!client || !ProfileScope::mayAsk(client->config(), transfer)) {
        // No client, or one of another profile (which would answer "not
        // found" about a transfer it never saw): nothing is asked or
        // recorded; "no answer" comes from the event loop, like a call's.
        QTimer::singleShot(0, check, [check] {
            Q_EMIT check->finished(check->m_transfer, InquiryVerdict::NoAnswer, journal::JournalError::None);
            check->deleteLater();
        });
        return check;
    }
    check->m_call = client->transactionInquiry(
        eko::TransactionInquiryRequest::byClientRefId(transfer.rail, transfer.clientRefId));
    connect(check->m_call, &eko::PendingCall::finished, check, &StatusCheck::onAnswer);
    return check;
}

void StatusCheck::abort()
{
    if (m_call)
        m_call->abort(); // a GET: ends NotSent/Aborted, recorded as "no answer"
}

void StatusCheck::onAnswer(const eko::Result& result)
{
    const InquiryReading reading = TransferOutcome::readInquiry(result);
    journal::JournalError error = journal::JournalError::None;
    journal::Transfer row = m_transfer;
    if (result.reason != eko::Reason::Aborted) {
        const journal::TransferState state = TransferOutcome::stateAfterInquiry(m_transfer.state, reading);
        if (m_journal) {
            journal::Result<journal::Transfer> written =
                OutcomeRecorder::record(*m_journal, m_transfer.clientRefId, state, reading.fields, m_source);
            if (written.ok())
                row = written.value();
            else
                error = written.error();
        } else {
            error = journal::JournalError::NotOpen;
        }
    }
    Q_EMIT finished(row, reading.verdict, error);
    deleteLater();
}

} // namespace counterdesk::transfer
