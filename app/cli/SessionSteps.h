// SessionSteps: what the CLI commands that drive a TransferSession share -
// the session's options for the profile, the exit code a session problem means, and the walk from the
// customer's mobile to the recipient list with the sender OTP read from stdin.
#pragma once

#include "eko/EkoTypes.h"
#include "transfer/SessionOptions.h"
#include "transfer/TransferProblem.h"

namespace counterdesk::transfer {
class TransferSession;
}

namespace counterdesk::cli {

class CliContext;

class SessionSteps
{
public:
    // A session on `rail` for the loaded profile: its name and kind go on
    // every journal row, its latlong on Initiate.
    static transfer::SessionOptions sessionOptions(const CliContext& context, eko::Rail rail);
    // The exit code for a problem that stopped the session (see ExitCode.h):
    // no answer is 3 (ask again later), a refusal 4, the journal 5.
    static int exitCodeFor(const transfer::TransferProblem& problem);
    // lookUpSender(mobile), then the sender OTP(s) from stdin, until the
    // session shows the recipients. ExitOk, or the code after the problem
    // was reported.
    static int reachRecipients(CliContext& context, transfer::TransferSession& session,
                               const QString& mobile);
};

} // namespace counterdesk::cli
