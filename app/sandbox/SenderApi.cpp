#include "SenderApi.h"

#include "ApiSupport.h"
#include "Envelope.h"
#include "ParamReader.h"

#include <QDate>
#include <QRandomGenerator>

namespace counterdesk::sandbox::SenderApi {

namespace {

constexpr auto Optional = ParamReader::Optional;
constexpr auto Required = ParamReader::Required;

constexpr int kIntentOnboarding = 19;

QJsonObject otpSentAnswer(const OtpSession& session, const QString& mobile)
{
    return envelope::make(2129, envelope::Rsid::Failure, 2129, QStringLiteral("Validate the OTP"),
                          QJsonObject{{QStringLiteral("intent_id"), kIntentOnboarding},
                                      {QStringLiteral("otp_ref_id"), session.ref},
                                      {QStringLiteral("customer_id"), mobile}});
}

QJsonObject sendSenderOtp(ApiContext& ctx, const Sender& sender, bool reuseLive)
{
    OtpSession session;
    const QJsonObject context{{QStringLiteral("rail"), railName(sender.rail)}};
    if (auto refusal = ApiSupport::sendOtp(ctx, sender.mobile, QLatin1String(OtpPurpose::Sender), context,
                                           &session, reuseLive))
        return *refusal;
    return otpSentAnswer(session, sender.mobile);
}

// Levin's wallet_token is a JWT issued by "PayPoint"; the sandbox makes an
// opaque look-alike that changes on every verification, so a client that
// keeps a stale token is caught.
QString newWalletToken(const QString& mobile)
{
    const QByteArray header = QByteArrayLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    const QByteArray payload = "{\"iss\":\"PayPoint\",\"sub\":\"" + mobile.toLatin1() +
                               "\",\"nonce\":" + QByteArray::number(QRandomGenerator::system()->generate()) +
                               "}";
    QByteArray signature(32, Qt::Uninitialized);
    for (char& byte : signature)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256u));
    const auto opts = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(header.toBase64(opts) + '.' + payload.toBase64(opts) + '.' +
                               signature.toBase64(opts));
}

bool validAge(const QDate& dob, const QDate& today)
{
    if (!dob.isValid())
        return false;
    return dob.addYears(18) <= today && dob.addYears(100) > today;
}

} // namespace

QJsonObject getSender(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    ApiSupport::checkCustomerId(params, call.route.customerId);
    if (!params.ok())
        return envelope::invalidParams(params.errors());
    const Sender* sender = ctx.state.sender(call.route.rail, call.route.customerId);
    if (!sender)
        return ApiSupport::notEnrolled(call.route.customerId);
    return sendSenderOtp(ctx, *sender, true);
}

QJsonObject onboardSender(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    ApiSupport::checkCustomerId(params, call.route.customerId);
    const QString name = params.string(QStringLiteral("name"), Required);
    const QString dobText = params.string(QStringLiteral("dob"), Required);
    params.stringArray(QStringLiteral("residence_address"), Required);
    params.stringOrInteger(QStringLiteral("service_code"), Optional);
    if (!dobText.isEmpty()) {
        const QDate dob = QDate::fromString(dobText, Qt::ISODate);
        if (!dob.isValid())
            params.addError(QStringLiteral("dob"), QStringLiteral("must be a date as YYYY-MM-DD"));
        else if (!validAge(dob, ctx.clock.nowUtc().date()))
            params.addError(
                QStringLiteral("dob"),
                QStringLiteral("Customer registration has failed as DOB must be 18 years older and "
                               "less than 100"));
    }
    if (!params.ok())
        return envelope::invalidParams(params.errors());

    if (const Sender* existing = ctx.state.sender(call.route.rail, call.route.customerId)) {
        return envelope::make(0, envelope::Rsid::Success, 300, QStringLiteral("Wallet opened successfully."),
                              QJsonObject{{QStringLiteral("customer_id"), existing->mobile},
                                          {QStringLiteral("state"), QStringLiteral("2")},
                                          {QStringLiteral("state_desc"), QStringLiteral("Non-Kyc")}});
    }
    Sender sender;
    sender.rail = call.route.rail;
    sender.mobile = call.route.customerId;
    sender.name = name;
    sender.dob = dobText;
    // A new wallet still has to go through Aadhaar and PAN before it may
    // transfer, exactly like on Eko.
    sender.kyc = KycState::AadhaarPending;
    // Training only: a new wallet starts with Rs 2,000, as if the customer
    // had loaded it (UPI, or cash through Load Wallet, which CounterDesk does
    // not offer yet), so a trainee can finish a brand-new customer's first
    // transfer. On Eko a new wallet is empty.
    sender.balance = Money::fromRupees(2000);
    if (sender.rail == Rail::Levin)
        sender.walletId = QStringLiteral("LW") + sender.mobile;
    return sendSenderOtp(ctx, ctx.state.addSender(sender), false);
}

QJsonObject resendSenderOtp(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    ApiSupport::checkCustomerId(params, call.route.customerId);
    if (!params.ok())
        return envelope::invalidParams(params.errors());
    const Sender* sender = ctx.state.sender(call.route.rail, call.route.customerId);
    if (!sender)
        return ApiSupport::notEnrolled(call.route.customerId);
    return sendSenderOtp(ctx, *sender, false);
}

QJsonObject verifySenderOtp(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    ApiSupport::checkCustomerId(params, call.route.customerId);
    const QString otp = params.string(QStringLiteral("otp"), Required);
    const QString ref = params.string(QStringLiteral("otp_ref_id"), Required);
    params.stringOrInteger(QStringLiteral("intent_id"), Optional);
    if (!params.ok())
        return envelope::invalidParams(params.errors());
    Sender* sender = ctx.state.sender(call.route.rail, call.route.customerId);
    if (!sender)
        return ApiSupport::notEnrolled(call.route.customerId);

    const auto result =
        ctx.otps.check(ref, otp, sender->mobile, QLatin1String(OtpPurpose::Sender), ctx.clock.nowMs());
    if (auto failure = ApiSupport::otpFailure(result, sender->rail == Rail::Levin))
        return *failure;

    QJsonObject data{{QStringLiteral("customer_id"), sender->mobile},
                     {QStringLiteral("sender_name"), sender->name}};
    if (sender->rail == Rail::Levin) {
        sender->walletToken = newWalletToken(sender->mobile);
        data.insert(QStringLiteral("wallet_token"), sender->walletToken);
        data.insert(QStringLiteral("wallet_id"), sender->walletId);
    }
    // Eko's samples show no profile with 2136/2147; the sandbox adds the
    // Non-Kyc one (smaller limit) so training can show what KYC changes.
    // A client must not need it.
    data.insert(QStringLiteral("customer_profile"), ApiSupport::customerProfile(*sender));
    switch (sender->kyc) {
    case KycState::AadhaarPending:
        return envelope::make(2136, envelope::Rsid::Failure, 2136,
                              QStringLiteral("Aadhar Validation Pending"), data);
    case KycState::PanPending:
        return envelope::make(2147, envelope::Rsid::Failure, 2147, QStringLiteral("Pan Number Required"),
                              data);
    case KycState::Full:
        break;
    }
    data.insert(QStringLiteral("next_allowed_limit"),
                envelope::javaDecimal(ApiSupport::remainingLimit(*sender)));
    return envelope::make(0, envelope::Rsid::GetSuccess, 309, QStringLiteral("Success!"), data);
}

} // namespace counterdesk::sandbox::SenderApi
