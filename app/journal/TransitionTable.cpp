#include "TransitionTable.h"

namespace counterdesk::journal {

bool TransitionTable::isAllowed(TransferState from, TransferState to)
{
    using S = TransferState;
    switch (from) {
    case S::Submitting:
        // Any answer (or none) can follow the POST; SUBMITTING is entered
        // once, by recordSubmitting(). Staying SUBMITTING records Eko's
        // authentication 403 on a first attempt that the client re-sends.
        return to != S::Refunding;
    case S::Unknown:
        // An inquiry may find it in any state, or still learn nothing.
        return to != S::Submitting && to != S::Refunding;
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
        // REFUNDING is entered only by Journal::recordRefunding, which
        // issues the refund's ticket, so no move into it is allowed here.
        return to == S::RefundPending || to == S::Refunded;
    case S::Refunding:
        // A refund was (or is about to be) sent: only Eko's answer or an
        // inquiry settles it. Back to REFUND_PENDING when Eko refused it, or
        // when inquiries show it never arrived (Reconciler); REFUNDING again
        // records an answer that settled nothing.
        return to == S::Refunding || to == S::Refunded || to == S::RefundPending;
    case S::Refunded:
        return false;
    }
    return false;
}

} // namespace counterdesk::journal
