#include "TransitionTable.h"

namespace counterdesk::journal {

bool TransitionTable::isAllowed(TransferState from, TransferState to)
{
    using S = TransferState;
    switch (from) {
    case S::Submitting:
        // Any answer (or none) can follow the POST; SUBMITTING is entered
        // once, by recordSubmitting(), and never re-entered.
        return to != S::Submitting;
    case S::Unknown:
        // An inquiry may find it in any state, or still learn nothing.
        return to != S::Submitting;
    case S::Pending:
        // Eko has it: it cannot become "we don't know whether it was sent".
        return to == S::Success || to == S::Failed || to == S::Pending || to == S::RefundPending ||
               to == S::Refunded;
    case S::Success:
        // A bank can return a credit after success; Eko then reports
        // tx_status 3 or 4 (REFERENCE.md §3.5).
        return to == S::RefundPending || to == S::Refunded;
    case S::Failed:
        // Eko sends the customer a refund OTP after a failure (§3.6).
        return to == S::RefundPending || to == S::Refunded;
    case S::RefundPending:
        return to == S::RefundPending || to == S::Refunded;
    case S::Refunded:
        return false;
    }
    return false;
}

} // namespace counterdesk::journal
