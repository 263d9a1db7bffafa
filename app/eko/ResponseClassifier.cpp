#include "eko/ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <initializer_list>

namespace counterdesk::eko {

namespace {

// ------------------------------------------------------------------------
// THE classification table (REFERENCE.md §3.3-§3.5). First matching row
// wins. Rows keyed on response_type_id are tried before rows keyed on status
// because status repeats the rtid on successes (2129, 2133) and cannot be
// trusted alone. tx_status, field errors and rsid -2 are decided before this
// table (see classifyEnvelope), because they outrank any code.
// ------------------------------------------------------------------------

enum class Key { ResponseType, Status };
constexpr int kAnyRsid = -1000;

constexpr unsigned bit(Call c)
{
    return 1u << static_cast<unsigned>(c);
}
constexpr unsigned kAllCalls = (1u << kCallCount) - 1;
static_assert(kCallCount <= 32, "a Row's call mask is 32 bits");
constexpr unsigned kSenderOtpCalls = bit(Call::GetSender) | bit(Call::OnboardSender) |
                                     bit(Call::ResendSenderOtp) | bit(Call::SenderAadhaarOtp);
constexpr unsigned kKycStepCalls =
    bit(Call::SenderAadhaarOtp) | bit(Call::VerifySenderAadhaarOtp) | bit(Call::ValidateSenderPan);
constexpr unsigned kTxnOtpCalls = bit(Call::SendTransactionOtp) | bit(Call::RefundOtp);
constexpr unsigned kBankCalls = bit(Call::GetIfscDetails) | bit(Call::GetBankDetails);

struct Row
{
    Key key;
    int code;
    unsigned calls; // bit(Call) mask
    int rsid;       // required response_status_id, or kAnyRsid
    Outcome outcome;
    Reason reason;
};

constexpr std::array kTable = {
    // --- response_type_id: successes that look like errors, and next steps
    Row{Key::ResponseType, 2129, kSenderOtpCalls, kAnyRsid, Outcome::Success, Reason::None}, // OTP sent
    Row{Key::ResponseType, 2133, kTxnOtpCalls, kAnyRsid, Outcome::Success, Reason::None},    // OTP sent
    Row{Key::ResponseType, 300, bit(Call::OnboardSender), kAnyRsid, Outcome::Success,
        Reason::None}, // wallet opened
    Row{Key::ResponseType, 309, bit(Call::VerifySenderOtp), kAnyRsid, Outcome::Success, Reason::None},
    // KYC (REFERENCE.md §1.1 rows 5-9, §1.2 rows 4-6). The Aadhaar OTP check
    // succeeds with "Pan Number Required": the reason names the next step.
    // PAN ends with 309 and a profile (DigiKhata, EPS-SPEC) or 2132 "Customer
    // Registration Completed" (Levin, LEGACY-MD), with or without one.
    Row{Key::ResponseType, 2444, bit(Call::GetConsentLanguages), kAnyRsid, Outcome::Success, Reason::None},
    Row{Key::ResponseType, 2446, bit(Call::GetConsentDetails), kAnyRsid, Outcome::Success, Reason::None},
    Row{Key::ResponseType, 2147, bit(Call::VerifySenderAadhaarOtp), kAnyRsid, Outcome::Success,
        Reason::PanRequired},
    Row{Key::ResponseType, 309, bit(Call::VerifySenderAadhaarOtp) | bit(Call::ValidateSenderPan), kAnyRsid,
        Outcome::Success, Reason::None},
    Row{Key::ResponseType, 2132, bit(Call::ValidateSenderPan), kAnyRsid, Outcome::Success, Reason::None},
    // Levin's "Adhar Validation Failed": the number, not an OTP, was refused.
    Row{Key::ResponseType, 2138, bit(Call::SenderAadhaarOtp), kAnyRsid, Outcome::Failed,
        Reason::AadhaarRejected},
    Row{Key::ResponseType, 23, bit(Call::GetRecipients), kAnyRsid, Outcome::Success, Reason::None},
    Row{Key::ResponseType, 22, bit(Call::GetRecipients), kAnyRsid, Outcome::Success,
        Reason::None}, // none yet
    Row{Key::ResponseType, 43, bit(Call::AddRecipient) | bit(Call::RecipientBankOtp), kAnyRsid,
        Outcome::Success, Reason::None},
    Row{Key::ResponseType, 1741, bit(Call::RecipientBankOtp), kAnyRsid, Outcome::Success, Reason::None},
    // 2131 means "Validate OTP" (success) with rsid 0 and "failed" otherwise.
    Row{Key::ResponseType, 2131, bit(Call::VerifyRecipientBankOtp), 0, Outcome::Success, Reason::None},
    Row{Key::ResponseType, 2131, kAllCalls, kAnyRsid, Outcome::Failed, Reason::WrongOtp},
    Row{Key::ResponseType, 74, bit(Call::Refund), kAnyRsid, Outcome::Success, Reason::None}, // refund done
    Row{Key::ResponseType, 308, kAllCalls, kAnyRsid, Outcome::ActionRequired, Reason::NotEnrolled},
    Row{Key::ResponseType, 2136, kAllCalls, kAnyRsid, Outcome::ActionRequired, Reason::AadhaarPending},
    Row{Key::ResponseType, 2147, kAllCalls, kAnyRsid, Outcome::ActionRequired, Reason::PanRequired},
    Row{Key::ResponseType, 2138, kAllCalls, kAnyRsid, Outcome::Failed, Reason::InvalidOtp},
    Row{Key::ResponseType, 2148, kAllCalls, kAnyRsid, Outcome::Failed, Reason::RecipientAlreadyAdded},
    // Bank look-ups: 414 "Found bank Details for given Ifsc", 466 the bank's;
    // 467 "Please provide valid bank details" (unknown or malformed).
    Row{Key::ResponseType, 414, bit(Call::GetIfscDetails), kAnyRsid, Outcome::Success, Reason::None},
    Row{Key::ResponseType, 466, bit(Call::GetBankDetails), kAnyRsid, Outcome::Success, Reason::None},
    Row{Key::ResponseType, 467, kBankCalls, kAnyRsid, Outcome::Failed, Reason::InvalidBankDetails},
    // The bank-account check (developers.eko.in verify-bank-account, LEGACY-MD):
    // 61 "Success! Account details found" (a name, or none: see parseHolder),
    // 1796 "verification not available for this bank", and 350 "Verification
    // failed, recipient name not found" (REFERENCE.md §3.3).
    Row{Key::ResponseType, 61, bit(Call::VerifyBankAccount), kAnyRsid, Outcome::Success, Reason::None},
    Row{Key::ResponseType, 1796, bit(Call::VerifyBankAccount), kAnyRsid, Outcome::Failed,
        Reason::NameCheckUnavailable},
    Row{Key::ResponseType, 350, bit(Call::VerifyBankAccount), kAnyRsid, Outcome::Failed,
        Reason::AccountNameNotFound},
    // --- status: business errors (§3.3)
    Row{Key::Status, 302, kAllCalls, kAnyRsid, Outcome::Failed, Reason::WrongOtp},
    Row{Key::Status, 303, kAllCalls, kAnyRsid, Outcome::Failed, Reason::OtpExpired},
    Row{Key::Status, 2138, bit(Call::SenderAadhaarOtp), kAnyRsid, Outcome::Failed, Reason::AadhaarRejected},
    Row{Key::Status, 2138, kAllCalls, kAnyRsid, Outcome::Failed, Reason::InvalidOtp},
    Row{Key::Status, 585, kKycStepCalls, kAnyRsid, Outcome::Failed, Reason::KycAlreadyDone},
    Row{Key::Status, 347, kAllCalls, kAnyRsid, Outcome::Failed, Reason::InsufficientBalance},
    Row{Key::Status, 945, kAllCalls, kAnyRsid, Outcome::Failed, Reason::LimitExhausted},
    Row{Key::Status, 314, kAllCalls, kAnyRsid, Outcome::Failed, Reason::LimitExhausted},
    Row{Key::Status, 308, kAllCalls, kAnyRsid, Outcome::ActionRequired, Reason::NotEnrolled},
    Row{Key::Status, 2136, kAllCalls, kAnyRsid, Outcome::ActionRequired, Reason::AadhaarPending},
    Row{Key::Status, 2147, kAllCalls, kAnyRsid, Outcome::ActionRequired, Reason::PanRequired},
    Row{Key::Status, 2148, kAllCalls, kAnyRsid, Outcome::Failed, Reason::RecipientAlreadyAdded},
    Row{Key::Status, 342, kAllCalls, kAnyRsid, Outcome::Failed, Reason::RecipientAlreadyAdded},
    Row{Key::Status, 39, kAllCalls, kAnyRsid, Outcome::Failed, Reason::MaxRecipients},
    Row{Key::Status, 463, kAllCalls, kAnyRsid, Outcome::Failed, Reason::UserNotFound},
    Row{Key::Status, 168, kAllCalls, kAnyRsid, Outcome::Failed, Reason::TransactionNotFound},
    Row{Key::Status, 346, kAllCalls, kAnyRsid, Outcome::Failed, Reason::AgentNotAllowed},
    Row{Key::Status, 1297, kAllCalls, kAnyRsid, Outcome::Failed, Reason::AgentNotAllowed},
    Row{Key::Status, 97, kAllCalls, kAnyRsid, Outcome::Failed, Reason::InvalidParameters},
    Row{Key::Status, 467, kBankCalls, kAnyRsid, Outcome::Failed, Reason::InvalidBankDetails},
    Row{Key::Status, 350, bit(Call::VerifyBankAccount), kAnyRsid, Outcome::Failed,
        Reason::AccountNameNotFound},
    Row{Key::Status, 1796, bit(Call::VerifyBankAccount), kAnyRsid, Outcome::Failed,
        Reason::NameCheckUnavailable},
    // 461 is "try after some time" (OTP cool-down, lockout). Not for money
    // calls: there an unexplained refusal is inquired, never assumed failed.
    Row{Key::Status, 461, kAllCalls & ~(bit(Call::InitiateTransaction) | bit(Call::Refund)), kAnyRsid,
        Outcome::Failed, Reason::TryLater},
};

const Row* findRow(Key key, int code, Call call, std::optional<int> rsid)
{
    for (const Row& row : kTable) {
        if (row.key != key || row.code != code || (row.calls & bit(call)) == 0)
            continue;
        if (row.rsid != kAnyRsid && rsid != row.rsid)
            continue;
        return &row;
    }
    return nullptr;
}

// Eko sends its ids as numbers or as strings ("0", "2133") depending on the
// endpoint and generation; both mean the same.
std::optional<int> intField(const QJsonValue& v)
{
    if (v.isDouble()) {
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (static_cast<double>(i) != v.toDouble() || i < std::numeric_limits<int>::min() ||
            i > std::numeric_limits<int>::max())
            return std::nullopt;
        return static_cast<int>(i);
    }
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().trimmed().toInt(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

std::optional<qint64> int64Field(const QJsonValue& v)
{
    if (v.isDouble()) {
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (i == std::numeric_limits<qint64>::min() || static_cast<double>(i) != v.toDouble())
            return std::nullopt;
        return i;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

// Text of an id-like field: "4202888", 4202888 and null all read naturally.
QString textField(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        if (const auto i = int64Field(v))
            return QString::number(*i);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

bool flagField(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool();
    const QString t = textField(v);
    return t == u"1" || t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

std::optional<Money> moneyField(const QJsonValue& v, Money::Sign sign = Money::Sign::NonNegativeOnly)
{
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    const MoneyParseResult parsed = Money::fromJson(v, sign);
    return parsed.value;
}

QMap<QString, QString> fieldErrors(const QJsonObject& root)
{
    QMap<QString, QString> errors;
    // The docs use both spellings (REFERENCE.md §3.1); accept either, at the
    // top level or inside data.
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    for (const QJsonObject& holder : {root, data}) {
        for (const char* name : {"invalid_params", "invalid_parameters"}) {
            const QJsonValue v = holder.value(QLatin1String(name));
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    errors.insert(it.key(),
                                  it.value().isString() ? it.value().toString() : textField(it.value()));
            } else if (v.isArray()) {
                for (const QJsonValue& item : v.toArray())
                    errors.insert(textField(item), QString());
            }
        }
    }
    return errors;
}

SenderProfile parseSender(const QJsonObject& data)
{
    const QJsonObject profile = data.value(QLatin1String("customer_profile")).toObject();
    // Fields sit in customer_profile, at the top of data, or both.
    auto pick = [&](const char* name) {
        const QJsonValue inProfile = profile.value(QLatin1String(name));
        return inProfile.isUndefined() || inProfile.isNull() ? data.value(QLatin1String(name)) : inProfile;
    };
    SenderProfile s;
    s.name = textField(pick("name"));
    if (s.name.isEmpty())
        s.name = textField(data.value(QLatin1String("sender_name")));
    s.mobile = textField(pick("mobile"));
    s.balance = moneyField(pick("balance"), Money::Sign::AllowNegative);
    s.totalMonthlyLimit = moneyField(pick("total_monthly_limit"));
    s.nextAllowedLimit = moneyField(pick("next_allowed_limit"));
    s.kycState = textField(pick("kyc_state"));
    s.walletToken = textField(pick("wallet_token"));
    s.walletId = textField(pick("wallet_id"));
    return s;
}

Recipient parseRecipient(const QJsonObject& o)
{
    Recipient r;
    r.recipientId = int64Field(o.value(QLatin1String("recipient_id"))).value_or(0);
    r.name = textField(o.value(QLatin1String("recipient_name")));
    r.mobile = textField(o.value(QLatin1String("recipient_mobile")));
    r.bank = textField(o.value(QLatin1String("bank")));
    r.account = textField(o.value(QLatin1String("account")));
    r.ifsc = textField(o.value(QLatin1String("ifsc")));
    r.beneficiaryId = textField(o.value(QLatin1String("beneficiary_id")));
    r.channel = textField(o.value(QLatin1String("channel")));
    r.availableChannel = textField(o.value(QLatin1String("available_channel")));
    r.allowedChannel = textField(o.value(QLatin1String("allowed_channel")));
    r.isVerified = flagField(o.value(QLatin1String("is_verified")));
    r.isOtpRequired = flagField(o.value(QLatin1String("is_otp_required")));
    return r;
}

// Get IFSC Details names the bank `bank`, Get Bank Details `name`.
BankDetails parseBank(const QJsonObject& d)
{
    BankDetails b;
    b.bankId = int64Field(d.value(QLatin1String("bank_id"))).value_or(0);
    b.bank = textField(d.value(QLatin1String("bank")));
    if (b.bank.isEmpty())
        b.bank = textField(d.value(QLatin1String("name")));
    b.code = textField(d.value(QLatin1String("code")));
    b.ifsc = textField(d.value(QLatin1String("ifsc")));
    b.branch = textField(d.value(QLatin1String("branch")));
    b.ifscStatus = textField(d.value(QLatin1String("ifsc_status")));
    b.availableChannels = textField(d.value(QLatin1String("available_channels")));
    b.verificationAvailable = flagField(d.value(QLatin1String("isverificationavailable")));
    return b;
}

// The bank's name for the account. The DMT answer names it recipient_name,
// EPS's name_at_bank. Eko's own sample of a 61 carries "Unknown" with "The
// bank did not share the recipient name this time": that names nobody, so it
// is AccountNameNotFound like a 350. The fee is kept either way: it was
// charged (Eko's verification_failure_refund says whether it comes back).
void parseHolder(Result& r)
{
    const QJsonObject& d = r.data;
    AccountHolder holder;
    holder.name = textField(d.value(QLatin1String("recipient_name"))).simplified();
    if (holder.name.isEmpty())
        holder.name = textField(d.value(QLatin1String("name_at_bank"))).simplified();
    holder.fee = moneyField(d.value(QLatin1String("fee")));
    holder.tid = textField(d.value(QLatin1String("tid")));
    holder.bank = textField(d.value(QLatin1String("bank")));
    const bool named =
        !holder.name.isEmpty() && holder.name.compare(QLatin1String("Unknown"), Qt::CaseInsensitive) != 0;
    if (!named)
        holder.name.clear();
    if (r.outcome == Outcome::Success && !named) {
        r.outcome = Outcome::Failed;
        r.reason = Reason::AccountNameNotFound;
    }
    if (r.outcome == Outcome::Success || !d.isEmpty())
        r.holder = holder;
}

// A list without one usable language answers nothing: the customer cannot
// be shown a consent, so it is not a success.
void parseConsentLanguages(Result& r)
{
    for (const QJsonValue& v : r.data.value(QLatin1String("consent_language_list")).toArray()) {
        const QJsonObject o = v.toObject();
        ConsentLanguage language;
        language.id = intField(o.value(QLatin1String("pkid"))).value_or(0);
        language.name = textField(o.value(QLatin1String("consentLanguage"))).trimmed();
        if (language.id > 0 && !language.name.isEmpty())
            r.consentLanguages.append(language);
    }
    if (r.consentLanguages.isEmpty()) {
        r.outcome = Outcome::Failed;
        r.reason = Reason::EkoError;
    }
}

// Without a text there is nothing the customer could agree to.
void parseConsent(Result& r)
{
    const QJsonObject o = r.data.value(QLatin1String("consent_detail")).toObject();
    ConsentText consent;
    consent.consentId = intField(o.value(QLatin1String("consentId"))).value_or(0);
    consent.language = textField(o.value(QLatin1String("consentLanguage")));
    consent.text = textField(o.value(QLatin1String("consentContent"))).trimmed();
    consent.audioUrl = textField(o.value(QLatin1String("audioUrl"))).trimmed();
    if (consent.text.isEmpty()) {
        r.outcome = Outcome::Failed;
        r.reason = Reason::EkoError;
        return;
    }
    r.consent = consent;
}

Transaction parseTransaction(const QJsonObject& d)
{
    Transaction t;
    t.tid = textField(d.value(QLatin1String("tid")));
    t.clientRefId = textField(d.value(QLatin1String("client_ref_id")));
    t.txStatus = intField(d.value(QLatin1String("tx_status")));
    t.txStatusDesc = textField(d.value(QLatin1String("txstatus_desc")));
    t.bankRefNum = textField(d.value(QLatin1String("bank_ref_num")));
    if (t.bankRefNum.isEmpty())
        t.bankRefNum = textField(d.value(QLatin1String("utrnumber")));
    t.amount = moneyField(d.value(QLatin1String("amount")));
    t.fee = moneyField(d.value(QLatin1String("fee")));
    t.collectableAmount = moneyField(d.value(QLatin1String("collectable_amount")));
    t.balance = moneyField(d.value(QLatin1String("balance")), Money::Sign::AllowNegative);
    t.channel = textField(d.value(QLatin1String("channel")));
    t.channelDesc = textField(d.value(QLatin1String("channel_desc")));
    if (t.channelDesc.isEmpty())
        t.channelDesc = textField(d.value(QLatin1String("payment_mode")));
    t.recipientName = textField(d.value(QLatin1String("recipient_name")));
    t.recipientId = int64Field(d.value(QLatin1String("recipient_id")));
    t.account = textField(d.value(QLatin1String("account")));
    t.bank = textField(d.value(QLatin1String("bank")));
    t.customerId = textField(d.value(QLatin1String("customer_id")));
    t.timestamp = textField(d.value(QLatin1String("timestamp")));
    return t;
}

void parsePayload(Result& r)
{
    const QJsonObject& d = r.data;
    r.otpRefId = textField(d.value(QLatin1String("otp_ref_id")));
    switch (r.call) {
    case Call::OnboardSender:
        r.walletOpened = r.responseTypeId == 300;
        break;
    case Call::VerifySenderOtp:
        if (r.outcome == Outcome::Success || r.outcome == Outcome::ActionRequired)
            r.sender = parseSender(d);
        break;
    case Call::GetRecipients:
        for (const QJsonValue& v : d.value(QLatin1String("recipient_list")).toArray())
            r.recipients.append(parseRecipient(v.toObject()));
        break;
    case Call::AddRecipient:
        r.recipientId = int64Field(d.value(QLatin1String("recipient_id")));
        break;
    case Call::RecipientBankOtp:
        r.beneficiaryId = textField(d.value(QLatin1String("beneficiary_id")));
        break;
    case Call::InitiateTransaction:
    case Call::TransactionInquiry:
        if (!d.isEmpty())
            r.transaction = parseTransaction(d);
        break;
    case Call::Refund:
        if (!d.isEmpty()) {
            r.transaction = parseTransaction(d);
            RefundInfo info;
            info.refundTid = textField(d.value(QLatin1String("refund_tid")));
            info.refundedAmount = moneyField(d.value(QLatin1String("refunded_amount")));
            info.amount = moneyField(d.value(QLatin1String("amount")));
            info.fee = moneyField(d.value(QLatin1String("fee")));
            info.balance = moneyField(d.value(QLatin1String("balance")), Money::Sign::AllowNegative);
            r.refund = info;
        }
        break;
    case Call::GetIfscDetails:
    case Call::GetBankDetails:
        if (r.outcome == Outcome::Success) {
            r.bank = parseBank(d);
            // Add Recipient needs Eko's bank_id; a "success" without one
            // answers nothing and must not become a guess.
            if (r.bank->bankId <= 0) {
                r.bank.reset();
                r.outcome = Outcome::Failed;
                r.reason = Reason::EkoError;
            }
        }
        break;
    case Call::GetConsentLanguages:
        if (r.outcome == Outcome::Success)
            parseConsentLanguages(r);
        break;
    case Call::GetConsentDetails:
        if (r.outcome == Outcome::Success)
            parseConsent(r);
        break;
    case Call::SenderAadhaarOtp:
        // Eko answers this OTP as 2129/rsid 1 or 0/0 (REFERENCE.md §3.4):
        // either way only an otp_ref_id makes it a usable success.
        if (r.outcome == Outcome::Success && r.otpRefId.isEmpty()) {
            r.outcome = Outcome::Failed;
            r.reason = Reason::EkoError;
        }
        break;
    case Call::VerifySenderAadhaarOtp:
    case Call::ValidateSenderPan:
        // A profile, when the answer carries one, holds the new limits.
        if (r.outcome == Outcome::Success && (r.data.contains(QLatin1String("customer_profile")) ||
                                              r.data.contains(QLatin1String("next_allowed_limit"))))
            r.sender = parseSender(d);
        break;
    case Call::VerifyBankAccount:
        if (r.outcome == Outcome::Success || r.reason == Reason::AccountNameNotFound)
            parseHolder(r);
        break;
    case Call::GetSender:
    case Call::ResendSenderOtp:
    case Call::VerifyRecipientBankOtp:
    case Call::SendTransactionOtp:
    case Call::RefundOtp:
        break;
    }
}

// A 4xx whose envelope names a business refusal of the table (a failure or a
// step the sender must take): Eko read the request and refused it, so it
// did not act. A "success" row on a 4xx contradicts itself and proves
// nothing, and so does a code the table does not know.
const Row* refusalRow(const Result& r)
{
    if (r.responseTypeId) {
        const Row* row = findRow(Key::ResponseType, *r.responseTypeId, r.call, r.responseStatusId);
        if (row && row->outcome != Outcome::Success)
            return row;
    }
    if (r.ekoStatus && *r.ekoStatus != 0) {
        const Row* row = findRow(Key::Status, *r.ekoStatus, r.call, r.responseStatusId);
        if (row && row->outcome != Outcome::Success)
            return row;
    }
    return nullptr;
}

// HTTP 4xx other than 403 and 429. Only Eko's own JSON refusal is decisive;
// a 408 from a load balancer, a proxy's HTML 404, a 405/415 or a JSON
// nobody can read does not say whether Eko acted (DESIGN.md "What an error
// answer proves").
void classifyClientError(Result& r, bool isEnvelope)
{
    if (isEnvelope && !r.fieldErrors.isEmpty()) {
        r.outcome = Outcome::Failed;
        r.reason = Reason::InvalidParameters;
        return;
    }
    if (const Row* row = isEnvelope ? refusalRow(r) : nullptr) {
        r.outcome = row->outcome;
        r.reason = row->reason;
        return;
    }
    r.outcome = Outcome::Unknown;
    r.reason = Reason::HttpClientError;
}

// The envelope was read; decide. Order matters and is the whole policy.
void classifyEnvelope(Result& r, const QJsonObject& root)
{
    const Call call = r.call;
    r.fieldErrors = fieldErrors(root);
    if (!r.fieldErrors.isEmpty()) {
        r.outcome = Outcome::Failed;
        r.reason = Reason::InvalidParameters;
        return;
    }
    if (r.responseStatusId == -2) {
        r.outcome = Outcome::Failed;
        r.reason = Reason::TransactionInProgress;
        return;
    }

    // Money answers: tx_status is the truth (§3.5), whatever status says.
    const std::optional<int> txStatus = intField(r.data.value(QLatin1String("tx_status")));
    if (isFinancialShape(call) && txStatus) {
        r.outcome = ResponseClassifier::outcomeForTxStatus(*txStatus);
        if (call == Call::Refund && r.outcome == Outcome::Refunded)
            r.outcome = Outcome::Success; // the refund call did what was asked
        if (r.outcome == Outcome::Failed) {
            const Row* row =
                r.ekoStatus ? findRow(Key::Status, *r.ekoStatus, call, r.responseStatusId) : nullptr;
            r.reason = row ? row->reason : Reason::TransactionFailed;
        }
        return;
    }

    if (r.responseTypeId) {
        if (const Row* row = findRow(Key::ResponseType, *r.responseTypeId, call, r.responseStatusId)) {
            r.outcome = row->outcome;
            r.reason = row->reason;
            return;
        }
    }

    // A production answer "Validate the OTP" came with status 0 / rsid 0
    // instead of 2129 / 1 (§3.4): an otp_ref_id is the success signal.
    const bool sendsOtp = (bit(call) & (kSenderOtpCalls | kTxnOtpCalls | bit(Call::RecipientBankOtp))) != 0;
    if (sendsOtp && !textField(r.data.value(QLatin1String("otp_ref_id"))).isEmpty()) {
        r.outcome = Outcome::Success;
        return;
    }

    if (r.ekoStatus && *r.ekoStatus != 0) {
        if (const Row* row = findRow(Key::Status, *r.ekoStatus, call, r.responseStatusId)) {
            r.outcome = row->outcome;
            r.reason = row->reason;
            return;
        }
    }

    if (isFinancialShape(call)) {
        // No tx_status and no known code. Eko: "treat any unexpected status
        // as initiated and follow up with an inquiry" -- never as failed.
        switch (r.responseStatusId.value_or(kAnyRsid)) {
        case 3:
            r.outcome = Outcome::RefundPending;
            break;
        case 4:
            r.outcome = call == Call::Refund ? Outcome::Success : Outcome::Refunded;
            break;
        default:
            r.outcome = Outcome::Pending;
            r.reason = r.ekoStatus.value_or(0) == 0 ? Reason::None : Reason::EkoError;
            break;
        }
        return;
    }

    if (r.ekoStatus == 0 && (r.responseStatusId == 0 || r.responseStatusId == -1 || !r.responseStatusId)) {
        r.outcome = Outcome::Success;
        return;
    }
    r.outcome = Outcome::Failed;
    r.reason = Reason::EkoError;
}

} // namespace

Outcome ResponseClassifier::outcomeForTxStatus(int txStatus)
{
    switch (txStatus) {
    case 0:
        return Outcome::Success;
    case 1:
        return Outcome::Failed;
    case 3:
        return Outcome::RefundPending;
    case 4:
        return Outcome::Refunded;
    default:
        // 2 initiated/awaited, 5 hold, 6 awaited, and anything new: the DEV
        // pages say treat it as initiated and inquire until final.
        return Outcome::Pending;
    }
}

bool ResponseClassifier::isIndeterminate(const Result& result)
{
    if (result.outcome != Outcome::Unknown)
        return false;
    switch (result.reason) {
    case Reason::Timeout:
    case Reason::ConnectionFailed:
    case Reason::ConnectionClosed:
    case Reason::HttpForbidden:   // a 403 that is not Eko's own JSON refusal
    case Reason::HttpClientError: // a 4xx that is not Eko's own JSON refusal
    case Reason::HttpTooManyRequests:
    case Reason::HttpServerError:
    case Reason::HttpUnexpected:
    case Reason::UnparseableResponse:
        return true;
    default:
        return false;
    }
}

void ResponseClassifier::classifyAnswer(Result& r, int httpStatus, const QByteArray& body)
{
    r.httpStatus = httpStatus;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject root = doc.object();
    // An envelope has at least one of its three ids; an arbitrary JSON
    // object (a proxy's error page) is not one.
    const bool isEnvelope =
        error.error == QJsonParseError::NoError && doc.isObject() &&
        (root.contains(QLatin1String("status")) || root.contains(QLatin1String("response_status_id")) ||
         root.contains(QLatin1String("response_type_id")));
    if (isEnvelope) {
        r.ekoStatus = intField(root.value(QLatin1String("status")));
        r.responseStatusId = intField(root.value(QLatin1String("response_status_id")));
        r.responseTypeId = intField(root.value(QLatin1String("response_type_id")));
        r.message = root.value(QLatin1String("message")).toString();
        r.data = root.value(QLatin1String("data")).toObject();
    }

    if (httpStatus >= 200 && httpStatus < 300) {
        if (!isEnvelope) {
            r.outcome = Outcome::Unknown;
            r.reason = Reason::UnparseableResponse;
            return;
        }
        classifyEnvelope(r, root);
        parsePayload(r);
        return;
    }

    if (isEnvelope)
        r.fieldErrors = fieldErrors(root);
    if (httpStatus == 429) {
        r.outcome = Outcome::Unknown;
        r.reason = Reason::HttpTooManyRequests;
    } else if (httpStatus >= 500) {
        r.outcome = Outcome::Unknown;
        r.reason = Reason::HttpServerError;
    } else if (httpStatus == 403) {
        // Eko's own authentication 403 is a JSON envelope sent before any
        // processing: decisive. A proxy's HTML, an empty body or a JSON
        // without Eko's ids may come from anywhere on the way, even after
        // Eko acted: unknown.
        r.outcome = isEnvelope ? Outcome::Failed : Outcome::Unknown;
        r.reason = Reason::HttpForbidden;
        // counterdesk-gateway refuses a counter with the same envelope, so
        // the same rule holds (it refuses before doing anything); its
        // gateway_error only says which of the counter's credentials failed.
        if (isEnvelope)
            r.gatewayRefusal = gatewayRefusalFromName(root.value(QLatin1String("gateway_error")));
    } else if (httpStatus >= 400) {
        classifyClientError(r, isEnvelope);
    } else {
        // 1xx/3xx: not an answer we can read; redirects are not followed so
        // a money POST is never carried elsewhere.
        r.outcome = Outcome::Unknown;
        r.reason = Reason::HttpUnexpected;
    }
}

bool ResponseClassifier::isEkoAuthRefusal(const Result& result)
{
    // classifyAnswer gives Failed + HttpForbidden to exactly this case.
    return result.httpStatus == 403 && result.outcome == Outcome::Failed &&
           result.reason == Reason::HttpForbidden;
}

void ResponseClassifier::classifyNoAnswer(Result& r, Reason reason, const QString& detail)
{
    r.reason = reason;
    r.detail = detail;
    switch (reason) {
    case Reason::TlsError:
    case Reason::InsecureUrl:
    case Reason::InvalidRequest:
    case Reason::EndpointMissing:
        // Nothing left the machine (a TLS handshake fails before the request).
        r.outcome = Outcome::NotSent;
        break;
    default:
        r.outcome = Outcome::Unknown;
        break;
    }
}

} // namespace counterdesk::eko
