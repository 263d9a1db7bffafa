#include "CustomerScreen.h"

#include "domain/AccountMask.h"
#include "transfer/TransferSession.h"

namespace counterdesk::ui {

using State = transfer::TransferSession::State;

namespace {

CustomerScreen::Phase phaseOf(const transfer::TransferSession& session)
{
    switch (session.state()) {
    case State::EnterSender:
    case State::SenderOtp:
    case State::Onboarding:
    case State::KycConsent:
    case State::KycAadhaar:
    case State::KycAadhaarOtp:
    case State::KycPan:
        // The name is known only once the customer's OTP proved who they
        // are; until then the screen still welcomes whoever stands there.
        return session.sender() ? CustomerScreen::Phase::Customer : CustomerScreen::Phase::Welcome;
    case State::Recipients:
    case State::AddRecipient:
    case State::RecipientBankOtp:
    case State::Amount:
        return CustomerScreen::Phase::Customer;
    case State::TransactionOtp:
    case State::Confirm:
    case State::Submitting:
        return CustomerScreen::Phase::Check;
    case State::Finished:
        return session.transfer() ? CustomerScreen::Phase::Result : CustomerScreen::Phase::Check;
    }
    return CustomerScreen::Phase::Welcome;
}

CustomerScreen::CheckStep checkStepOf(State state)
{
    switch (state) {
    case State::TransactionOtp:
        return CustomerScreen::CheckStep::BeforeOtp;
    case State::Confirm:
        return CustomerScreen::CheckStep::BeforeSend;
    default:
        return CustomerScreen::CheckStep::Sending;
    }
}

} // namespace

CustomerScreen CustomerScreen::fromSession(const transfer::TransferSession& session, const QString& language,
                                           bool training)
{
    CustomerScreen screen;
    screen.language = language;
    screen.training = training;
    screen.phase = phaseOf(session);
    if (screen.phase == Phase::Welcome)
        return screen;
    if (session.sender())
        screen.customerName = session.sender()->name;
    if (screen.phase == Phase::Customer)
        return screen;

    screen.channel = session.channel();
    if (screen.phase == Phase::Check) {
        screen.checkStep = checkStepOf(session.state());
        if (const std::optional<eko::Recipient> recipient = session.chosenRecipient()) {
            screen.recipientName = recipient->name;
            screen.bank = recipient->bank;
            // A recipient added in this session carries the account as typed.
            screen.maskedAccount = AccountMask::mask(recipient->account);
        }
        // What the OTP was sent for and Initiate sends, never a newer figure.
        screen.amount = session.amountToSend();
        return screen;
    }

    const journal::Transfer& row = *session.transfer();
    if (screen.customerName.isEmpty())
        screen.customerName = row.senderName;
    screen.recipientName = row.recipientName;
    screen.bank = row.recipientBank;
    screen.maskedAccount = AccountMask::mask(row.recipientAccountMasked);
    screen.amount = row.amount;
    screen.outcome = row.state;
    screen.tid = row.tid;
    screen.fee = row.fee;
    const std::optional<Money> before = session.sender() ? session.sender()->balance : std::nullopt;
    screen.balanceAfter = customersBalanceAfter(before, row.amount, row.fee, row.balanceAfter);
    return screen;
}

std::optional<Money> CustomerScreen::customersBalanceAfter(const std::optional<Money>& before, Money amount,
                                                           const std::optional<Money>& fee,
                                                           const std::optional<Money>& reported)
{
    if (!before || !reported)
        return std::nullopt;
    const bool walletPaidAmount = *reported == *before - amount;
    const bool walletPaidAmountAndFee = fee && *reported == *before - amount - *fee;
    if (walletPaidAmount || walletPaidAmountAndFee)
        return reported;
    return std::nullopt;
}

} // namespace counterdesk::ui
