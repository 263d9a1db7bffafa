#include "transfer/ProfileScope.h"

namespace counterdesk::transfer {

bool ProfileScope::mayAsk(const eko::ClientConfig& config, const journal::Transfer& row)
{
    if (config.profileName.isEmpty())
        return true;
    if (row.profile != config.profileName)
        return false;
    // A renamed profile of another kind (a "UAT" that became production)
    // is not the same place; rows from before the kind was stored match by
    // name alone.
    return !row.profileKind || !config.profileKind || *row.profileKind == *config.profileKind;
}

} // namespace counterdesk::transfer
