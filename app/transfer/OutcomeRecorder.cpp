#include "OutcomeRecorder.h"

#include "journal/Journal.h"

namespace counterdesk::transfer {

using journal::TransferState;

journal::Result<journal::Transfer> OutcomeRecorder::record(journal::Journal& journal,
                                                           const QString& clientRefId, TransferState state,
                                                           const journal::OutcomeFields& fields,
                                                           journal::EventSource source)
{
    journal::Result<journal::Transfer> written = journal.recordOutcome(clientRefId, state, fields, source);
    if (written.ok() || written.error() != journal::JournalError::IllegalTransition)
        return written;
    // Someone else moved the row first. If it already holds this final
    // state (or moved past an open one), the row is the truth: return it.
    journal::Result<std::optional<journal::Transfer>> current = journal.transfer(clientRefId);
    if (!current.ok())
        return {current.error(), current.detail()};
    if (!current.value())
        return {journal::JournalError::NotFound};
    const journal::Transfer& row = **current;
    if (row.state == state || !journal::isOpen(row.state))
        return row;
    return written;
}

TransferState OutcomeRecorder::stateWhenUnresolved(TransferState current)
{
    return current == TransferState::Submitting ? TransferState::Unknown : current;
}

} // namespace counterdesk::transfer
