// FeeRule: what the sandbox charges for a transfer.
//
// Eko publishes no PPI price list (REFERENCE §4); the only sample is a fee
// of 4.0 with service_tax 0.61 on 110. The sandbox uses a simple rule that
// reproduces that sample exactly:
//   fee = 1% of the amount, at least Rs 4 (integer paise, no rounding
//         needed because amounts are whole rupees);
//   service_tax (GST inside the fee) = fee * 18 / 118, rounded half up to
//         the paisa (Rs 4 -> 0.61).
// The wallet is debited amount + fee.
#pragma once

#include "money/Money.h"

namespace counterdesk::sandbox::FeeRule {

Money feeFor(Money amount);
Money gstIncludedIn(Money fee);

} // namespace counterdesk::sandbox::FeeRule
