// ImportedTransfer: a settled or open transfer brought in from elsewhere
// (a previous install, support tooling, the benchmark), written by
// Journal::importHistory() without the live flow's sender guard.
#pragma once

#include "journal/NewTransfer.h"
#include "journal/OutcomeFields.h"
#include "journal/TransferState.h"

#include <QDateTime>

namespace counterdesk::journal {

struct ImportedTransfer
{
    NewTransfer transfer;
    QDateTime createdAt;                          // UTC
    TransferState state = TransferState::Success; // SUBMITTING = no outcome event
    QDateTime outcomeAt;                          // UTC; ignored when state is SUBMITTING
    OutcomeFields fields;
};

} // namespace counterdesk::journal
