#include "KycApi.h"

#include "ApiSupport.h"
#include "Envelope.h"
#include "ParamReader.h"
#include "domain/AadhaarNumber.h"
#include "domain/PanNumber.h"

#include <QStringList>
#include <algorithm>

namespace counterdesk::sandbox::KycApi {

namespace {

constexpr auto Optional = ParamReader::Optional;
constexpr auto Required = ParamReader::Required;
constexpr int kIntentAadhaar = 20;

// Looks up the sender of the path and applies the checks every KYC call
// shares; returns the refusal, or nullopt with *sender set.
std::optional<QJsonObject> senderFor(ApiContext& ctx, const ApiCall& call, ParamReader& params,
                                     Sender** sender)
{
    // LEGACY-MD requires wallet_token on Levin's Aadhaar and PAN calls.
    return ApiSupport::senderOfPath(
        ctx, call, params, call.route.rail == Rail::Levin ? ParamReader::Required : ParamReader::Optional,
        sender);
}

QJsonObject wrongStep(const Sender& sender)
{
    if (sender.kyc == KycState::Full)
        return envelope::failure(585, QStringLiteral("Customer already KYC approved"));
    return envelope::tryLater(sender.kyc == KycState::PanPending
                                  ? QStringLiteral("Pan Number Required")
                                  : QStringLiteral("Aadhar Validation Pending"));
}

// The sandbox's stand-in for the tax department's name match; Eko's exact
// answer to a PAN in someone else's name is undocumented. A person's PAN
// has the initial of the holder's surname as its fifth letter, so a PAN
// whose fifth letter is not the first letter of the last word of the
// wallet's name is refused (461, invalid_params on pan_number).
bool panFitsName(const QString& pan, const QString& name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || pan.size() < 5)
        return false;
    return words.constLast().front().toUpper() == pan.at(4);
}

} // namespace

QJsonObject aadhaarOtp(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    // Eko spells the field "aadhar".
    const QString aadhaar = params.string(QStringLiteral("aadhar"), Required);
    params.string(QStringLiteral("wallet_id"), Optional);
    // LEGACY-MD lists otp_ref_id on Levin's Validate Aadhaar too.
    params.string(QStringLiteral("otp_ref_id"), Optional);
    Sender* sender = nullptr;
    if (auto refusal = senderFor(ctx, call, params, &sender))
        return *refusal;
    // The same offline rule as the client's (12 digits, first 2-9,
    // Verhoeff); each rail refuses in its own words (REFERENCE §1.2 row 4).
    if (!AadhaarNumber::isValid(aadhaar)) {
        if (sender->rail == Rail::Levin)
            return envelope::failure(2138, QStringLiteral("Adhar Validation Failed"));
        return envelope::invalidParams(
            QJsonObject{{QStringLiteral("aadhar"), QStringLiteral("Invalid Aadhaar number")}});
    }
    if (sender->kyc != KycState::AadhaarPending)
        return wrongStep(*sender);
    OtpSession session;
    if (auto refusal =
            ApiSupport::sendOtp(ctx, sender->mobile, QLatin1String(OtpPurpose::Aadhaar), {}, &session))
        return *refusal;
    return envelope::make(2129, envelope::Rsid::Failure, 2129, QStringLiteral("Validate the OTP"),
                          QJsonObject{{QStringLiteral("intent_id"), kIntentAadhaar},
                                      {QStringLiteral("otp_ref_id"), session.ref},
                                      {QStringLiteral("customer_id"), sender->mobile}});
}

QJsonObject verifyAadhaarOtp(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    const QString otp = params.string(QStringLiteral("otp"), Required);
    const QString ref = params.string(QStringLiteral("otp_ref_id"), Required);
    params.stringOrInteger(QStringLiteral("intent_id"), Optional);
    Sender* sender = nullptr;
    if (auto refusal = senderFor(ctx, call, params, &sender))
        return *refusal;
    const auto result =
        ctx.otps.check(ref, otp, sender->mobile, QLatin1String(OtpPurpose::Aadhaar), ctx.clock.nowMs());
    if (result.status == OtpSessions::CheckStatus::Wrong && sender->rail == Rail::Levin)
        return envelope::failure(2131, QStringLiteral("Validate OTP Failed"));
    if (auto failure = ApiSupport::otpFailure(result))
        return *failure;
    sender->kyc = KycState::PanPending;
    return envelope::make(
        2147, envelope::Rsid::Failure, 2147, QStringLiteral("Pan Number Required"),
        QJsonObject{{QStringLiteral("customer_id"), sender->mobile},
                    {QStringLiteral("application_id"), QStringLiteral("APP") + sender->mobile}});
}

