#include "ApiSupport.h"

#include "Envelope.h"
#include "domain/MobileNumber.h"

#include <QJsonArray>

namespace counterdesk::sandbox::ApiSupport {

using envelope::javaDecimal;

QJsonObject notEnrolled(const QString& mobile)
{
    return envelope::failure(308, QStringLiteral("Failure!Customer Not Enrolled"),
                             QJsonObject{{QStringLiteral("customer_id"), mobile}});
}

std::optional<QJsonObject> sendOtp(ApiContext& ctx, const QString& mobile, const QString& purpose,
                                   const QJsonObject& context, OtpSession* session, bool reuseLive,
                                   const QString& fixedRef)
{
    const OtpSessions::IssueResult result =
        ctx.otps.issue(mobile, purpose, context, ctx.clock.nowMs(), fixedRef);
    switch (result.status) {
    case OtpSessions::IssueStatus::Issued:
        *session = result.session;
        ctx.sms(mobile, result.session.otp, purpose);
        return std::nullopt;
    case OtpSessions::IssueStatus::CoolingDown:
        // Asking for the sender again within the cool-down is not a resend:
        // the customer still has the OTP, so hand back the same session.
        if (reuseLive && result.session.context == context) {
            *session = result.session;
            return std::nullopt;
        }
        return envelope::tryLater(
            QStringLiteral(
                "OTP already sent to %1, please wait for minimum 1 minutes before requesting new OTP.")
                .arg(mobile));
    case OtpSessions::IssueStatus::LockedOut:
        break;
    }
    return envelope::tryLater(QStringLiteral("OTP attempts exhausted. Please try again after 15 min."));
}

std::optional<QJsonObject> otpFailure(const OtpSessions::CheckResult& result, bool levinSender)
{
    switch (result.status) {
    case OtpSessions::CheckStatus::Ok:
        return std::nullopt;
    case OtpSessions::CheckStatus::Wrong: {
        const QJsonObject data{{QStringLiteral("attempts_left"), result.attemptsLeft}};
        if (levinSender)
            return envelope::failure(2138, QStringLiteral("Invalid OTP"), data);
        return envelope::failure(302, QStringLiteral("Wrong OTP"), data);
    }
    case OtpSessions::CheckStatus::Expired:
        return envelope::failure(303, QStringLiteral("OTP expired"));
    case OtpSessions::CheckStatus::Consumed:
        return envelope::failure(303, QStringLiteral("OTP already Consumed"));
    case OtpSessions::CheckStatus::Unknown:
        return envelope::invalidParams(
            QJsonObject{{QStringLiteral("otp_ref_id"), QStringLiteral("Invalid otp_ref_id")}});
    case OtpSessions::CheckStatus::Exhausted:
        break;
    }
    return envelope::tryLater(QStringLiteral("OTP attempts exhausted. Please try again after 15 min."));
}

QString maskAccount(const QString& account)
{
    if (account.size() <= 4)
        return account;
    return QString(account.size() - 4, u'X') + account.right(4);
}

QJsonObject recipientJson(const Recipient& r)
{
    return QJsonObject{
        {QStringLiteral("recipient_id"), r.id},
        {QStringLiteral("recipient_name"), r.name},
        {QStringLiteral("recipient_mobile"), r.mobile},
        {QStringLiteral("bank"), r.bank},
        {QStringLiteral("bank_id"), r.bankId},
        {QStringLiteral("account"), maskAccount(r.account)},
        {QStringLiteral("ifsc"), r.ifsc},
        {QStringLiteral("beneficiary_id"),
         r.beneficiaryId.isEmpty() ? QJsonValue() : QJsonValue(r.beneficiaryId)},
        {QStringLiteral("channel"), 0},
        {QStringLiteral("available_channel"), r.availableChannel},
        {QStringLiteral("allowed_channel"), r.availableChannel},
        {QStringLiteral("is_verified"), r.verified ? 1 : 0},
        {QStringLiteral("is_otp_required"), r.verified ? 0 : 1},
        {QStringLiteral("recipient_id_type"), QStringLiteral("acc_ifsc")},
        {QStringLiteral("pipes"), QJsonObject{}},
    };
}

Money monthlyLimit(const Sender& sender)
{
    // Eko publishes no limit for a wallet without KYC. The sandbox uses RBI's
    // cap for a minimum-details PPI, Rs 10,000 a month, so training shows
    // what Aadhaar and PAN unlock (Rs 50,000, REFERENCE §4).
    const Money nonKyc = Money::fromRupees(10000);
    if (sender.kyc == KycState::Full || sender.monthlyLimit < nonKyc)
        return sender.monthlyLimit;
    return nonKyc;
}

Money remainingLimit(const Sender& sender)
{
    const Money left = monthlyLimit(sender) - sender.usedThisMonth;
    return left.isNegative() ? Money() : left;
}

QJsonObject customerProfile(const Sender& s)
{
    const Money remaining = remainingLimit(s);
    const QJsonObject chartData{{QStringLiteral("used"), javaDecimal(s.usedThisMonth)},
                                {QStringLiteral("remaining"), javaDecimal(remaining)},
                                {QStringLiteral("unavailable"), QStringLiteral("0.0")}};
    return QJsonObject{
        {QStringLiteral("name"), s.name},
        {QStringLiteral("mobile"), s.mobile},
        {QStringLiteral("total_monthly_limit"), javaDecimal(monthlyLimit(s))},
        {QStringLiteral("next_allowed_limit"), javaDecimal(remaining)},
        {QStringLiteral("balance"), javaDecimal(s.balance)},
        {QStringLiteral("kyc_state"),
         s.kyc == KycState::Full ? QStringLiteral("Full-Kyc") : QStringLiteral("Non-Kyc")},
        {QStringLiteral("chart"),
         QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("Monthly limit")},
                                {QStringLiteral("data"), chartData}}}},
    };
}

void checkWalletToken(ParamReader& params, const Sender& sender, ParamReader::Need need)
{
    if (sender.rail != Rail::Levin)
        return;
    const QString token = params.string(QStringLiteral("wallet_token"), need);
    if (!token.isEmpty() && token != sender.walletToken)
        params.addError(QStringLiteral("wallet_token"),
                        QStringLiteral("Invalid or expired wallet_token; verify the sender again"));
}

void checkCustomerId(ParamReader& params, const QString& customerId)
{
    if (!MobileNumber::isCanonical(customerId))
        params.addError(QStringLiteral("customer_id"), QStringLiteral("must be a 10-digit mobile number"));
}

std::optional<QJsonObject> senderOfPath(ApiContext& ctx, const ApiCall& call, ParamReader& params,
                                        ParamReader::Need walletToken, Sender** sender)
{
    checkCustomerId(params, call.route.customerId);
    if (!params.ok())
        return envelope::invalidParams(params.errors());
    *sender = ctx.state.sender(call.route.rail, call.route.customerId);
    if (!*sender)
        return notEnrolled(call.route.customerId);
    checkWalletToken(params, **sender, walletToken);
    if (!params.ok())
        return envelope::invalidParams(params.errors());
    return std::nullopt;
}

} // namespace counterdesk::sandbox::ApiSupport
