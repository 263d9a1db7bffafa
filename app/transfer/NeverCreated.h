// NeverCreated: when "Eko does not know this reference" may be concluded to
// mean "it never happened" (FAILED), for the desktop app's Reconciler and
// counterdesk-gateway's alike, so the counter's journal and the gateway's
// ledger reach the same verdict from the same answers.
//
// Only an UNKNOWN transfer (PENDING means Eko has it), only once it is
// ReconcilerOptions::notFoundMinimumAge old, and only after
// notFoundConfirmations "not found" answers; ReconcilerOptions says why
// those numbers.
#pragma once

#include "journal/TransferState.h"
#include "transfer/ReconcilerOptions.h"

#include <QString>

namespace counterdesk::transfer {

class NeverCreated
{
public:
    // Whether any number of "not found" answers could conclude it yet (a
    // caller may skip counting them when not).
    static bool mayConclude(journal::TransferState state, qint64 ageSecs, const ReconcilerOptions& options);
    static bool concluded(journal::TransferState state, qint64 ageSecs, int notFoundAnswers,
                          const ReconcilerOptions& options);
    // The note stored with the move to FAILED (English: support reads it).
    static QString note(int notFoundAnswers, qint64 ageSecs);
};

} // namespace counterdesk::transfer
