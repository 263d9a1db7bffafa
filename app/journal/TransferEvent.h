// TransferEvent: one append-only entry of the journal's event log.
#pragma once

#include "journal/EventSource.h"
#include "journal/OutcomeFields.h"
#include "journal/TransferId.h"
#include "journal/TransferState.h"

#include <QDateTime>
#include <optional>

namespace counterdesk::journal {

struct TransferEvent
{
    qint64 id = 0;
    TransferId transferId;
    QDateTime at; // UTC
    EventSource source = EventSource::User;
    std::optional<TransferState> fromState; // empty for the first (submit) event
    TransferState toState = TransferState::Submitting;
    OutcomeFields fields;
};

} // namespace counterdesk::journal
