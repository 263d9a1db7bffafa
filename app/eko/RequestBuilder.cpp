#include "eko/RequestBuilder.h"

#include "domain/AadhaarNumber.h"
#include "domain/AsciiChar.h"
#include "domain/ClientRefId.h"
#include "domain/MobileNumber.h"
#include "domain/PanNumber.h"
#include "eko/RequestAuthenticator.h"
#include "eko/Signer.h"
#include "money/Ifsc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace counterdesk::eko {

namespace {

const QString kCustomerId = QStringLiteral("customer_id");
const QString kTid = QStringLiteral("tid");
const QString kReference = QStringLiteral("transaction_reference");

bool isDigits(const QString& s, qsizetype minLen, qsizetype maxLen)
{
    if (s.size() < minLen || s.size() > maxLen)
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Eko tids are digits; letters are allowed too so a future format does not
// lock a transfer out of inquiry, but nothing that would need escaping.
bool isTid(const QString& s)
{
    if (s.isEmpty() || s.size() > 40)
        return false;
    for (const QChar c : s) {
        if (!ascii::isLetterOrDigit(c))
            return false;
    }
    return true;
}

// The integer INR the API takes; refuses paise and non-positive amounts
// rather than rounding money.
std::optional<qint64> wholeRupees(const Money& amount)
{
    if (amount.paise() <= 0 || !amount.isWholeRupees())
        return std::nullopt;
    return amount.wholeRupees();
}

QString queryText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(v.toInteger());
}

WireRequest invalid(Call call, Rail rail, const QString& field)
{
    WireRequest wire;
    wire.call = call;
    wire.rail = rail;
    wire.error = Reason::InvalidRequest;
    wire.errorDetail = field;
    return wire;
}

// The Levin wallet as an optional value: the table says which calls carry it.
QJsonObject walletOf(const QString& walletToken)
{
    return {{QStringLiteral("wallet_token"), walletToken}};
}

// A request's own values, each checked as it goes in. The first value that
// fails its check names its field (never the value), and then nothing is
// sent: the builders below list what a call takes, the rules live here.
class CheckedParams
{
public:
    // customer_id: the sender's 10-digit mobile.
    CheckedParams& sender(const QString& mobile)
    {
        return put(MobileNumber::isCanonical(mobile), kCustomerId, mobile);
    }
    CheckedParams& recipient(qint64 recipientId)
    {
        return put(recipientId > 0, QStringLiteral("recipient_id"), recipientId);
    }
    // The OTP is a string: leading zeros matter.
    CheckedParams& otp(const QString& otp, const QString& otpRefId)
    {
        put(isDigits(otp, 4, 8), QStringLiteral("otp"), otp);
        return put(!otpRefId.isEmpty(), QStringLiteral("otp_ref_id"), otpRefId);
    }
    CheckedParams& amount(const Money& amount)
    {
        const std::optional<qint64> rupees = wholeRupees(amount);
        return put(rupees.has_value(), QStringLiteral("amount"), rupees.value_or(0));
    }
    CheckedParams& tid(const QString& tid) { return put(isTid(tid), kTid, tid); }
    // A reference the caller chose (and will look the request up by).
    CheckedParams& clientRef(const QString& ref)
    {
        return put(ClientRefId::isValid(ref), QStringLiteral("client_ref_id"), ref);
    }
    // The caller's reference when it gave one, else a fresh one.
    CheckedParams& clientRefOrNew(const QString& ref)
    {
        return clientRef(ref.isEmpty() ? ClientRefId::generate() : ref);
    }
    CheckedParams& put(bool valid, const QString& name, const QJsonValue& value)
    {
        if (!valid && m_badField.isEmpty())
            m_badField = name;
        m_values.insert(name, value);
        return *this;
    }

    bool ok() const { return m_badField.isEmpty(); }
    const QString& badField() const { return m_badField; }
    const QJsonObject& values() const { return m_values; }

private:
    QJsonObject m_values;
    QString m_badField;
};

} // namespace

RequestBuilder::RequestBuilder(const EndpointTable& table, const Credentials& credentials)
    : m_table(table)
    , m_credentials(credentials)
{}

