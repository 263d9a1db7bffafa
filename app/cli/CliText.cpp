#include "cli/CliText.h"

#include <QCoreApplication>

namespace counterdesk::cli {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("counterdesk::cli::CliText", text);
}
} // namespace

QString CliText::profileError(const profile::ProfileFileLoad& load, const QString& file)
{
    using profile::ProfileFileError;
    QString what;
    switch (load.error) {
    case ProfileFileError::None:
        return {};
    case ProfileFileError::FileUnreadable:
        what = tr("the file cannot be read");
        break;
    case ProfileFileError::NotUtf8:
        what = tr("the file is not UTF-8 text");
        break;
    case ProfileFileError::MissingEquals:
        what = tr("expected \"key = value\", a [section] or a comment");
        break;
    case ProfileFileError::UnknownSection:
        what = tr("unknown section \"[%1]\"; only [profile] is allowed").arg(load.key);
        break;
    case ProfileFileError::KeyOutsideSection:
        what = tr("%1 comes before the [profile] line").arg(load.key);
        break;
    case ProfileFileError::UnknownKey:
        what = tr("unknown key %1").arg(load.key);
        break;
    case ProfileFileError::DuplicateKey:
        what = tr("%1 is given twice").arg(load.key);
        break;
    case ProfileFileError::SecretInFile:
        what = tr("%1 must not be in a profile file; keys live in the keychain or in "
                  "COUNTERDESK_DEVELOPER_KEY / COUNTERDESK_ACCESS_KEY")
                   .arg(load.key);
        break;
    case ProfileFileError::EmptyValue:
        what = tr("%1 has no value").arg(load.key);
        break;
    case ProfileFileError::BadUrl:
        what = tr("base_url must be an absolute https:// URL");
        break;
    case ProfileFileError::InsecureUrl:
        what = tr("base_url must use https:// (plain http is allowed only for this computer, 127.0.0.1)");
        break;
    case ProfileFileError::BadTimeout:
        what = tr("timeout_s must be a whole number of seconds from 1 to 300");
        break;
    case ProfileFileError::BadInitiatorId:
        what = tr("initiator_id must be the 10-digit registered mobile");
        break;
    case ProfileFileError::BadUserCode:
        what = tr("user_code must be 1 to 20 letters or digits");
        break;
    case ProfileFileError::BadLatlong:
        what = tr("latlong must look like 28.63,77.22");
        break;
    case ProfileFileError::BadRail:
        what = tr("rail must be digikhata or levin");
        break;
    case ProfileFileError::BadEndpoints:
        what = tr("the endpoint table in endpoints is not usable (%1)").arg(load.detail);
        break;
    case ProfileFileError::MissingSection:
        what = tr("there is no [profile] section");
        break;
    case ProfileFileError::MissingKey:
        what = tr("%1 is missing").arg(load.key);
        break;
    }
    if (load.line > 0)
        return tr("%1: line %2: %3").arg(file).arg(load.line).arg(what);
    return tr("%1: %2").arg(file, what);
}

