// CustomerScreen: what the customer display may show of a transfer, and
// nothing more. It is made from the session by fromSession(), the one place
// that decides what a customer may read: never an OTP (there is no field for
// one), never a full account number (only AccountMask's form), and no balance
// but the customer's own wallet after this transfer.
//
// A value, compared with ==, so the display repaints only when something the
// customer sees has changed, and tests can check it without a window.
#pragma once

#include "eko/EkoTypes.h"
#include "journal/TransferState.h"
#include "money/Money.h"

#include <QString>
#include <optional>

namespace counterdesk::transfer {
class TransferSession;
}

namespace counterdesk::ui {

struct CustomerScreen
{
    enum class Phase {
        Welcome,  // no transfer, or no customer known yet
        Customer, // the customer's name; recipient and amount still being chosen
        Check,    // amount and recipient fixed: the customer checks them
        Result,   // the journal's row of the sent transfer
    };
    // Where in Check the transfer is: the line under the details follows it.
    enum class CheckStep {
        BeforeOtp,  // the OTP is on the customer's phone: check, then tell it
        BeforeSend, // the agent has the OTP; nothing sent yet
        Sending,    // the Initiate is on its way
    };

    Phase phase = Phase::Welcome;
    QString language; // the customer's, one of i18n::languages(); empty = the counter's default
    bool training = false;
    QString customerName;
    // Check and Result.
    QString recipientName;
    QString bank;
    QString maskedAccount; // AccountMask::mask() only
    Money amount;
    eko::Channel channel = eko::Channel::Imps;
    CheckStep checkStep = CheckStep::BeforeOtp;
    // Result.
    journal::TransferState outcome = journal::TransferState::Submitting;
    QString tid;
    std::optional<Money> fee;
    std::optional<Money> balanceAfter; // only when it is the customer's own wallet

    // The screen for `session` in its current state, in `language`.
    static CustomerScreen fromSession(const transfer::TransferSession& session, const QString& language,
                                      bool training);
    // The Initiate answer's balance is the sender's wallet on the PPI rails,
    // but Eko's documents also call it the agent's balance elsewhere
    // (REFERENCE.md "Whose balance"). Shown only when it is exactly the
    // customer's wallet before the transfer less the amount (and the fee):
    // then it cannot be anybody else's.
    static std::optional<Money> customersBalanceAfter(const std::optional<Money>& before, Money amount,
                                                      const std::optional<Money>& fee,
                                                      const std::optional<Money>& reported);

    bool operator==(const CustomerScreen&) const = default;
};

} // namespace counterdesk::ui