QJsonObject validatePan(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    const QString pan = params.string(QStringLiteral("pan_number"), Required);
    if (!pan.isEmpty() && !PanNumber::isValid(pan))
        params.addError(QStringLiteral("pan_number"), QStringLiteral("Invalid PAN format"));
    params.string(QStringLiteral("wallet_id"), Optional);
    Sender* sender = nullptr;
    if (auto refusal = senderFor(ctx, call, params, &sender))
        return *refusal;
    if (sender->kyc != KycState::PanPending)
        return wrongStep(*sender);
    if (!panFitsName(pan, sender->name)) {
        QJsonObject answer = envelope::make(461, envelope::Rsid::Failure, -1,
                                            QStringLiteral("Name as per PAN does not match"));
        answer.insert(
            QStringLiteral("invalid_params"),
            QJsonObject{{QStringLiteral("pan_number"),
                         QStringLiteral("Name as per PAN does not match the wallet holder's name")}});
        return answer;
    }
    sender->kyc = KycState::Full;
    // Full KYC: the profile now carries the bigger limits (ApiSupport).
    const QJsonObject data{{QStringLiteral("customer_id"), sender->mobile},
                           {QStringLiteral("customer_profile"), ApiSupport::customerProfile(*sender)}};
    // The sources disagree (REFERENCE §1.2 row 6): Levin answers 2132 as
    // LEGACY-MD shows, DigiKhata 309 as EPS-SPEC shows. LEGACY-MD's Levin
    // sample carries only customer_id; the sandbox adds the profile so the
    // new limits can be shown, as the client reads a profile wherever one is.
    if (sender->rail == Rail::Levin)
        return envelope::make(0, envelope::Rsid::Success, 2132,
                              QStringLiteral("Customer Registration Completed"), data);
    return envelope::make(0, envelope::Rsid::GetSuccess, 309, QStringLiteral("Success!"), data);
}

QJsonObject loadWallet(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    // EPS-SPEC types this amount as a string of rupees; whole rupees only.
    const QString amountText = params.stringOrInteger(QStringLiteral("amount"), Required);
    params.stringOrInteger(QStringLiteral("org_id"), Optional);
    const QString clientRefId = params.string(QStringLiteral("client_ref_id"), Optional);
    const MoneyParseResult parsed = Money::parse(amountText);
    if (!amountText.isEmpty() && (!parsed.ok() || !parsed.value->isWholeRupees() || parsed.value->isZero()))
        params.addError(QStringLiteral("amount"), QStringLiteral("must be a whole number of rupees"));
    Sender* sender = nullptr;
    if (auto refusal = senderFor(ctx, call, params, &sender))
        return *refusal;
    if (!clientRefId.isEmpty() && ctx.state.transactionByRef(clientRefId))
        return envelope::invalidParams(
            QJsonObject{{QStringLiteral("client_ref_id"), QStringLiteral("Duplicate client_ref_id")}});
    const Money amount = *parsed.value;
    // Eko's one sample charges 5.0 on 500: 1%, at least Rs 5. The agent pays
    // amount and fee from the e-value; the customer's wallet gets the amount.
    const Money fee = Money::fromPaise(std::max<qint64>(amount.paise() / 100, 500));
    if (amount + fee > ctx.state.agentBalance)
        return envelope::failure(347, QStringLiteral("Insufficient balance"));
    ctx.state.agentBalance -= amount + fee;
    sender->balance += amount;
    Transaction t;
    t.clientRefId = clientRefId;
    t.rail = sender->rail;
    t.senderMobile = sender->mobile;
    t.senderName = sender->name;
    t.recipientName = QStringLiteral("DigiKhata wallet load");
    t.amount = amount;
    t.fee = fee;
    t.channelDesc = QStringLiteral("WALLET");
    t.createdMs = ctx.clock.nowMs();
    t.bankRefNum = ctx.state.nextBankRefNum(t.createdMs);
    const Transaction& stored = ctx.state.addTransaction(t);
    return envelope::make(0, envelope::Rsid::Success, 2447,
                          QStringLiteral("The Digi Khata wallet has been loaded successfully."),
                          QJsonObject{{QStringLiteral("tid"), stored.tid},
                                      {QStringLiteral("amount"), amount.toPlainString()},
                                      {QStringLiteral("fee"), envelope::javaDecimal(fee)},
                                      {QStringLiteral("bank_ref_num"), stored.bankRefNum},
                                      {QStringLiteral("balance"), envelope::javaDecimal(sender->balance)},
                                      {QStringLiteral("customer_id"), sender->mobile}});
}

} // namespace counterdesk::sandbox::KycApi
