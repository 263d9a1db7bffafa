#include "cli/TransferCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/OtpPrompt.h"
#include "cli/SessionSteps.h"
#include "cli/TransferJson.h"
#include "transfer/Reconciler.h"
#include "transfer/TransferSession.h"

#include <QCoreApplication>

namespace counterdesk::cli {
namespace {

using transfer::TransferSession;
using State = TransferSession::State;

QString amountWords(transfer::AmountCheck check)
{
    using transfer::AmountCheck;
    switch (check) {
    case AmountCheck::Ok:
        return {};
    case AmountCheck::Zero:
        return QCoreApplication::translate("TransferCommand", "the amount must be more than zero");
    case AmountCheck::NotWholeRupees:
        return QCoreApplication::translate("TransferCommand", "the amount must be whole rupees");
    case AmountCheck::ExceedsBalance:
        return QCoreApplication::translate("TransferCommand", "the amount is more than the wallet balance");
    case AmountCheck::ExceedsMonthlyLimitLeft:
        return QCoreApplication::translate("TransferCommand",
                                           "the amount is more than the customer's monthly limit left");
    case AmountCheck::ExceedsPerTransactionLimit:
        return QCoreApplication::translate("TransferCommand",
                                           "the amount is more than the per-transaction limit");
    case AmountCheck::ChannelNotAllowed:
        return QCoreApplication::translate(
            "TransferCommand", "the recipient does not accept this channel (try --channel neft or imps)");
    }
    return {};
}

} // namespace

int TransferCommand::run(CliContext& context, const TransferArguments& a)
{
    if (const int code = context.openJournal(); code != ExitOk)
        return code;
    if (const int code = context.connect(); code != ExitOk)
        return code;

    transfer::SessionOptions options = SessionSteps::sessionOptions(context, a.rail);
    // The one asker of an open result (not started: no pass over the whole
    // journal here; `reconcile` does that).
    transfer::Reconciler reconciler(context.client(), &context.journal());
    TransferSession session(context.client(), &context.journal(), &reconciler, options);
    const auto idle = [&session] {
        return !session.isBusy();
    };
    const auto stop = [&](int code) {
        return context.fail(code, CliText::problem(session.problem()));
    };
    const auto noOtp = [&] {
        return context.fail(ExitUsage, QCoreApplication::translate(
                                           "TransferCommand", "no OTP given on the input; nothing was sent"));
    };

    if (!session.lookUpSender(a.customer))
        return context.fail(ExitUsage, CliText::problem(session.problem()));
    context.waitUntil(idle);

    int otpTries = 0;
    int steps = 0;
    while (session.state() != State::Finished) {
        if (++steps > 50) // a state machine that stops moving must not spin forever
            return context.fail(
                ExitRefused, QCoreApplication::translate("TransferCommand", "the transfer did not progress"));
        const State before = session.state();
        switch (before) {
        case State::EnterSender:
            return stop(SessionSteps::exitCodeFor(session.problem()));
        case State::SenderOtp:
            if (!session.problem().isNone() && steps > 1 && ++otpTries > 3)
                return stop(ExitRefused);
            if (!OtpPrompt::use(context.err(),
                                QCoreApplication::translate("TransferCommand",
                                                            "OTP sent to the customer's mobile (sender)"),
                                [&](const QString& otp) { return session.verifySenderOtp(otp); }))
                return session.problem().isNone() ? noOtp() : stop(ExitUsage);
            break;
        case State::Onboarding:
            return context.fail(ExitRefused, CliText::reason(eko::Reason::NotEnrolled));
        case State::KycConsent:
        case State::KycAadhaar:
        case State::KycAadhaarOtp:
        case State::KycPan:
            return context.fail(ExitRefused, CliText::kycPending(session.kycPending()));
        case State::Recipients:
            if (!session.chooseRecipient(a.recipientId))
                return stop(ExitUsage);
            break;
        case State::AddRecipient:
            return context.fail(
                ExitRefused, QCoreApplication::translate(
                                 "TransferCommand", "adding a recipient is done in CounterDesk, not here"));
        case State::RecipientBankOtp:
            if (!OtpPrompt::use(context.err(),
                                QCoreApplication::translate(
                                    "TransferCommand",
                                    "OTP sent to the customer's mobile (register recipient with the bank)"),
                                [&](const QString& otp) { return session.verifyRecipientBankOtp(otp); }))
                return session.problem().isNone() ? noOtp() : stop(ExitUsage);
            break;
        case State::Amount: {
            const transfer::AmountCheck check = session.setAmount(a.amount, a.channel);
            if (check != transfer::AmountCheck::Ok)
                return context.fail(ExitRefused, amountWords(check));
            if (!session.requestTransactionOtp())
                return stop(ExitRefused);
            break;
        }
        case State::TransactionOtp:
            if (session.wrongOtpAttempts() >= 3)
                return stop(ExitRefused);
            if (!OtpPrompt::use(context.err(),
                                QCoreApplication::translate(
                                    "TransferCommand", "OTP sent to the customer's mobile (transaction)"),
                                [&](const QString& otp) { return session.setTransactionOtp(otp); }))
                return session.problem().isNone() ? noOtp() : stop(ExitUsage);
            break;
        case State::Confirm:
            switch (session.confirmAndSend()) {
            case TransferSession::SendResult::Sent:
            case TransferSession::SendResult::AlreadySent:
                break;
            case TransferSession::SendResult::NotReady:
                return stop(ExitRefused);
            case TransferSession::SendResult::SenderHasOpenTransfer:
                return stop(ExitRefused);
            case TransferSession::SendResult::JournalFailed:
                return stop(ExitJournal);
            }
            break;
        case State::Submitting:
            break;
        case State::Finished:
            break;
        }
        context.waitUntil(idle);
        // An answer that left the state where it was is a refusal (wrong OTP,
        // Eko error): say it; at an OTP step the next line of input is tried.
        if (session.state() == before && !session.problem().isNone()) {
            if (before != State::SenderOtp && before != State::TransactionOtp &&
                before != State::RecipientBankOtp)
                return stop(SessionSteps::exitCodeFor(session.problem()));
            context.err() << CliText::problem(session.problem()) << Qt::endl;
        }
    }

    if (a.waitSeconds > 0) {
        context.waitUntil(
            [&session] { return session.transfer() && !journal::isOpen(session.transfer()->state); },
            a.waitSeconds * 1000);
    }
    if (!session.transfer())
        return context.fail(ExitUnknownOutcome, QCoreApplication::translate(
                                                    "TransferCommand", "no journal row for the transfer"));
    const journal::Transfer t = *session.transfer();
    if (context.json())
        context.printJson(TransferJson::toJson(t));
    else
        context.out() << TransferJson::toText(t) << Qt::endl;
    if (!session.problem().isNone() && !context.json())
        context.err() << CliText::problem(session.problem()) << Qt::endl;
    return TransferJson::exitCodeFor(t.state);
}

} // namespace counterdesk::cli
