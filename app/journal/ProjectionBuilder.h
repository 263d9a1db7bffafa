// ProjectionBuilder: folds events into the current state of a transfer.
//
// recordOutcome() uses the same apply() to compute the row it writes, and
// Journal::rebuildFromEvents() folds the whole log with it, so the
// projection is by construction a function of the event log.
#pragma once

#include "journal/Transfer.h"
#include "journal/TransferEvent.h"

#include <QList>

namespace counterdesk::journal {

class ProjectionBuilder
{
public:
    // Moves `transfer` (state, fields, schedule) as `event` says.
    static void apply(Transfer& transfer, const TransferEvent& event);
    // Clears every projected field, keeping the immutable identity fields.
    static void reset(Transfer& transfer);
    static Transfer fold(Transfer identity, const QList<TransferEvent>& events);
};

} // namespace counterdesk::journal
