#include "cli/CliText.h"

#include <QCoreApplication>

namespace counterdesk::cli {
QString CliText::profileError(const profile::ProfileFileLoad& load, const QString& file)
{
    using profile::ProfileFileError;
    QString what;
    switch (load.error) {
    case ProfileFileError::None:
        return {};
    case ProfileFileError::FileUnreadable:
        what = QCoreApplication::translate("CliText", "the file cannot be read");
        break;
    case ProfileFileError::NotUtf8:
        what = QCoreApplication::translate("CliText", "the file is not UTF-8 text");
        break;
    case ProfileFileError::MissingEquals:
        what = QCoreApplication::translate("CliText", "expected \"key = value\", a [section] or a comment");
        break;
    case ProfileFileError::UnknownSection:
        what = QCoreApplication::translate("CliText", "unknown section \"[%1]\"; only [profile] is allowed")
                   .arg(load.key);
        break;
    case ProfileFileError::KeyOutsideSection:
        what = QCoreApplication::translate("CliText", "%1 comes before the [profile] line").arg(load.key);
        break;
    case ProfileFileError::UnknownKey:
        what = QCoreApplication::translate("CliText", "unknown key %1").arg(load.key);
        break;
    case ProfileFileError::DuplicateKey:
        what = QCoreApplication::translate("CliText", "%1 is given twice").arg(load.key);
        break;
    case ProfileFileError::SecretInFile:
        what = QCoreApplication::translate(
                   "CliText",
                   "%1 must not be in a profile file; keys and the counter secret live in the keychain or in "
                   "COUNTERDESK_DEVELOPER_KEY / COUNTERDESK_ACCESS_KEY / COUNTERDESK_COUNTER_SECRET")
                   .arg(load.key);
        break;
    case ProfileFileError::EmptyValue:
        what = QCoreApplication::translate("CliText", "%1 has no value").arg(load.key);
        break;
    case ProfileFileError::BadUrl:
        what = QCoreApplication::translate("CliText", "base_url must be an absolute https:// URL");
        break;
    case ProfileFileError::InsecureUrl:
        what = QCoreApplication::translate(
            "CliText",
            "base_url must use https:// (plain http is allowed only for this computer, 127.0.0.1)");
        break;
    case ProfileFileError::BadTimeout:
        what = QCoreApplication::translate("CliText",
                                           "timeout_s must be a whole number of seconds from 1 to 300");
        break;
    case ProfileFileError::BadInitiatorId:
        what = QCoreApplication::translate("CliText", "initiator_id must be the 10-digit registered mobile");
        break;
    case ProfileFileError::BadUserCode:
        what = QCoreApplication::translate("CliText", "user_code must be 1 to 20 letters or digits");
        break;
    case ProfileFileError::BadLatlong:
        what = QCoreApplication::translate("CliText", "latlong must look like 28.63,77.22");
        break;
    case ProfileFileError::BadRail:
        what = QCoreApplication::translate("CliText", "rail must be digikhata or levin");
        break;
    case ProfileFileError::BadEndpoints:
        what = QCoreApplication::translate("CliText", "the endpoint table in endpoints is not usable (%1)")
                   .arg(load.detail);
        break;
    case ProfileFileError::MissingSection:
        what = QCoreApplication::translate("CliText", "there is no [profile] section");
        break;
    case ProfileFileError::MissingKey:
        what = QCoreApplication::translate("CliText", "%1 is missing").arg(load.key);
        break;
    case ProfileFileError::BadKind:
        what = QCoreApplication::translate("CliText", "kind must be gateway, uat, production or custom");
        break;
    case ProfileFileError::BadCounterId:
        what = QCoreApplication::translate(
            "CliText",
            "counter_id must be the counter's id as the gateway printed it (letters, digits, . _ : -)");
        break;
    case ProfileFileError::BadCaFile:
        what = QCoreApplication::translate(
                   "CliText", "ca_file must be a readable PEM file with the partner's CA certificate (%1)")
                   .arg(load.detail);
        break;
    case ProfileFileError::KeyNotForKind:
        what = QCoreApplication::translate(
                   "CliText", "%1 does not belong in this kind of profile: a gateway profile has base_url, "
                              "counter_id and ca_file (the gateway sets initiator_id and user_code), an Eko "
                              "profile has initiator_id and user_code")
                   .arg(load.key);
        break;
    }
    if (load.line > 0)
        return QCoreApplication::translate("CliText", "%1: line %2: %3").arg(file).arg(load.line).arg(what);
    return QCoreApplication::translate("CliText", "%1: %2").arg(file, what);
}

QString CliText::configError(profile::ClientConfigError error)
{
    using profile::ClientConfigError;
    switch (error) {
    case ClientConfigError::None:
        return {};
    case ClientConfigError::NoBaseUrl:
        return QCoreApplication::translate("CliText", "the profile has no base URL");
    case ClientConfigError::InsecureUrl:
        return QCoreApplication::translate(
            "CliText", "refusing plain http:// to a host other than this computer: use https://");
    case ClientConfigError::BadEndpointsFile:
        return QCoreApplication::translate("CliText", "the endpoint table file of the profile is not usable");
    case ClientConfigError::NoCredentials:
        return QCoreApplication::translate(
            "CliText",
            "no developer key or access key for this profile: set COUNTERDESK_DEVELOPER_KEY and "
            "COUNTERDESK_ACCESS_KEY, or save them in CounterDesk's settings (kept in the keychain)");
    case ClientConfigError::NoCounterId:
        return QCoreApplication::translate("CliText", "the gateway profile has no counter_id");
    case ClientConfigError::NoCounterSecret:
        return QCoreApplication::translate(
            "CliText", "no counter secret for this gateway profile: set COUNTERDESK_COUNTER_SECRET to the "
                       "secret the gateway's administrator gave you, or save it in CounterDesk's settings "
                       "(kept in the keychain)");
    case ClientConfigError::BadCaFile:
        return QCoreApplication::translate(
            "CliText", "the profile's ca_file cannot be read or holds no PEM certificate");
    }
    return {};
}

QString CliText::gatewayRefusal(eko::GatewayRefusal refusal)
{
    switch (refusal) {
    case eko::GatewayRefusal::None:
        return {};
    case eko::GatewayRefusal::UnknownCounter:
        return QCoreApplication::translate(
            "CliText", "the gateway does not know this counter: check counter_id in the profile file");
    case eko::GatewayRefusal::Revoked:
        return QCoreApplication::translate(
            "CliText", "this counter's access was revoked by the gateway's administrator");
    case eko::GatewayRefusal::BadSignature:
        return QCoreApplication::translate(
            "CliText", "the gateway did not accept the counter secret (COUNTERDESK_COUNTER_SECRET or the "
                       "keychain): it must be the one the gateway's administrator gave you");
    case eko::GatewayRefusal::StaleTimestamp:
        return QCoreApplication::translate(
            "CliText", "this computer's clock is too far from the gateway's; set it to update automatically");
    case eko::GatewayRefusal::Replayed:
        return QCoreApplication::translate(
            "CliText",
            "the gateway received this request twice and refused the second one; nothing was done");
    case eko::GatewayRefusal::Other:
        return QCoreApplication::translate("CliText",
                                           "the gateway refused this counter; ask its administrator");
    }
    return {};
}

QString CliText::journalError(journal::JournalError error)
{
    using journal::JournalError;
    switch (error) {
    case JournalError::None:
        return {};
    case JournalError::NotOpen:
        return QCoreApplication::translate("CliText", "the journal is not open");
    case JournalError::CannotOpen:
        return QCoreApplication::translate(
            "CliText", "the journal cannot be opened (check --data-dir and its permissions)");
    case JournalError::DiskFull:
        return QCoreApplication::translate("CliText", "the disk is full");
    case JournalError::Locked:
        return QCoreApplication::translate("CliText", "the journal is busy in another program; try again");
    case JournalError::Corrupt:
        return QCoreApplication::translate("CliText", "the journal is damaged: stop and call support");
    case JournalError::ReadOnly:
        return QCoreApplication::translate("CliText", "the journal is read-only");
    case JournalError::IoError:
        return QCoreApplication::translate("CliText", "the computer refused to read or write the journal");
    case JournalError::NewerSchema:
        return QCoreApplication::translate("CliText", "the journal was written by a newer CounterDesk");
    case JournalError::MigrationFailed:
        return QCoreApplication::translate("CliText", "the journal could not be upgraded; it is unchanged");
    case JournalError::DuplicateRef:
        return QCoreApplication::translate("CliText", "this reference was used before");
    case JournalError::SenderBusy:
        return QCoreApplication::translate("CliText",
                                           "the customer has a transfer whose result is not known yet");
    case JournalError::IllegalTransition:
        return QCoreApplication::translate("CliText", "the journal refused this change of state");
    case JournalError::NotFound:
        return QCoreApplication::translate("CliText", "no transfer with this reference in the journal");
    case JournalError::RefundInProgress:
        return QCoreApplication::translate(
            "CliText", "a refund for this transfer was already sent; never refund it again");
    case JournalError::InvalidInput:
        return QCoreApplication::translate("CliText", "a value is missing or malformed");
    case JournalError::Other:
        return QCoreApplication::translate("CliText", "the journal failed");
    }
    return {};
}

QString CliText::reason(eko::Reason reason)
{
    using eko::Reason;
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::NotEnrolled:
        return QCoreApplication::translate(
            "CliText", "the customer is not enrolled on this wallet; enrol them with: "
                       "counterdesk-cli kyc --customer MOBILE --name NAME --dob YYYY-MM-DD "
                       "--address LINE");
    case Reason::AadhaarPending:
        return QCoreApplication::translate("CliText", "the customer's Aadhaar KYC is pending");
    case Reason::PanRequired:
        return QCoreApplication::translate("CliText", "the customer's PAN is required");
    case Reason::WrongOtp:
        return QCoreApplication::translate("CliText", "wrong OTP");
    case Reason::OtpExpired:
        return QCoreApplication::translate("CliText", "the OTP has expired");
    case Reason::InvalidOtp:
        return QCoreApplication::translate("CliText", "invalid OTP");
    case Reason::InsufficientBalance:
        return QCoreApplication::translate("CliText", "not enough balance in the wallet");
    case Reason::LimitExhausted:
        return QCoreApplication::translate("CliText", "the customer's limit is used up");
    case Reason::RecipientAlreadyAdded:
        return QCoreApplication::translate("CliText", "the recipient is already added");
    case Reason::MaxRecipients:
        return QCoreApplication::translate("CliText", "the customer has the most recipients allowed");
    case Reason::UserNotFound:
        return QCoreApplication::translate("CliText", "Eko does not know this customer");
    case Reason::TransactionNotFound:
        return QCoreApplication::translate("CliText", "Eko does not know this transaction (yet)");
    case Reason::TransactionInProgress:
        return QCoreApplication::translate("CliText", "the transaction is still in progress");
    case Reason::AgentNotAllowed:
        return QCoreApplication::translate("CliText", "this service is not active for the agent's user code");
    case Reason::InvalidParameters:
        return QCoreApplication::translate("CliText", "Eko says some values are invalid");
    case Reason::TryLater:
        return QCoreApplication::translate("CliText", "Eko asks to try again after some time");
    case Reason::TransactionFailed:
        return QCoreApplication::translate("CliText", "the transaction failed");
    case Reason::InvalidBankDetails:
        return QCoreApplication::translate("CliText",
                                           "Eko knows no bank branch with this IFSC (invalid bank details)");
    case Reason::AadhaarRejected:
        return QCoreApplication::translate("CliText", "UIDAI did not accept this Aadhaar number");
    case Reason::KycAlreadyDone:
        return QCoreApplication::translate("CliText", "the customer has already finished KYC");
    case Reason::NameCheckUnavailable:
        return QCoreApplication::translate("CliText", "this bank does not tell Eko account holders' names");
    case Reason::AccountNameNotFound:
        return QCoreApplication::translate("CliText", "the bank gave no name for this account");
    case Reason::EkoError:
        return QCoreApplication::translate("CliText", "Eko refused the request");
    case Reason::Timeout:
        return QCoreApplication::translate("CliText", "no answer in time");
    case Reason::ConnectionFailed:
        return QCoreApplication::translate("CliText", "cannot connect to the server");
    case Reason::ConnectionClosed:
        return QCoreApplication::translate("CliText", "the connection closed before a full answer");
    case Reason::TlsError:
        return QCoreApplication::translate("CliText", "the secure connection failed (certificate or TLS)");
    case Reason::InsecureUrl:
        return QCoreApplication::translate("CliText",
                                           "refusing plain http:// to a host other than this computer");
    case Reason::HttpForbidden:
        return QCoreApplication::translate("CliText",
                                           "the server answered 403 Forbidden (see check-connection)");
    case Reason::HttpClientError:
        return QCoreApplication::translate(
            "CliText", "the server answered an HTTP 4xx error that is not Eko's own refusal");
    case Reason::HttpTooManyRequests:
        return QCoreApplication::translate("CliText", "too many requests; wait a little");
    case Reason::HttpServerError:
        return QCoreApplication::translate("CliText", "Eko's server had an error (HTTP 5xx)");
    case Reason::HttpUnexpected:
        return QCoreApplication::translate("CliText", "unexpected HTTP answer");
    case Reason::UnparseableResponse:
        return QCoreApplication::translate("CliText", "the answer could not be read");
    case Reason::InvalidRequest:
        return QCoreApplication::translate("CliText", "a required value is missing or malformed");
    case Reason::EndpointMissing:
        return QCoreApplication::translate("CliText", "the endpoint table has no entry for this call");
    case Reason::Aborted:
        return QCoreApplication::translate("CliText", "stopped");
    }
    return {};
}

