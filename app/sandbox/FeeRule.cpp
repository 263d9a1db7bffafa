#include "FeeRule.h"

#include <algorithm>

namespace counterdesk::sandbox::FeeRule {

Money feeFor(Money amount)
{
    const qint64 onePercent = amount.paise() / 100;
    return Money::fromPaise(std::max<qint64>(onePercent, 400));
}

Money gstIncludedIn(Money fee)
{
    // Half-up rounding in integers: (2 * x * 18 + 118) / (2 * 118).
    return Money::fromPaise((fee.paise() * 36 + 118) / 236);
}

} // namespace counterdesk::sandbox::FeeRule
