#include "cli/SessionSteps.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/OtpPrompt.h"
#include "transfer/TransferSession.h"

#include <QCoreApplication>

namespace counterdesk::cli {

using transfer::TransferSession;
using State = TransferSession::State;

transfer::SessionOptions SessionSteps::sessionOptions(const CliContext& context, eko::Rail rail)
{
    transfer::SessionOptions options;
    options.rail = rail;
    options.profileName = context.profile().name;
    options.profileKind = context.profile().kind;
    options.latlong = context.profile().latlong;
    return options;
}

int SessionSteps::exitCodeFor(const transfer::TransferProblem& problem)
{
    using Source = transfer::TransferProblem::Source;
    switch (problem.source) {
    case Source::Journal:
        return ExitJournal;
    case Source::Local:
        return problem.local == transfer::LocalProblem::JournalUnavailable ? ExitJournal : ExitRefused;
    case Source::Eko:
        switch (problem.reason) {
        case eko::Reason::Timeout:
        case eko::Reason::ConnectionFailed:
        case eko::Reason::ConnectionClosed:
        case eko::Reason::HttpTooManyRequests:
        case eko::Reason::HttpServerError:
        case eko::Reason::UnparseableResponse:
        case eko::Reason::HttpUnexpected:
        case eko::Reason::Aborted:
            return ExitUnknownOutcome;
        default:
            return ExitRefused;
        }
    case Source::None:
        break;
    }
    return ExitRefused;
}

int SessionSteps::reachRecipients(CliContext& context, TransferSession& session, const QString& mobile)
{
    const auto idle = [&session] {
        return !session.isBusy();
    };
    if (!session.lookUpSender(mobile))
        return context.fail(ExitUsage, CliText::problem(session.problem()));
    context.waitUntil(idle);
    for (int otpTries = 0; session.state() != State::Recipients;) {
        switch (session.state()) {
        case State::SenderOtp:
            if (!session.problem().isNone() && ++otpTries > 3)
                return context.fail(ExitRefused, CliText::problem(session.problem()));
            if (!session.problem().isNone())
                context.err() << CliText::problem(session.problem()) << Qt::endl;
            if (!OtpPrompt::use(context.err(),
                                QCoreApplication::translate("TransferCommand",
                                                            "OTP sent to the customer's mobile (sender)"),
                                [&](const QString& otp) { return session.verifySenderOtp(otp); })) {
                if (session.problem().isNone())
                    return context.fail(
                        ExitUsage, QCoreApplication::translate(
                                       "TransferCommand", "no OTP given on the input; nothing was sent"));
                continue; // a malformed OTP: the next line is tried
            }
            context.waitUntil(idle);
            break;
        case State::Onboarding:
            return context.fail(ExitRefused, CliText::reason(eko::Reason::NotEnrolled));
        case State::KycConsent:
        case State::KycAadhaar:
        case State::KycAadhaarOtp:
        case State::KycPan:
            return context.fail(ExitRefused, CliText::kycPending(session.kycPending()));
        default:
            return context.fail(SessionSteps::exitCodeFor(session.problem()),
                                CliText::problem(session.problem()));
        }
    }
    return ExitOk;
}

} // namespace counterdesk::cli