QString CliText::kycPending(eko::Reason pending)
{
    //: %1 says what is pending (Aadhaar or PAN).
    return QCoreApplication::translate("CliText", "%1; finish it with: counterdesk-cli kyc --customer MOBILE")
        .arg(reason(pending));
}

QString CliText::aadhaarError(AadhaarNumberError error)
{
    switch (error) {
    case AadhaarNumberError::None:
        return {};
    case AadhaarNumberError::Empty:
        return QCoreApplication::translate("CliText", "no Aadhaar number given");
    case AadhaarNumberError::InvalidCharacter:
        return QCoreApplication::translate("CliText", "only digits, spaces and dashes are allowed");
    case AadhaarNumberError::WrongLength:
        return QCoreApplication::translate("CliText", "it must have 12 digits");
    case AadhaarNumberError::BadFirstDigit:
        return QCoreApplication::translate("CliText", "it cannot start with 0 or 1");
    case AadhaarNumberError::ChecksumWrong:
        return QCoreApplication::translate("CliText", "a digit is wrong (the check digit does not match)");
    }
    return {};
}

QString CliText::panError(PanNumberError error)
{
    switch (error) {
    case PanNumberError::None:
        return {};
    case PanNumberError::Empty:
        return QCoreApplication::translate("CliText", "no PAN given");
    case PanNumberError::WrongFormat:
        return QCoreApplication::translate("CliText",
                                           "it must be 5 letters, 4 digits and a letter (ABCDE1234F)");
    }
    return {};
}

