// TransitionTable: which state moves the journal accepts.
//
// The journal refuses anything not listed, so a bug elsewhere (a late
// Initiate answer after a refund, a UI retry) cannot turn a settled transfer
// back into an open one. Self-moves are allowed only where a repeated
// observation is normal: an inquiry that says "still pending", or a refund
// OTP being re-sent; each is still recorded as an event.
#pragma once

#include "journal/TransferState.h"

namespace counterdesk::journal {

class TransitionTable
{
public:
    static bool isAllowed(TransferState from, TransferState to);
};

} // namespace counterdesk::journal
