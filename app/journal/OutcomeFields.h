// OutcomeFields: what an answer (or its absence) told us about a transfer.
//
// Every field is optional: a timeout carries only a note, an inquiry may
// carry everything. The raw Eko status/message are kept in the event so
// support can see exactly what Eko said.
#pragma once

#include "journal/InquiryVerdict.h"
#include "money/Money.h"

#include <QString>
#include <optional>

namespace counterdesk::journal {

struct OutcomeFields
{
    // Transfer fields: when present they update the current state row.
    std::optional<QString> tid;
    std::optional<QString> bankRefNum; // UTR / RRN
    std::optional<Money> fee;
    std::optional<Money> balanceAfter;
    std::optional<QString> channelDesc;
    std::optional<QString> txStatus; // raw, as Eko sent it ("2", "6", "9"...)
    std::optional<QString> txStatusDesc;

    // The envelope as received, for support only.
    std::optional<int> httpStatus;
    std::optional<int> ekoStatus;
    std::optional<int> responseStatusId;
    std::optional<int> responseTypeId;
    std::optional<QString> ekoMessage;
    // Our own words for support ("timeout after 30 s"); never a secret.
    std::optional<QString> note;
    // Set on the answer to a Transaction Inquiry only: what it taught us.
    // The reconciler counts "not found" on this, never on the note.
    std::optional<InquiryVerdict> verdict;

    bool operator==(const OutcomeFields&) const = default;
};

} // namespace counterdesk::journal