QString RequestBuilder::isoTimestamp(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The one place a request meets its rail's rules. `params` are the values
// every rail sends for the call; `optional` the values only some (rail,
// call)s carry. The table's CallParams decide which optional values go, the
// names they go under and the constants added (service_code 80 ...). Then
// {tokens} go in the path and the rest in the query (GET) or the body
// (POST), the rule of REFERENCE.md §1.0. initiator_id and user_code are
// added here so no call to Eko can go without them (and none through a
// gateway with them).
static WireRequest assemble(const EndpointTable& table, const Credentials& credentials, Call call, Rail rail,
                            QJsonObject params, const QJsonObject& optional = {})
{
    WireRequest wire;
    wire.call = call;
    wire.rail = rail;
    const std::optional<Endpoint> endpoint = table.endpoint(rail, call);
    if (!endpoint || !table.baseUrl().isValid()) {
        wire.error = Reason::EndpointMissing;
        wire.errorDetail = railWireName(rail) + u'/' + callName(call);
        return wire;
    }
    // Through counterdesk-gateway the gateway sets both (it is the authority
    // for the Eko identity); a counter never names them.
    const bool namesIdentity = credentials.signedBy == SignedBy::EkoKeys;
    if (namesIdentity && (credentials.initiatorId.isEmpty() || credentials.userCode.isEmpty())) {
        wire.error = Reason::InvalidRequest;
        wire.errorDetail = QStringLiteral("initiator_id/user_code");
        return wire;
    }
    const CallParams rules = table.params(rail, call);
    for (const QString& name : rules.carries) {
        const QJsonValue value = optional.value(name);
        if (!value.isUndefined() && !(value.isString() && value.toString().isEmpty()))
            params.insert(name, value);
    }
    for (auto it = rules.wireNames.constBegin(); it != rules.wireNames.constEnd(); ++it) {
        if (!params.contains(it.key()))
            continue;
        // Two values under one name would send one of them silently.
        if (params.contains(it.value()))
            return invalid(call, rail, it.value());
        params.insert(it.value(), params.take(it.key()));
    }
    for (auto it = rules.constants.constBegin(); it != rules.constants.constEnd(); ++it) {
        // A constant never replaces a value of the request (an amount, an
        // account): such a table is refused rather than obeyed.
        if (params.contains(it.key()))
            return invalid(call, rail, it.key());
        params.insert(it.key(), it.value());
    }
    if (namesIdentity) {
        params.insert(QStringLiteral("initiator_id"), credentials.initiatorId);
        params.insert(QStringLiteral("user_code"), credentials.userCode);
    }

    QString path = endpoint->pathTemplate;
    for (const char* tokenName : kPathTokens) {
        const QString token = QLatin1String(tokenName);
        const QString placeholder = u'{' + token + u'}';
        if (!path.contains(placeholder))
            continue;
        const QString value = params.value(token).toString();
        if (value.isEmpty())
            return invalid(call, rail, token);
        path.replace(placeholder, value);
        params.remove(token);
    }
    // transaction_reference and tid only ever travel in the path.
    params.remove(kReference);

    wire.method = endpoint->method;
    wire.clientRefId = params.value(QStringLiteral("client_ref_id")).toString();
    QUrl url = table.baseUrl();
    url.setPath(url.path() + path);
    if (wire.isGet()) {
        QUrlQuery query;
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            query.addQueryItem(it.key(), queryText(it.value()));
        url.setQuery(query);
    } else {
        wire.body = params;
    }
    wire.url = url;
    return wire;
}

static WireRequest assemble(const EndpointTable& table, const Credentials& credentials, Call call, Rail rail,
                            const CheckedParams& checked, const QJsonObject& optional = {})
{
    if (!checked.ok())
        return invalid(call, rail, checked.badField());
    return assemble(table, credentials, call, rail, checked.values(), optional);
}

WireRequest RequestBuilder::build(const GetSenderRequest& r) const
{
    return assemble(m_table, m_credentials, Call::GetSender, r.rail, CheckedParams().sender(r.customerId));
}

WireRequest RequestBuilder::build(const OnboardSenderRequest& r) const
{
    CheckedParams p;
    p.sender(r.customerId)
        .put(!r.name.trimmed().isEmpty(), QStringLiteral("name"), r.name.trimmed())
        .put(r.dateOfBirth.isValid(), QStringLiteral("dob"),
             r.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd")))
        .put(!r.residenceAddress.isEmpty(), QStringLiteral("residence_address"),
             QJsonArray::fromStringList(r.residenceAddress))
        .clientRefOrNew({});
    return assemble(m_table, m_credentials, Call::OnboardSender, r.rail, p);
}

WireRequest RequestBuilder::build(const ResendSenderOtpRequest& r) const
{
    return assemble(m_table, m_credentials, Call::ResendSenderOtp, r.rail,
                    CheckedParams().sender(r.customerId).clientRefOrNew({}));
}

WireRequest RequestBuilder::build(const VerifySenderOtpRequest& r) const
{
    return assemble(m_table, m_credentials, Call::VerifySenderOtp, r.rail,
                    CheckedParams().sender(r.customerId).otp(r.otp, r.otpRefId).clientRefOrNew({}),
                    {{QStringLiteral("intent_id"), r.intentId}});
}

WireRequest RequestBuilder::build(const GetRecipientsRequest& r) const
{
    return assemble(m_table, m_credentials, Call::GetRecipients, r.rail, CheckedParams().sender(r.customerId),
                    walletOf(r.walletToken));
}

WireRequest RequestBuilder::build(const AddRecipientRequest& r) const
{
    CheckedParams p;
    p.sender(r.customerId)
        .put(!r.recipientName.trimmed().isEmpty(), QStringLiteral("recipient_name"),
             r.recipientName.trimmed())
        .put(MobileNumber::isCanonical(r.recipientMobile), QStringLiteral("recipient_mobile"),
             r.recipientMobile)
        .put(isDigits(r.account, 6, 20), QStringLiteral("account"), r.account)
        // DigiKhata sends it as bank_code (EPS-SPEC): a wire name in the table.
        .put(r.ifsc.size() == 11, QStringLiteral("ifsc"), r.ifsc.toUpper())
        .clientRefOrNew({});
    if (r.bankId > 0)
        p.put(true, QStringLiteral("bank_id"), r.bankId);
    return assemble(m_table, m_credentials, Call::AddRecipient, r.rail, p, walletOf(r.walletToken));
}

WireRequest RequestBuilder::build(const RecipientBankOtpRequest& r) const
{
    return assemble(m_table, m_credentials, Call::RecipientBankOtp, r.rail,
                    CheckedParams().sender(r.customerId).recipient(r.recipientId).clientRefOrNew({}),
                    walletOf(r.walletToken));
}

WireRequest RequestBuilder::build(const VerifyRecipientBankOtpRequest& r) const
{
    CheckedParams p;
    p.sender(r.customerId).recipient(r.recipientId).otp(r.otp, r.otpRefId).clientRefOrNew({});
    return assemble(m_table, m_credentials, Call::VerifyRecipientBankOtp, r.rail, p, walletOf(r.walletToken));
}

WireRequest RequestBuilder::build(const SendTransactionOtpRequest& r) const
{
    CheckedParams p;
    p.sender(r.customerId).recipient(r.recipientId).amount(r.amount).clientRefOrNew(r.clientRefId);
    QJsonObject optional = walletOf(r.walletToken);
    optional.insert(QStringLiteral("beneficiary_id"), r.beneficiaryId);
    return assemble(m_table, m_credentials, Call::SendTransactionOtp, r.rail, p, optional);
}

WireRequest RequestBuilder::build(const InitiateTransactionRequest& r, qint64 nowMs) const
{
    CheckedParams p;
    // The journal keys the attempt on this ref; a generated one here would
    // be a transfer nobody could find again.
    p.clientRef(r.clientRefId)
        .sender(r.customerId)
        .recipient(r.recipientId)
        .amount(r.amount)
        .otp(r.otp, r.otpRefId)
        .put(true, QStringLiteral("timestamp"), isoTimestamp(nowMs))
        .put(true, QStringLiteral("channel"), m_table.channelCode(r.rail, r.channel));
    QJsonObject optional = walletOf(r.walletToken);
    optional.insert(QStringLiteral("wallet_id"), r.walletId);
    optional.insert(QStringLiteral("beneficiary_id"), r.beneficiaryId);
    optional.insert(QStringLiteral("latlong"), r.latlong);
    return assemble(m_table, m_credentials, Call::InitiateTransaction, r.rail, p, optional);
}

WireRequest RequestBuilder::build(const TransactionInquiryRequest& r) const
{
    // Either reference travels as the path's {transaction_reference} only;
    // Eko's documented form has a raw colon, legal in a path segment.
    const bool byRef = !r.clientRefId.isEmpty();
    if (byRef ? !ClientRefId::isValid(r.clientRefId) : !isTid(r.tid))
        return invalid(Call::TransactionInquiry, r.rail, byRef ? QStringLiteral("client_ref_id") : kTid);
    const QString reference = byRef ? QStringLiteral("client_ref_id:") + r.clientRefId : r.tid;
    WireRequest wire = assemble(m_table, m_credentials, Call::TransactionInquiry, r.rail,
                                QJsonObject{{kReference, reference}});
    if (wire.ok())
        wire.clientRefId = r.clientRefId;
    return wire;
}

WireRequest RequestBuilder::build(const GetIfscDetailsRequest& r) const
{
    // The whole IFSC, checked like the agent's: a sublet's bank is not the
    // one its first four letters name, so a prefix would ask the wrong bank.
    const IfscParseResult ifsc = Ifsc::parse(r.ifsc);
    return assemble(m_table, m_credentials, Call::GetIfscDetails, r.rail,
                    CheckedParams().put(ifsc.ok(), QStringLiteral("ifsc"),
                                        ifsc.ok() ? ifsc.value->toString() : QString()));
}

WireRequest RequestBuilder::build(const GetBankDetailsRequest& r) const
{
    static const QRegularExpression bankCode(QStringLiteral("^[A-Z]{4}$"));
    const QString code = r.bankCode.trimmed().toUpper();
    return assemble(m_table, m_credentials, Call::GetBankDetails, r.rail,
                    CheckedParams().put(bankCode.match(code).hasMatch(), QStringLiteral("bank_code"), code));
}

WireRequest RequestBuilder::build(const ConsentLanguagesRequest& r) const
{
    return assemble(m_table, m_credentials, Call::GetConsentLanguages, r.rail,
                    CheckedParams().sender(r.customerId).clientRefOrNew({}), walletOf(r.walletToken));
}

WireRequest RequestBuilder::build(const ConsentDetailsRequest& r) const
{
    CheckedParams p;
    p.sender(r.customerId)
        .put(r.languageId > 0, QStringLiteral("consent_language"), r.languageId)
        .clientRefOrNew({});
    return assemble(m_table, m_credentials, Call::GetConsentDetails, r.rail, p, walletOf(r.walletToken));
}

// The Levin wallet and its id, for the KYC calls that take both.
static QJsonObject walletAndIdOf(const QString& walletToken, const QString& walletId)
{
    QJsonObject wallet = walletOf(walletToken);
    wallet.insert(QStringLiteral("wallet_id"), walletId);
    return wallet;
}

WireRequest RequestBuilder::build(const AadhaarOtpRequest& r) const
{
    CheckedParams p;
    // Eko spells the field "aadhar".
    p.sender(r.customerId)
        .put(AadhaarNumber::isValid(r.aadhaar), QStringLiteral("aadhar"), r.aadhaar)
        .clientRefOrNew({});
    return assemble(m_table, m_credentials, Call::SenderAadhaarOtp, r.rail, p,
                    walletAndIdOf(r.walletToken, r.walletId));
}

WireRequest RequestBuilder::build(const VerifyAadhaarOtpRequest& r) const
{
    QJsonObject optional = walletAndIdOf(r.walletToken, r.walletId);
    optional.insert(QStringLiteral("intent_id"), r.intentId);
    return assemble(m_table, m_credentials, Call::VerifySenderAadhaarOtp, r.rail,
                    CheckedParams().sender(r.customerId).otp(r.otp, r.otpRefId).clientRefOrNew({}), optional);
}

WireRequest RequestBuilder::build(const ValidatePanRequest& r) const
{
    CheckedParams p;
    p.sender(r.customerId)
        .put(PanNumber::isValid(r.pan), QStringLiteral("pan_number"), r.pan)
        .clientRefOrNew({});
    return assemble(m_table, m_credentials, Call::ValidateSenderPan, r.rail, p,
                    walletAndIdOf(r.walletToken, r.walletId));
}

WireRequest RequestBuilder::build(const VerifyBankAccountRequest& r) const
{
    // The same account and IFSC rules as Add Recipient: the name the bank
    // gives must be the one of the account that will be added.
    const IfscParseResult ifsc = Ifsc::parse(r.ifsc);
    CheckedParams p;
    p.sender(r.customerId)
        .put(isDigits(r.account, 6, 20), QStringLiteral("account"), r.account)
        .put(ifsc.ok(), QStringLiteral("ifsc"), ifsc.ok() ? ifsc.value->toString() : QString())
        .clientRefOrNew(r.clientRefId);
    return assemble(m_table, m_credentials, Call::VerifyBankAccount, r.rail, p);
}

WireRequest RequestBuilder::build(const RefundOtpRequest& r) const
{
    return assemble(m_table, m_credentials, Call::RefundOtp, r.rail, CheckedParams().tid(r.tid));
}

WireRequest RequestBuilder::build(const RefundRequest& r) const
{
    return assemble(m_table, m_credentials, Call::Refund, r.rail,
                    CheckedParams().tid(r.tid).otp(r.otp, r.otpRefId).clientRefOrNew(r.clientRefId));
}

QNetworkRequest RequestBuilder::networkRequest(const WireRequest& wire, qint64 timestampMs) const
{
    return networkRequest(wire, serialise(wire), timestampMs);
}

QNetworkRequest RequestBuilder::networkRequest(const WireRequest& wire, const QByteArray& body,
                                               qint64 timestampMs) const
{
    QNetworkRequest request(wire.url);
    RequestAuthenticator::apply(request, m_credentials, wire.method, body, timestampMs);
    request.setRawHeader(Signer::kContentTypeHeader, QByteArrayLiteral("application/json"));
    // A redirect could carry a money POST to another place or send it twice;
    // the client treats any 3xx as an answer instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Each answer's Date header must be fresh for the skew estimate.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

QByteArray RequestBuilder::serialise(const WireRequest& wire)
{
    if (wire.isGet())
        return {};
    return QJsonDocument(wire.body).toJson(QJsonDocument::Compact);
}

} // namespace counterdesk::eko
