#include "TransferOutcome.h"

#include "transfer/OutcomeRecorder.h"

namespace counterdesk::transfer {

using journal::TransferState;

namespace {

void copyTransaction(journal::OutcomeFields& f, const eko::Transaction& t)
{
    if (!t.tid.isEmpty())
        f.tid = t.tid;
    if (!t.bankRefNum.isEmpty())
        f.bankRefNum = t.bankRefNum;
    if (t.fee)
        f.fee = t.fee;
    if (t.balance)
        f.balanceAfter = t.balance;
    if (!t.channelDesc.isEmpty())
        f.channelDesc = t.channelDesc;
    if (t.txStatus)
        f.txStatus = QString::number(*t.txStatus);
    if (!t.txStatusDesc.isEmpty())
        f.txStatusDesc = t.txStatusDesc;
}

bool followUpIsDecisive(const eko::Result& result)
{
    return result.followUp && result.followUp->transaction &&
           TransferOutcome::stateFor(result.followUp->outcome).has_value();
}

} // namespace

std::optional<TransferState> TransferOutcome::stateFor(eko::Outcome outcome)
{
    switch (outcome) {
    case eko::Outcome::Success:
        return TransferState::Success;
    case eko::Outcome::Failed:
        return TransferState::Failed;
    case eko::Outcome::Pending:
        return TransferState::Pending;
    case eko::Outcome::RefundPending:
        return TransferState::RefundPending;
    case eko::Outcome::Refunded:
        return TransferState::Refunded;
    case eko::Outcome::ActionRequired:
    case eko::Outcome::Unknown:
    case eko::Outcome::NotSent:
        return std::nullopt;
    }
    return std::nullopt;
}

TransferState TransferOutcome::stateForInitiate(const eko::Result& result)
{
    if (result.outcome == eko::Outcome::NotSent)
        return TransferState::Failed;
    if (result.outcome == eko::Outcome::Unknown) {
        // Only a follow-up that found the transaction settles it; "not
        // found" seconds after a dropped POST proves nothing (§3.6).
        if (followUpIsDecisive(result))
            return *stateFor(result.followUp->outcome);
        return TransferState::Unknown;
    }
    // Eko answered. ActionRequired on Initiate (e.g. KYC) means it refused.
    return stateFor(result.outcome).value_or(TransferState::Failed);
}

journal::OutcomeFields TransferOutcome::fieldsForInitiate(const eko::Result& result)
{
    journal::OutcomeFields f = fields(result);
    if (result.outcome == eko::Outcome::Unknown && followUpIsDecisive(result)) {
        const journal::OutcomeFields g = fields(*result.followUp);
        f.tid = g.tid;
        f.bankRefNum = g.bankRefNum;
        f.fee = g.fee;
        f.balanceAfter = g.balanceAfter;
        f.channelDesc = g.channelDesc;
        f.txStatus = g.txStatus;
        f.txStatusDesc = g.txStatusDesc;
        f.note = noteFor(result) + QStringLiteral("; settled by the follow-up inquiry");
    }
    return f;
}

InquiryReading TransferOutcome::readInquiry(const eko::Result& result)
{
    InquiryReading reading;
    reading.fields = fields(result);
    // Eko's "not found" comes as status 168 "TID does not exist" or as
    // response_status_id 463 (REFERENCE.md §3.6); an inquiry by our ref
    // has no other meaning for 463.
    const bool notFound = result.reason == eko::Reason::TransactionNotFound ||
                          (!result.transaction &&
                           (result.reason == eko::Reason::UserNotFound || result.responseStatusId == 463));
    if (notFound) {
        reading.verdict = InquiryVerdict::NotFound;
        reading.fields.verdict = reading.verdict;
        reading.fields.note = notFoundNote();
        return reading;
    }
    // A refused inquiry (403, 4xx, bad parameters) says nothing about the
    // transfer: only an answer that carries the transaction is decisive.
    const std::optional<TransferState> state = stateFor(result.outcome);
    if (!state || !result.transaction || !result.transaction->txStatus) {
        reading.verdict = InquiryVerdict::NoAnswer;
        reading.fields.verdict = reading.verdict;
        reading.fields.note = noteFor(result);
        return reading;
    }
    reading.verdict = InquiryVerdict::Decisive;
    reading.fields.verdict = reading.verdict;
    reading.state = *state;
    return reading;
}

TransferState TransferOutcome::stateAfterInquiry(TransferState current, const InquiryReading& reading)
{
    if (reading.verdict != InquiryVerdict::Decisive)
        return OutcomeRecorder::stateWhenUnresolved(current);
    if (current == TransferState::Refunding && reading.state == TransferState::RefundPending)
        return TransferState::Refunding;
    return reading.state;
}

journal::OutcomeFields TransferOutcome::fields(const eko::Result& result)
{
    journal::OutcomeFields f;
    if (result.transaction)
        copyTransaction(f, *result.transaction);
    if (result.httpStatus != 0)
        f.httpStatus = result.httpStatus;
    f.ekoStatus = result.ekoStatus;
    f.responseStatusId = result.responseStatusId;
    f.responseTypeId = result.responseTypeId;
    if (!result.message.isEmpty())
        f.ekoMessage = result.message;
    if (result.outcome == eko::Outcome::Unknown || result.outcome == eko::Outcome::NotSent)
        f.note = noteFor(result);
    return f;
}

journal::OutcomeFields TransferOutcome::fields(const eko::FollowUpInquiry& followUp)
{
    journal::OutcomeFields f;
    if (followUp.transaction)
        copyTransaction(f, *followUp.transaction);
    if (followUp.httpStatus != 0)
        f.httpStatus = followUp.httpStatus;
    if (!followUp.message.isEmpty())
        f.ekoMessage = followUp.message;
    return f;
}

journal::OutcomeFields TransferOutcome::fieldsForResend(const eko::Result& first)
{
    journal::OutcomeFields f = fields(first);
    f.note = QStringLiteral("%1 attempt %2: Eko refused the signature (HTTP 403, clock off); re-signed with "
                            "the server's clock and sent once more, same client_ref_id")
                 .arg(eko::callName(first.call))
                 .arg(first.attempts);
    return f;
}

QString TransferOutcome::noteFor(const eko::Result& result)
{
    QString note = QStringLiteral("%1: %2").arg(eko::callName(result.call),
                                                result.detail.isEmpty() ? QStringLiteral("no decisive answer")
                                                                        : result.detail);
    return note.left(500);
}

} // namespace counterdesk::transfer
