// TransferOutcome: what an Eko answer means for a journal row.
//
// One place maps the client's eko::Outcome onto journal::TransferState and
// copies the transaction fields into journal::OutcomeFields, so the session,
// the reconciler and the refund flow cannot disagree about what "pending" or
// "not found" means (DESIGN.md "tx_status", REFERENCE.md §3.5/§3.6).
#pragma once

#include "eko/EkoTypes.h"
#include "journal/InquiryVerdict.h"
#include "journal/OutcomeFields.h"
#include "journal/TransferState.h"

#include <optional>

namespace counterdesk::transfer {

// What a Transaction Inquiry taught us; stored on its event.
using InquiryVerdict = journal::InquiryVerdict;

struct InquiryReading
{
    InquiryVerdict verdict = InquiryVerdict::NoAnswer;
    journal::TransferState state = journal::TransferState::Unknown; // when Decisive
    journal::OutcomeFields fields;                                  // fields.verdict == verdict
};

class TransferOutcome
{
public:
    // The journal state for an Initiate answer. Unknown answers take the
    // client's one follow-up inquiry into account when it was decisive.
    // An Initiate that never left (NotSent) is FAILED: Eko saw nothing.
    static journal::TransferState stateForInitiate(const eko::Result& result);
    // The same, with the fields to record (from the follow-up when used).
    static journal::OutcomeFields fieldsForInitiate(const eko::Result& result);

    // Eko's authentication 403 on a first attempt that the client re-sends:
    // what the row records of it (the row stays as it is).
    static journal::OutcomeFields fieldsForResend(const eko::Result& first);

    static InquiryReading readInquiry(const eko::Result& result);
    // The state to record for an inquiry answer about a row in `current`.
    // A refund in flight (REFUNDING) stays REFUNDING while Eko still reports
    // "refund pending": the refund may not have shown yet, and only the
    // Reconciler decides, with the refund's age, that it never arrived.
    static journal::TransferState stateAfterInquiry(journal::TransferState current,
                                                    const InquiryReading& reading);
    // The note recorded with a "not found" answer, for support (the
    // Reconciler counts the stored verdict; Schema v3 back-filled old ones
    // from this exact text).
    static QString notFoundNote() { return QStringLiteral("inquiry: transaction not found"); }

    // Decisive outcome of a money-shaped answer, or nullopt when the answer
    // says nothing about the transfer (Unknown, NotSent, ActionRequired).
    static std::optional<journal::TransferState> stateFor(eko::Outcome outcome);

    static journal::OutcomeFields fields(const eko::Result& result);
    static journal::OutcomeFields fields(const eko::FollowUpInquiry& followUp);

    // A note for support when an answer was missing; English, no secrets.
    static QString noteFor(const eko::Result& result);
};

} // namespace counterdesk::transfer