QString CliText::problem(const transfer::TransferProblem& p)
{
    using transfer::LocalProblem;
    switch (p.source) {
    case transfer::TransferProblem::Source::None:
        return {};
    case transfer::TransferProblem::Source::Eko:
        if (p.gatewayRefusal != eko::GatewayRefusal::None)
            return gatewayRefusal(p.gatewayRefusal);
        return p.ekoMessage.isEmpty() ? reason(p.reason)
                                      : QCoreApplication::translate("CliText", "%1 (Eko: %2)")
                                            .arg(reason(p.reason), p.ekoMessage);
    case transfer::TransferProblem::Source::Journal:
        return journalError(p.journalError);
    case transfer::TransferProblem::Source::Local:
        break;
    }
    switch (p.local) {
    case LocalProblem::None:
        return {};
    case LocalProblem::InvalidMobile:
        return QCoreApplication::translate("CliText",
                                           "the mobile number must be 10 digits starting with 6-9");
    case LocalProblem::OtpFormat:
        return QCoreApplication::translate("CliText", "an OTP is 4 to 8 digits");
    case LocalProblem::InvalidName:
        return QCoreApplication::translate("CliText", "a name is missing");
    case LocalProblem::InvalidDateOfBirth:
        return QCoreApplication::translate("CliText", "invalid date of birth");
    case LocalProblem::InvalidAddress:
        return QCoreApplication::translate("CliText", "the address is missing");
    case LocalProblem::InvalidAccount:
        return QCoreApplication::translate("CliText", "the account number must be 9 to 18 digits");
    case LocalProblem::AccountMismatch:
        return QCoreApplication::translate("CliText", "the two account numbers differ");
    case LocalProblem::InvalidIfsc:
        return QCoreApplication::translate("CliText", "invalid IFSC");
    case LocalProblem::InvalidRecipientMobile:
        return QCoreApplication::translate("CliText", "invalid recipient mobile");
    case LocalProblem::RecipientMobileIsSender:
        return QCoreApplication::translate("CliText", "the recipient's mobile is the sender's");
    case LocalProblem::IfscNotFound:
        return QCoreApplication::translate("CliText",
                                           "no branch has this IFSC (no bank has its first four letters)");
    case LocalProblem::UnknownRecipient:
        return QCoreApplication::translate("CliText", "the customer has no recipient with this id");
    case LocalProblem::AmountRejected:
        return QCoreApplication::translate("CliText",
                                           "the amount is not allowed (limit, balance or whole rupees)");
    case LocalProblem::OtpCooldown:
        return QCoreApplication::translate("CliText", "wait before asking for a new OTP");
    case LocalProblem::SenderHasOpenTransfer:
        return QCoreApplication::translate(
                   "CliText",
                   "the customer has a transfer whose result is not known yet (%1); inquire it first")
            .arg(p.openTransferRef);
    case LocalProblem::JournalUnavailable:
        return journalError(p.journalError);
    case LocalProblem::RefundAlreadyClaimed:
        return QCoreApplication::translate(
            "CliText", "a refund for this transfer was already sent from another window or counter; nothing "
                       "more was sent");
    case LocalProblem::InvalidAadhaar:
        return QCoreApplication::translate("CliText", "the Aadhaar number is not valid: %1")
            .arg(aadhaarError(p.aadhaarError));
    case LocalProblem::InvalidPan:
        return QCoreApplication::translate("CliText", "the PAN is not valid: %1").arg(panError(p.panError));
    case LocalProblem::ConsentNotShown:
        return QCoreApplication::translate("CliText", "the customer has not been shown the consent yet");
    case LocalProblem::NameCheckNotOffered:
        return QCoreApplication::translate(
            "CliText", "Eko cannot check names at this bank; nothing was sent and no fee was charged");
    case LocalProblem::BankNameNotConfirmed:
        return QCoreApplication::translate(
            "CliText", "the bank's name for this account differs from --name and was not confirmed");
    case LocalProblem::NotNow:
        return QCoreApplication::translate("CliText", "not possible at this step");
    }
    return {};
}

} // namespace counterdesk::cli
