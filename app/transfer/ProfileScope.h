// ProfileScope: which journal rows a client may ask Eko about.
//
// The journal is shared by every profile of the PC (Training, UAT,
// Production...), but each transfer exists only where it was sent. Asking
// the training sandbox about a production transfer gets "not found", and
// enough of those would conclude a transfer that may have moved real money
// FAILED. So every Transaction Inquiry (the Reconciler, the history's
// "Check status", `counterdesk-cli inquire`) goes through a client of the
// row's own profile; rows of another profile wait, open, until it is used.
#pragma once

#include "eko/EkoClient.h"
#include "journal/Transfer.h"

namespace counterdesk::transfer {

class ProfileScope
{
public:
    // The row was made on the profile `config` serves: same name, and the
    // same kind where the row records one. A config tied to no profile
    // may ask about any row.
    static bool mayAsk(const eko::ClientConfig& config, const journal::Transfer& row);
};

} // namespace counterdesk::transfer
