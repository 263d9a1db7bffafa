#include "eko/RequestBuilder.h"

#include "domain/ClientRefId.h"
#include "domain/MobileNumber.h"
#include "eko/Signer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
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
        const bool ok = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!ok)
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
// added here so no call can go without them.
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
    if (credentials.initiatorId.isEmpty() || credentials.userCode.isEmpty()) {
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
    params.insert(QStringLiteral("initiator_id"), credentials.initiatorId);
    params.insert(QStringLiteral("user_code"), credentials.userCode);

    QString path = endpoint->pathTemplate;
    for (const QString& token : {kCustomerId, kTid, kReference}) {
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

WireRequest RequestBuilder::build(const GetSenderRequest& r) const
{
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(Call::GetSender, r.rail, kCustomerId);
    QJsonObject p;
    p.insert(kCustomerId, r.customerId);
    return assemble(m_table, m_credentials, Call::GetSender, r.rail, p);
}

WireRequest RequestBuilder::build(const OnboardSenderRequest& r) const
{
    const Call call = Call::OnboardSender;
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(call, r.rail, kCustomerId);
    if (r.name.trimmed().isEmpty())
        return invalid(call, r.rail, QStringLiteral("name"));
    if (!r.dateOfBirth.isValid())
        return invalid(call, r.rail, QStringLiteral("dob"));
    if (r.residenceAddress.isEmpty())
        return invalid(call, r.rail, QStringLiteral("residence_address"));
    QJsonObject p;
    p.insert(kCustomerId, r.customerId);
    p.insert(QStringLiteral("name"), r.name.trimmed());
    p.insert(QStringLiteral("dob"), r.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd")));
    p.insert(QStringLiteral("residence_address"), QJsonArray::fromStringList(r.residenceAddress));
    p.insert(QStringLiteral("client_ref_id"), ClientRefId::generate());
    return assemble(m_table, m_credentials, call, r.rail, p);
}

WireRequest RequestBuilder::build(const ResendSenderOtpRequest& r) const
{
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(Call::ResendSenderOtp, r.rail, kCustomerId);
    QJsonObject p;
    p.insert(kCustomerId, r.customerId);
    p.insert(QStringLiteral("client_ref_id"), ClientRefId::generate());
    return assemble(m_table, m_credentials, Call::ResendSenderOtp, r.rail, p);
}

WireRequest RequestBuilder::build(const VerifySenderOtpRequest& r) const
{
    const Call call = Call::VerifySenderOtp;
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(call, r.rail, kCustomerId);
    if (!isDigits(r.otp, 4, 8))
        return invalid(call, r.rail, QStringLiteral("otp"));
    if (r.otpRefId.isEmpty())
        return invalid(call, r.rail, QStringLiteral("otp_ref_id"));
    QJsonObject p;
    p.insert(kCustomerId, r.customerId);
    p.insert(QStringLiteral("otp"), r.otp); // a string: leading zeros matter
    p.insert(QStringLiteral("otp_ref_id"), r.otpRefId);
    p.insert(QStringLiteral("client_ref_id"), ClientRefId::generate());
    return assemble(m_table, m_credentials, call, r.rail, p, {{QStringLiteral("intent_id"), r.intentId}});
}

WireRequest RequestBuilder::build(const GetRecipientsRequest& r) const
{
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(Call::GetRecipients, r.rail, kCustomerId);
    QJsonObject p;
    p.insert(kCustomerId, r.customerId);
    return assemble(m_table, m_credentials, Call::GetRecipients, r.rail, p, walletOf(r.walletToken));
}

WireRequest RequestBuilder::build(const AddRecipientRequest& r) const
{
    const Call call = Call::AddRecipient;
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(call, r.rail, kCustomerId);
    if (r.recipientName.trimmed().isEmpty())
        return invalid(call, r.rail, QStringLiteral("recipient_name"));
    if (!MobileNumber::isCanonical(r.recipientMobile))
        return invalid(call, r.rail, QStringLiteral("recipient_mobile"));
    if (!isDigits(r.account, 6, 20))
        return invalid(call, r.rail, QStringLiteral("account"));
    if (r.ifsc.size() != 11)
        return invalid(call, r.rail, QStringLiteral("ifsc"));
    QJsonObject p;
    p.insert(kCustomerId, r.customerId);
    p.insert(QStringLiteral("recipient_name"), r.recipientName.trimmed());
    p.insert(QStringLiteral("recipient_mobile"), r.recipientMobile);
    p.insert(QStringLiteral("account"), r.account);
    if (r.bankId > 0)
        p.insert(QStringLiteral("bank_id"), r.bankId);
    // DigiKhata sends it as bank_code (EPS-SPEC): a wire name in the table.
    p.insert(QStringLiteral("ifsc"), r.ifsc.toUpper());
    p.insert(QStringLiteral("client_ref_id"), ClientRefId::generate());
    return assemble(m_table, m_credentials, call, r.rail, p, walletOf(r.walletToken));
}

WireRequest RequestBuilder::build(const RecipientBankOtpRequest& r) const
{
    const Call call = Call::RecipientBankOtp;
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(call, r.rail, kCustomerId);
    if (r.recipientId <= 0)
        return invalid(call, r.rail, QStringLiteral("recipient_id"));
    QJsonObject p;
    p.insert(kCustomerId, r.customerId);
    p.insert(QStringLiteral("recipient_id"), r.recipientId);
    p.insert(QStringLiteral("client_ref_id"), ClientRefId::generate());
    return assemble(m_table, m_credentials, call, r.rail, p, walletOf(r.walletToken));
}

WireRequest RequestBuilder::build(const VerifyRecipientBankOtpRequest& r) const
{
    const Call call = Call::VerifyRecipientBankOtp;
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(call, r.rail, kCustomerId);
    if (r.recipientId <= 0)
        return invalid(call, r.rail, QStringLiteral("recipient_id"));
    if (!isDigits(r.otp, 4, 8))
        return invalid(call, r.rail, QStringLiteral("otp"));
    if (r.otpRefId.isEmpty())
        return invalid(call, r.rail, QStringLiteral("otp_ref_id"));
    QJsonObject p;
    p.insert(kCustomerId, r.customerId);
    p.insert(QStringLiteral("recipient_id"), r.recipientId);
    p.insert(QStringLiteral("otp"), r.otp);
    p.insert(QStringLiteral("otp_ref_id"), r.otpRefId);
    p.insert(QStringLiteral("client_ref_id"), ClientRefId::generate());
    return assemble(m_table, m_credentials, call, r.rail, p, walletOf(r.walletToken));
}

WireRequest RequestBuilder::build(const SendTransactionOtpRequest& r) const
{
    const Call call = Call::SendTransactionOtp;
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(call, r.rail, kCustomerId);
    if (r.recipientId <= 0)
        return invalid(call, r.rail, QStringLiteral("recipient_id"));
    const auto rupees = wholeRupees(r.amount);
    if (!rupees)
        return invalid(call, r.rail, QStringLiteral("amount"));
    if (!r.clientRefId.isEmpty() && !ClientRefId::isValid(r.clientRefId))
        return invalid(call, r.rail, QStringLiteral("client_ref_id"));
    QJsonObject p;
    p.insert(kCustomerId, r.customerId);
    p.insert(QStringLiteral("recipient_id"), r.recipientId);
    p.insert(QStringLiteral("amount"), *rupees);
    p.insert(QStringLiteral("client_ref_id"),
             r.clientRefId.isEmpty() ? ClientRefId::generate() : r.clientRefId);
    QJsonObject optional = walletOf(r.walletToken);
    optional.insert(QStringLiteral("beneficiary_id"), r.beneficiaryId);
    return assemble(m_table, m_credentials, call, r.rail, p, optional);
}

WireRequest RequestBuilder::build(const InitiateTransactionRequest& r, qint64 nowMs) const
{
    const Call call = Call::InitiateTransaction;
    // The journal keys the attempt on this ref; a generated one here would
    // be a transfer nobody could find again.
    if (!ClientRefId::isValid(r.clientRefId))
        return invalid(call, r.rail, QStringLiteral("client_ref_id"));
    if (!MobileNumber::isCanonical(r.customerId))
        return invalid(call, r.rail, kCustomerId);
    if (r.recipientId <= 0)
        return invalid(call, r.rail, QStringLiteral("recipient_id"));
    const auto rupees = wholeRupees(r.amount);
    if (!rupees)
        return invalid(call, r.rail, QStringLiteral("amount"));
    if (!isDigits(r.otp, 4, 8))
        return invalid(call, r.rail, QStringLiteral("otp"));
    if (r.otpRefId.isEmpty())
        return invalid(call, r.rail, QStringLiteral("otp_ref_id"));
    QJsonObject p;
    p.insert(QStringLiteral("client_ref_id"), r.clientRefId);
    p.insert(kCustomerId, r.customerId);
    p.insert(QStringLiteral("recipient_id"), r.recipientId);
    p.insert(QStringLiteral("amount"), *rupees);
    p.insert(QStringLiteral("timestamp"), isoTimestamp(nowMs));
    p.insert(QStringLiteral("channel"), m_table.channelCode(r.rail, r.channel));
    p.insert(QStringLiteral("otp"), r.otp);
    p.insert(QStringLiteral("otp_ref_id"), r.otpRefId);
    QJsonObject optional = walletOf(r.walletToken);
    optional.insert(QStringLiteral("wallet_id"), r.walletId);
    optional.insert(QStringLiteral("beneficiary_id"), r.beneficiaryId);
    optional.insert(QStringLiteral("latlong"), r.latlong);
    return assemble(m_table, m_credentials, call, r.rail, p, optional);
}

WireRequest RequestBuilder::build(const TransactionInquiryRequest& r) const
{
    const Call call = Call::TransactionInquiry;
    QJsonObject p;
    if (!r.clientRefId.isEmpty()) {
        if (!ClientRefId::isValid(r.clientRefId))
            return invalid(call, r.rail, QStringLiteral("client_ref_id"));
        // Eko's documented form has a raw colon; it is legal in a path segment.
        p.insert(kReference, QStringLiteral("client_ref_id:") + r.clientRefId);
    } else {
        if (!isTid(r.tid))
            return invalid(call, r.rail, kTid);
        p.insert(kReference, r.tid);
    }
    WireRequest wire = assemble(m_table, m_credentials, call, r.rail, p);
    if (wire.ok())
        wire.clientRefId = r.clientRefId;
    return wire;
}

WireRequest RequestBuilder::build(const RefundOtpRequest& r) const
{
    if (!isTid(r.tid))
        return invalid(Call::RefundOtp, r.rail, kTid);
    QJsonObject p;
    p.insert(kTid, r.tid);
    return assemble(m_table, m_credentials, Call::RefundOtp, r.rail, p);
}

WireRequest RequestBuilder::build(const RefundRequest& r) const
{
    const Call call = Call::Refund;
    if (!isTid(r.tid))
        return invalid(call, r.rail, kTid);
    if (!isDigits(r.otp, 4, 8))
        return invalid(call, r.rail, QStringLiteral("otp"));
    if (r.otpRefId.isEmpty())
        return invalid(call, r.rail, QStringLiteral("otp_ref_id"));
    if (!r.clientRefId.isEmpty() && !ClientRefId::isValid(r.clientRefId))
        return invalid(call, r.rail, QStringLiteral("client_ref_id"));
    QJsonObject p;
    p.insert(kTid, r.tid);
    p.insert(QStringLiteral("otp"), r.otp);
    p.insert(QStringLiteral("otp_ref_id"), r.otpRefId);
    p.insert(QStringLiteral("client_ref_id"),
             r.clientRefId.isEmpty() ? ClientRefId::generate() : r.clientRefId);
    return assemble(m_table, m_credentials, call, r.rail, p);
}

QNetworkRequest RequestBuilder::networkRequest(const WireRequest& wire, qint64 timestampMs) const
{
    QNetworkRequest request(wire.url);
    const SignedHeaders signature = Signer::sign(m_credentials.accessKey, timestampMs);
    request.setRawHeader(Signer::kDeveloperKeyHeader, m_credentials.developerKey.toUtf8());
    request.setRawHeader(Signer::kSecretKeyHeader, signature.secretKey);
    request.setRawHeader(Signer::kTimestampHeader, signature.timestamp);
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