QString CliText::configError(profile::ClientConfigError error)
{
    using profile::ClientConfigError;
    switch (error) {
    case ClientConfigError::None:
        return {};
    case ClientConfigError::NoBaseUrl:
        return tr("the profile has no base URL");
    case ClientConfigError::InsecureUrl:
        return tr("refusing plain http:// to a host other than this computer: use https://");
    case ClientConfigError::BadEndpointsFile:
        return tr("the endpoint table file of the profile is not usable");
    case ClientConfigError::NoCredentials:
        return tr("no developer key or access key for this profile: set COUNTERDESK_DEVELOPER_KEY and "
                  "COUNTERDESK_ACCESS_KEY, or save them in CounterDesk's settings (kept in the keychain)");
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
        return tr("the journal is not open");
    case JournalError::CannotOpen:
        return tr("the journal cannot be opened (check --data-dir and its permissions)");
    case JournalError::DiskFull:
        return tr("the disk is full");
    case JournalError::Locked:
        return tr("the journal is busy in another program; try again");
    case JournalError::Corrupt:
        return tr("the journal is damaged: stop and call support");
    case JournalError::ReadOnly:
        return tr("the journal is read-only");
    case JournalError::IoError:
        return tr("the computer refused to read or write the journal");
    case JournalError::NewerSchema:
        return tr("the journal was written by a newer CounterDesk");
    case JournalError::MigrationFailed:
        return tr("the journal could not be upgraded; it is unchanged");
    case JournalError::DuplicateRef:
        return tr("this reference was used before");
    case JournalError::SenderBusy:
        return tr("the customer has a transfer whose result is not known yet");
    case JournalError::IllegalTransition:
        return tr("the journal refused this change of state");
    case JournalError::NotFound:
        return tr("no transfer with this reference in the journal");
    case JournalError::InvalidInput:
        return tr("a value is missing or malformed");
    case JournalError::Other:
        return tr("the journal failed");
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
        return tr("the customer is not enrolled for this wallet; enrol in CounterDesk first");
    case Reason::AadhaarPending:
        return tr("the customer's Aadhaar KYC is pending");
    case Reason::PanRequired:
        return tr("the customer's PAN is required");
    case Reason::WrongOtp:
        return tr("wrong OTP");
    case Reason::OtpExpired:
        return tr("the OTP has expired");
    case Reason::InvalidOtp:
        return tr("invalid OTP");
    case Reason::InsufficientBalance:
        return tr("not enough balance in the wallet");
    case Reason::LimitExhausted:
        return tr("the customer's limit is used up");
    case Reason::RecipientAlreadyAdded:
        return tr("the recipient is already added");
    case Reason::MaxRecipients:
        return tr("the customer has the most recipients allowed");
    case Reason::UserNotFound:
        return tr("Eko does not know this customer");
    case Reason::TransactionNotFound:
        return tr("Eko does not know this transaction (yet)");
    case Reason::TransactionInProgress:
        return tr("the transaction is still in progress");
    case Reason::AgentNotAllowed:
        return tr("this service is not active for the agent's user code");
    case Reason::InvalidParameters:
        return tr("Eko says some values are invalid");
    case Reason::TryLater:
        return tr("Eko asks to try again after some time");
    case Reason::TransactionFailed:
        return tr("the transaction failed");
    case Reason::EkoError:
        return tr("Eko refused the request");
    case Reason::Timeout:
        return tr("no answer in time");
    case Reason::ConnectionFailed:
        return tr("cannot connect to the server");
    case Reason::ConnectionClosed:
        return tr("the connection closed before a full answer");
    case Reason::TlsError:
        return tr("the secure connection failed (certificate or TLS)");
    case Reason::InsecureUrl:
        return tr("refusing plain http:// to a host other than this computer");
    case Reason::HttpForbidden:
        return tr("Eko answered 403 Forbidden (see check-connection)");
    case Reason::HttpClientError:
        return tr("Eko refused the request (HTTP 4xx)");
    case Reason::HttpTooManyRequests:
        return tr("too many requests; wait a little");
    case Reason::HttpServerError:
        return tr("Eko's server had an error (HTTP 5xx)");
    case Reason::HttpUnexpected:
        return tr("unexpected HTTP answer");
    case Reason::UnparseableResponse:
        return tr("the answer could not be read");
    case Reason::InvalidRequest:
        return tr("a required value is missing or malformed");
    case Reason::EndpointMissing:
        return tr("the endpoint table has no entry for this call");
    case Reason::Aborted:
        return tr("stopped");
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
        return p.ekoMessage.isEmpty() ? reason(p.reason)
                                      : tr("%1 (Eko: %2)").arg(reason(p.reason), p.ekoMessage);
    case transfer::TransferProblem::Source::Journal:
        return journalError(p.journalError);
    case transfer::TransferProblem::Source::Local:
        break;
    }
    switch (p.local) {
    case LocalProblem::None:
        return {};
    case LocalProblem::InvalidMobile:
        return tr("the mobile number must be 10 digits starting with 6-9");
    case LocalProblem::OtpFormat:
        return tr("an OTP is 4 to 8 digits");
    case LocalProblem::InvalidName:
        return tr("a name is missing");
    case LocalProblem::InvalidDateOfBirth:
        return tr("invalid date of birth");
    case LocalProblem::InvalidAddress:
        return tr("the address is missing");
    case LocalProblem::InvalidAccount:
        return tr("the account number must be 9 to 18 digits");
    case LocalProblem::AccountMismatch:
        return tr("the two account numbers differ");
    case LocalProblem::InvalidIfsc:
        return tr("invalid IFSC");
    case LocalProblem::InvalidRecipientMobile:
        return tr("invalid recipient mobile");
    case LocalProblem::RecipientMobileIsSender:
        return tr("the recipient's mobile is the sender's");
    case LocalProblem::InvalidBank:
        return tr("no bank chosen");
    case LocalProblem::UnknownRecipient:
        return tr("the customer has no recipient with this id");
    case LocalProblem::AmountRejected:
        return tr("the amount is not allowed (limit, balance or whole rupees)");
    case LocalProblem::OtpCooldown:
        return tr("wait before asking for a new OTP");
    case LocalProblem::SenderHasOpenTransfer:
        return tr("the customer has a transfer whose result is not known yet (%1); inquire it first")
            .arg(p.openTransferRef);
    case LocalProblem::JournalUnavailable:
        return journalError(p.journalError);
    case LocalProblem::NotNow:
        return tr("not possible at this step");
    }
    return {};
}

} // namespace counterdesk::cli
