// TotalsRow: end-of-day figures for one (state, rail) pair, in paise.
#pragma once

#include "domain/Rail.h"
#include "journal/TransferState.h"
#include "money/Money.h"

namespace counterdesk::journal {

using counterdesk::Rail; // domain/Rail.h: the app's one Rail; stored as railStoredName()

struct TotalsRow
{
    TransferState state = TransferState::Success;
    Rail rail = Rail::DigiKhata;
    qint64 count = 0;
    Money amount; // sum of transfer amounts
    Money fees;   // sum of known fees (unknown fees count as zero)

    bool operator==(const TotalsRow&) const = default;
};

} // namespace counterdesk::journal
