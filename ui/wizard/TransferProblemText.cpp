#include "TransferProblemText.h"

#include "text/GatewayRefusalText.h"
#include "text/ValueErrorText.h"

namespace counterdesk::ui {

QString TransferProblemText::reason(eko::Reason reason)
{
    using eko::Reason;
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::NotEnrolled:
        return tr("This customer has no wallet yet. Fill in the enrolment form below.");
    case Reason::AadhaarPending:
        return tr("The customer must finish Aadhaar verification before sending money: go through the "
                  "consent and Aadhaar steps now.");
    case Reason::PanRequired:
        return tr("The customer must add their PAN to the wallet before sending money: type it now.");
    case Reason::WrongOtp:
        return tr("That OTP is wrong. Ask the customer to read it again.");
    case Reason::OtpExpired:
        return tr("That OTP has expired. Send a new one.");
    case Reason::InvalidOtp:
        return tr("That OTP is not valid. Ask the customer to read it again or send a new one.");
    case Reason::InsufficientBalance:
        return tr("The customer's wallet does not have enough money for this amount and the fee.");
    case Reason::LimitExhausted:
        return tr("The customer's monthly limit does not allow this amount.");
    case Reason::RecipientAlreadyAdded:
        return tr("This recipient is already registered for this customer. Pick it from the list.");
    case Reason::MaxRecipients:
        return tr("This customer has added 5 recipients today, the most allowed. Try again tomorrow.");
    case Reason::UserNotFound:
        return tr("Eko does not know this customer. Check the mobile number and the wallet.");
    case Reason::TransactionNotFound:
        return tr("The bank has no record of this transfer yet.");
    case Reason::TransactionInProgress:
        return tr("The transfer is still being processed.");
    case Reason::AgentNotAllowed:
        return tr("This counter is not allowed to use this service. Call your distributor.");
    case Reason::InvalidParameters:
        return tr("Eko refused some details. Check the fields and try again.");
    case Reason::TryLater:
        return tr("Too many tries for now. Wait a few minutes and try again.");
    case Reason::TransactionFailed:
        return tr("The bank refused the transfer. The customer's money was not taken.");
    case Reason::InvalidBankDetails:
        // Eko's 467 "Please provide valid bank details", in the agent's words.
        return tr("Eko knows no bank branch with this IFSC. Please give valid bank details: check the IFSC "
                  "in the customer's passbook.");
    case Reason::AadhaarRejected:
        return tr("UIDAI did not accept this Aadhaar number. Check it against the customer's Aadhaar card.");
    case Reason::KycAlreadyDone:
        return tr("This customer has already finished KYC.");
    case Reason::NameCheckUnavailable:
        return tr("This bank does not tell Eko account holders' names, so the name cannot be checked. "
                  "Ask the customer to confirm the account number from the passbook.");
    case Reason::AccountNameNotFound:
        return tr("The bank did not give a name for this account. Check the account number and IFSC "
                  "with the customer before adding it.");
    case Reason::EkoError:
        return tr("Eko could not do this.");
    case Reason::Timeout:
        return tr("Eko did not answer in time. Check the internet connection and try again.");
    case Reason::ConnectionFailed:
        return tr("Cannot reach Eko. Check the internet connection and try again.");
    case Reason::ConnectionClosed:
        return tr("The connection to Eko broke before the answer came.");
    case Reason::TlsError:
        return tr("The connection to Eko is not secure, so nothing was sent. Call support.");
    case Reason::InsecureUrl:
        return tr("The connection settings are not secure, so nothing was sent. Call support.");
    case Reason::HttpForbidden:
        return tr("Eko refused this counter. The PC clock may be wrong, or the keys are not active. "
                  "Call support.");
    case Reason::HttpClientError:
        // Not Eko's own refusal (a 408, a proxy's page...): it proves
        // nothing, so never "nothing was done".
        return tr("Eko's server, or a proxy on the way, answered with an error. Try again in a few minutes; "
                  "if it keeps happening, call support.");
    case Reason::HttpTooManyRequests:
        return tr("Eko is busy. Wait a moment and try again.");
    case Reason::HttpServerError:
        return tr("Eko has a problem at its end. Try again in a few minutes.");
    case Reason::HttpUnexpected:
    case Reason::UnparseableResponse:
        return tr("Eko's answer could not be read.");
    case Reason::InvalidRequest:
    case Reason::EndpointMissing:
        return tr("CounterDesk could not make this request. Call support.");
    case Reason::Aborted:
        return tr("Stopped waiting.");
    }
    return {};
}

