#include "AmountCheck.h"

namespace counterdesk::transfer {

AmountCheck AmountChecker::check(Money amount, eko::Channel channel, const AmountLimits& limits)
{
    if (amount.isZero() || amount.isNegative())
        return AmountCheck::Zero;
    if (!amount.isWholeRupees())
        return AmountCheck::NotWholeRupees;
    if (!limits.allowedChannels.isEmpty() && !limits.allowedChannels.contains(channel))
        return AmountCheck::ChannelNotAllowed;
    if (!limits.perTransactionLimit.isZero() && amount > limits.perTransactionLimit)
        return AmountCheck::ExceedsPerTransactionLimit;
    if (limits.monthlyLimitLeft && amount > *limits.monthlyLimitLeft)
        return AmountCheck::ExceedsMonthlyLimitLeft;
    // The fee is unknown until Eko answers, so only the amount itself is
    // checked against the balance; Eko's 347 covers amount + fee.
    if (limits.balance && amount > *limits.balance)
        return AmountCheck::ExceedsBalance;
    return AmountCheck::Ok;
}

QList<eko::Channel> AmountChecker::allowedChannels(const eko::Recipient& recipient,
                                                   const eko::EndpointTable& endpoints)
{
    return endpoints.availableChannels(recipient.availableChannel);
}

} // namespace counterdesk::transfer
