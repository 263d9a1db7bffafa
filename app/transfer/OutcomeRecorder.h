// OutcomeRecorder: moves a journal row, tolerating a second writer.
//
// The reconciler (which also asks for the session's screen), another counter
// app on the same journal and the CLI may each learn the same final answer;
// the journal takes SUCCESS -> SUCCESS as a no-op (Journal::recordOutcome).
// A late answer that the journal refuses because the row has already moved
// on from an open state is not an error here either: the row already says
// what we learned. Anything else refused is returned to the caller untouched.
#pragma once

#include "journal/EventSource.h"
#include "journal/OutcomeFields.h"
#include "journal/Result.h"
#include "journal/Transfer.h"
#include "journal/TransferState.h"

namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::transfer {

class OutcomeRecorder
{
public:
    static journal::Result<journal::Transfer> record(journal::Journal& journal, const QString& clientRefId,
                                                     journal::TransferState state,
                                                     const journal::OutcomeFields& fields,
                                                     journal::EventSource source);

    // What to record when an inquiry learned nothing new about an open row:
    // the row keeps its state (PENDING stays PENDING: Eko has it), a
    // SUBMITTING row becomes UNKNOWN (its POST's fate is unknown).
    static journal::TransferState stateWhenUnresolved(journal::TransferState current);
};

} // namespace counterdesk::transfer