QString TransferProblemText::amountCheck(transfer::AmountCheck check, const QString& limit)
{
    using transfer::AmountCheck;
    switch (check) {
    case AmountCheck::Ok:
        return {};
    case AmountCheck::Zero:
        return tr("Type an amount of at least one rupee.");
    case AmountCheck::NotWholeRupees:
        return tr("Whole rupees only: Eko does not send paise.");
    case AmountCheck::ExceedsBalance:
        //: %1 is the wallet balance, e.g. ₹25,000.00
        return tr("More than the wallet balance (%1).").arg(limit);
    case AmountCheck::ExceedsMonthlyLimitLeft:
        //: %1 is what is left of the monthly limit
        return tr("More than the customer's monthly limit left (%1).").arg(limit);
    case AmountCheck::ExceedsPerTransactionLimit:
        //: %1 is the largest amount one transfer may carry
        return tr("More than one transfer may carry (%1). Split it into smaller transfers.").arg(limit);
    case AmountCheck::ChannelNotAllowed:
        return tr("This recipient's bank does not accept that channel. Pick the other one.");
    }
    return {};
}

QString TransferProblemText::local(transfer::LocalProblem problem)
{
    using transfer::LocalProblem;
    switch (problem) {
    case LocalProblem::None:
        return {};
    case LocalProblem::InvalidMobile:
        return tr("That is not a mobile number: type 10 digits starting with 6, 7, 8 or 9.");
    case LocalProblem::OtpFormat:
        return tr("An OTP is 4 to 8 digits. Ask the customer to read it again.");
    case LocalProblem::InvalidName:
        return tr("Type the name, letters only, up to 50.");
    case LocalProblem::InvalidDateOfBirth:
        return tr("The customer must be between 18 and 100 years old. Check the date of birth.");
    case LocalProblem::InvalidAddress:
        return tr("Type the customer's address.");
    case LocalProblem::InvalidAccount:
        return tr("An account number is 9 to 18 digits.");
    case LocalProblem::AccountMismatch:
        return tr("The two account numbers differ. Type both again from the passbook.");
    case LocalProblem::InvalidIfsc:
        return tr("That IFSC is not right: 4 letters, a zero, then 6 letters or digits (SBIN0001234).");
    case LocalProblem::InvalidRecipientMobile:
        return tr("The recipient's mobile is not a mobile number.");
    case LocalProblem::RecipientMobileIsSender:
        return tr("The recipient's mobile must differ from the customer's own.");
    case LocalProblem::IfscNotFound:
        return tr("No branch has this IFSC. Check the customer's passbook.");
    case LocalProblem::UnknownRecipient:
        return tr("Pick a recipient from the list.");
    case LocalProblem::AmountRejected:
        return tr("That amount cannot be sent.");
    case LocalProblem::OtpCooldown:
        return tr("Wait for the countdown before sending a new OTP.");
    case LocalProblem::SenderHasOpenTransfer:
        return tr("This customer has a transfer the bank has not settled yet. Wait for it before "
                  "sending again; the history shows it.");
    case LocalProblem::JournalUnavailable:
        return tr("CounterDesk cannot write its record of transfers, so nothing was sent.");
    case LocalProblem::RefundAlreadyClaimed:
        return tr("This refund was already sent from another window or counter. Nothing more was sent.");
    case LocalProblem::InvalidAadhaar:
        return tr("That Aadhaar number is not right.");
    case LocalProblem::InvalidPan:
        return tr("That PAN is not right.");
    case LocalProblem::ConsentNotShown:
        return tr("Choose the customer's language and read or play the consent to them first.");
    case LocalProblem::NameCheckNotOffered:
        return tr("Eko cannot check names at this bank. Nothing was sent and no fee was charged.");
    case LocalProblem::BankNameNotConfirmed:
        return tr("The bank's name for this account is not the name typed. Ask the customer, then tick "
                  "the box to confirm this is the right person, or correct the details.");
    case LocalProblem::NotNow:
        return tr("Wait for the current step to finish.");
    }
    return {};
}

QString TransferProblemText::journal(journal::JournalError error)
{
    using journal::JournalError;
    switch (error) {
    case JournalError::None:
        return {};
    case JournalError::NotOpen:
    case JournalError::CannotOpen:
        return tr("The record of transfers is not open. Restart CounterDesk.");
    case JournalError::DiskFull:
        return tr("The disk is full. Free some space, then try again.");
    case JournalError::Locked:
        return tr("The record of transfers is busy. Try again in a moment.");
    case JournalError::Corrupt:
        return tr("The record of transfers is damaged. Stop and call support.");
    case JournalError::ReadOnly:
        return tr("The record of transfers cannot be written (read-only). Call support.");
    case JournalError::IoError:
        return tr("The PC could not write to the disk. Call support.");
    case JournalError::NewerSchema:
    case JournalError::MigrationFailed:
        return tr("The record of transfers is from another CounterDesk version. Call support.");
    case JournalError::DuplicateRef:
        return tr("This transfer was already recorded. Start a new one.");
    case JournalError::SenderBusy:
        return tr("This customer has a transfer the bank has not settled yet.");
    case JournalError::IllegalTransition:
    case JournalError::RefundInProgress:
        return tr("A refund for this transfer was already sent. Never refund it again.");
    case JournalError::NotFound:
    case JournalError::InvalidInput:
    case JournalError::Other:
        return tr("The record of transfers refused this. Call support.");
    }
    return {};
}

