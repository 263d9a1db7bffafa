// CliText: the words of counterdesk-cli for the core's enums.
//
// The core returns enums only (HACKING.md); this is the CLI's one place that
// turns them into sentences, through QCoreApplication::translate so the Hindi
// catalogue covers the CLI as well.
#pragma once

#include "eko/EkoTypes.h"
#include "journal/JournalError.h"
#include "profile/ClientFactory.h"
#include "profile/ProfileFile.h"
#include "transfer/TransferProblem.h"

#include <QString>

namespace counterdesk::cli {

class CliText
{
public:
    static QString profileError(const profile::ProfileFileLoad& load, const QString& file);
    static QString configError(profile::ClientConfigError error);
    static QString journalError(journal::JournalError error);
    static QString reason(eko::Reason reason);
    // Why counterdesk-gateway refused this counter (its 403's gateway_error).
    static QString gatewayRefusal(eko::GatewayRefusal refusal);
    // A transfer stopped at KYC: what is pending and the command that finishes it.
    static QString kycPending(eko::Reason pending);
    static QString aadhaarError(AadhaarNumberError error);
    static QString panError(PanNumberError error);
    static QString problem(const transfer::TransferProblem& problem);
};

} // namespace counterdesk::cli
