#include "cli/RefundCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/OtpPrompt.h"
#include "cli/TransferJson.h"
#include "transfer/Reconciler.h"
#include "transfer/RefundSession.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace counterdesk::cli {

namespace {

using RefundState = transfer::RefundSession::State;

// The refund's own exit codes: 0 once REFUNDED; 3 while the outcome is
// being settled (never refund again); 4 when nothing was refunded.
int exitFor(RefundState state)
{
    switch (state) {
    case RefundState::Refunded:
        return ExitOk;
    case RefundState::Refunding:
    case RefundState::Unknown:
    case RefundState::InProgress:
        return ExitUnknownOutcome;
    case RefundState::NotRefundable:
    case RefundState::Ready:
    case RefundState::OtpSent:
        return ExitRefused;
    case RefundState::OtherProfile:
        return ExitConfig;
    }
    return ExitRefused;
}

} // namespace

int RefundCommand::run(CliContext& context, const QString& ref)
{
    journal::Transfer found;
    if (const int code = context.findTransfer(ref, found); code != ExitOk)
        return code;
    if (const int code = context.connect(); code != ExitOk)
        return code;

    // The one asker (not started): settles an unclear refund now, and
    // `reconcile` or the GUI keep at it afterwards.
    transfer::Reconciler reconciler(context.client(), &context.journal());
    transfer::RefundSession session(context.client(), &context.journal(), &reconciler, ref);
    const auto idle = [&session] {
        return !session.isBusy();
    };
    const auto report = [&]() {
        const journal::Transfer& row = *session.transfer();
        if (context.json()) {
            QJsonObject object = TransferJson::toJson(row);
            if (const auto& refund = session.refundInfo(); refund && !refund->refundTid.isEmpty())
                object.insert(QStringLiteral("refund_tid"), refund->refundTid);
            context.printJson(object);
        } else {
            context.out() << TransferJson::toText(row) << Qt::endl;
        }
        return exitFor(session.state());
    };

    switch (session.state()) {
    case RefundState::Refunded:
        return report();
    case RefundState::InProgress:
        return context.fail(ExitUnknownOutcome,
                            QCoreApplication::translate(
                                "RefundCommand",
                                "a refund for %1 was already sent and is being checked; do not refund again "
                                "(see: counterdesk-cli inquire %1)")
                                .arg(ref),
                            QStringLiteral("RefundInProgress"));
    case RefundState::OtherProfile:
        //: %1 the transfer, %2 the profile it was made on
        return context.fail(ExitConfig,
                            QCoreApplication::translate(
                                "RefundCommand", "%1 was made on the profile \"%2\"; refund it with that "
                                                 "profile's --profile-file")
                                .arg(ref, session.transfer()->profile),
                            QStringLiteral("OtherProfile"));
    case RefundState::NotRefundable:
        return context.fail(
            ExitRefused,
            QCoreApplication::translate("RefundCommand", "%1 is not waiting for a refund (state %2)")
                .arg(ref, journal::stateName(session.transfer()->state)),
            QStringLiteral("NotRefundable"));
    case RefundState::Ready:
    case RefundState::OtpSent:
    case RefundState::Refunding:
    case RefundState::Unknown:
        break;
    }

    if (!session.requestOtp())
        return context.fail(ExitRefused, CliText::problem(session.problem()));
    context.waitUntil(idle);
    if (session.state() != RefundState::OtpSent)
        return context.fail(ExitRefused, CliText::problem(session.problem()));

    bool sent = false;
    const bool typed = OtpPrompt::use(
        context.err(),
        QCoreApplication::translate("RefundCommand", "Refund OTP sent to the customer's mobile"),
        [&](const QString& otp) {
            sent = session.refund(otp);
            return sent;
        });
    if (!typed && !sent) {
        if (session.state() == RefundState::Refunded) // refunded meanwhile by another window or process
            return report();
        if (!session.problem().isNone())
            return context.fail(
                session.state() == RefundState::InProgress ? ExitUnknownOutcome : ExitRefused,
                CliText::problem(session.problem()),
                session.state() == RefundState::InProgress ? QStringLiteral("RefundInProgress") : QString());
        return context.fail(ExitUsage, QCoreApplication::translate(
                                           "RefundCommand", "no OTP given on the input; nothing was sent"));
    }
    context.waitUntil(idle);
    if (session.state() == RefundState::OtpSent) // Eko refused: nothing was refunded
        return context.fail(ExitRefused, CliText::problem(session.problem()));
    if (session.state() == RefundState::Unknown && !session.problem().isNone())
        context.err()
            << CliText::problem(session.problem()) << Qt::endl
            << QCoreApplication::translate(
                   "RefundCommand",
                   "The refund's outcome is not known yet; do not refund again. The journal keeps it "
                   "open: run counterdesk-cli reconcile later.")
            << Qt::endl;
    return report();
}

} // namespace counterdesk::cli
