// AmountCheck: the local checks an amount must pass before any call to Eko.
//
// Pure and synchronous so the Amount page can run it on every keystroke and
// the session can run it again before Send Transaction OTP. The enum is the
// result; the UI words it (no tr() in the core).
#pragma once

#include "eko/EkoTypes.h"
#include "eko/EndpointTable.h"
#include "money/Money.h"

#include <QList>
#include <optional>

namespace counterdesk::transfer {

enum class AmountCheck {
    Ok,
    Zero,                       // nothing (or a negative amount) to send
    NotWholeRupees,             // the API takes an integer INR amount
    ExceedsBalance,             // more than the sender's wallet balance
    ExceedsMonthlyLimitLeft,    // more than next_allowed_limit
    ExceedsPerTransactionLimit, // more than the profile's per-transaction limit
    ChannelNotAllowed,          // the recipient does not accept this channel
};

struct AmountLimits
{
    std::optional<Money> balance;          // absent: Eko did not say; not checked
    std::optional<Money> monthlyLimitLeft; // absent: Eko did not say; not checked
    Money perTransactionLimit;             // zero: no local limit
    QList<eko::Channel> allowedChannels;   // empty: the recipient is unknown; not checked
};

class AmountChecker
{
public:
    // The first failing check, in the order the agent can act on them:
    // a malformed amount first, then the recipient's channel, then limits.
    static AmountCheck check(Money amount, eko::Channel channel, const AmountLimits& limits);

    // What a recipient accepts, from Eko's available_channel code
    // (DEV docs: 0 both, 1 NEFT only, 2 IMPS only). Anything else: both,
    // because refusing locally what Eko may accept would strand the customer;
    // Eko still has the last word.
    // The codes are the endpoint table's (available_channels).
    static QList<eko::Channel> allowedChannels(const eko::Recipient& recipient,
                                               const eko::EndpointTable& endpoints);
};

} // namespace counterdesk::transfer
