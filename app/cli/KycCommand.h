// `counterdesk-cli kyc`: a new wallet's KYC from a script or a terminal, through
// the same TransferSession steps the wizard shows (sender OTP, consent,
// Aadhaar OTP, PAN). Lines are read from stdin in the order the customer's
// steps need them, skipping the steps Eko says are done: the sender OTP, the
// consent language (Eko's pkid or the language's English name), "yes" once
// the customer has heard the consent, the Aadhaar number, the Aadhaar OTP,
// the PAN. OTPs and the Aadhaar number are not echoed at a terminal.
#pragma once

#include "eko/EkoTypes.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace counterdesk::cli {

class CliContext;

struct KycArguments
{
    eko::Rail rail = eko::Rail::DigiKhata;
    QString customer; // the sender's mobile
    // Only to enrol a customer Eko does not know yet (308).
    QString name;
    QDate dateOfBirth;
    QStringList address;
};

class KycCommand
{
public:
    // 0 only when KYC is done; --json prints {"customer", "rail", "kyc":
    // "done" | "aadhaar_pending" | "pan_required", "monthly_limit",
    // "next_allowed_limit"} (limits null when Eko did not send them).
    static int run(CliContext& context, const KycArguments& arguments);
};

} // namespace counterdesk::cli