QString TransferProblemText::activity(transfer::TransferSession::Activity activity)
{
    using Activity = transfer::TransferSession::Activity;
    switch (activity) {
    case Activity::None:
        return {};
    case Activity::LookingUpSender:
        return tr("Looking up the customer…");
    case Activity::ResendingSenderOtp:
        return tr("Sending the customer a new OTP…");
    case Activity::VerifyingSenderOtp:
        return tr("Checking the OTP…");
    case Activity::OnboardingSender:
        return tr("Enrolling the customer…");
    case Activity::LoadingConsentLanguages:
        return tr("Loading the consent languages…");
    case Activity::LoadingConsent:
        return tr("Loading the consent text…");
    case Activity::SendingAadhaarOtp:
        return tr("Asking UIDAI to send an OTP to the customer's Aadhaar-linked mobile…");
    case Activity::VerifyingAadhaarOtp:
        return tr("Checking the Aadhaar OTP…");
    case Activity::ValidatingPan:
        return tr("Checking the PAN…");
    case Activity::LoadingRecipients:
        return tr("Loading the recipients…");
    case Activity::LookingUpBank:
        return tr("Asking Eko about this IFSC…");
    case Activity::CheckingRecipientName:
        return tr("Asking the bank for the account holder's name…");
    case Activity::AddingRecipient:
        return tr("Adding the recipient…");
    case Activity::RegisteringRecipient:
        return tr("Registering the recipient with the bank…");
    case Activity::VerifyingRecipientBankOtp:
        return tr("Checking the bank OTP…");
    case Activity::SendingTransactionOtp:
        return tr("Sending the OTP to the customer's phone…");
    case Activity::Sending:
        return tr("Sending the money. Do not close this window; wait for the answer.");
    case Activity::CheckingStatus:
        return tr("Checking with the bank…");
    }
    return {};
}

QString TransferProblemText::sendResult(transfer::TransferSession::SendResult result)
{
    using SendResult = transfer::TransferSession::SendResult;
    switch (result) {
    case SendResult::Sent:
        return {};
    case SendResult::AlreadySent:
        return tr("This transfer was already sent once. It is never sent twice.");
    case SendResult::NotReady:
        return tr("Not ready to send: go back and type the OTP.");
    case SendResult::SenderHasOpenTransfer:
        return local(transfer::LocalProblem::SenderHasOpenTransfer);
    case SendResult::JournalFailed:
        return local(transfer::LocalProblem::JournalUnavailable);
    }
    return {};
}

QString TransferProblemText::problem(const transfer::TransferProblem& problem)
{
    using Source = transfer::TransferProblem::Source;
    switch (problem.source) {
    case Source::None:
        return {};
    case Source::Eko: {
        // A gateway's refusal names which of this counter's credentials failed.
        const QString ours = problem.gatewayRefusal != eko::GatewayRefusal::None
                                 ? GatewayRefusalText::describe(problem.gatewayRefusal)
                                 : reason(problem.reason);
        QString text = withEkoMessage(ours, problem.ekoMessage);
        // Field errors name the request field Eko disliked: support needs them.
        for (auto it = problem.fieldErrors.cbegin(); it != problem.fieldErrors.cend(); ++it)
            text += QLatin1Char('\n') + it.key() + QStringLiteral(": ") + it.value();
        return text;
    }
    case Source::Local:
        if (problem.local == transfer::LocalProblem::AmountRejected)
            return amountCheck(problem.amountCheck, QString());
        if (problem.local == transfer::LocalProblem::InvalidAadhaar)
            return valueErrorText(problem.aadhaarError);
        if (problem.local == transfer::LocalProblem::InvalidPan)
            return valueErrorText(problem.panError);
        return local(problem.local);
    case Source::Journal:
        return local(transfer::LocalProblem::JournalUnavailable) + QLatin1Char('\n') +
               journal(problem.journalError);
    }
    return {};
}

QString TransferProblemText::withEkoMessage(const QString& ours, const QString& ekoMessage)
{
    const QString eko = ekoMessage.trimmed();
    if (eko.isEmpty() || eko.compare(ours, Qt::CaseInsensitive) == 0)
        return ours;
    //: Eko's own words, under ours, for support. %1 is Eko's message.
    const QString said = tr("Eko says: %1").arg(eko);
    return ours.isEmpty() ? said : ours + QLatin1Char('\n') + said;
}

} // namespace counterdesk::ui
