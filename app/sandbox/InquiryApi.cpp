#include "InquiryApi.h"

#include "ApiSupport.h"
#include "Envelope.h"
#include "ParamReader.h"

namespace counterdesk::sandbox::InquiryApi {

namespace {

constexpr auto Optional = ParamReader::Optional;
constexpr auto Required = ParamReader::Required;

Transaction* findTransaction(ApiContext& ctx, const QString& reference)
{
    // Eko takes the tid as is, or "client_ref_id:<ref>"; the colon may
    // arrive raw or as %3A, which the server has already decoded.
    static const QString prefix = QStringLiteral("client_ref_id:");
    if (reference.startsWith(prefix))
        return ctx.state.transactionByRef(reference.mid(prefix.size()));
    return ctx.state.transaction(reference);
}

QJsonObject tidNotFound()
{
    return envelope::make(168, 463, 463, QStringLiteral("TID does not exist"));
}

QJsonObject inquiryData(const Transaction& t)
{
    using envelope::javaDecimal;
    QJsonObject data{
        {QStringLiteral("tx_status"), QString::number(t.txStatus)},
        {QStringLiteral("txstatus_desc"), txStatusDescription(t.txStatus)},
        {QStringLiteral("tid"), t.tid},
        {QStringLiteral("client_ref_id"), t.clientRefId},
        {QStringLiteral("amount"), t.amount.toPlainString()},
        {QStringLiteral("fee"), javaDecimal(t.fee)},
        {QStringLiteral("gst"), javaDecimal(t.gst)},
        {QStringLiteral("bank_ref_num"), t.bankRefNum},
        {QStringLiteral("recipient_name"), t.recipientName},
        {QStringLiteral("recipient_id"), t.recipientId},
        {QStringLiteral("account"), t.account},
        {QStringLiteral("ifsc"), t.ifsc},
        {QStringLiteral("bank"), t.bank},
        {QStringLiteral("payment_mode"), t.channelDesc},
        {QStringLiteral("sender_name"), t.senderName},
        {QStringLiteral("customer_id"), t.senderMobile},
        // Eko's inquiry timestamp is "yyyy-MM-dd HH:mm:ss"; India time.
        {QStringLiteral("timestamp"), QDateTime::fromMSecsSinceEpoch(t.createdMs, Qt::UTC)
                                          .addSecs(330 * 60)
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
        {QStringLiteral("reason"), t.reason},
    };
    if (!t.refundTid.isEmpty()) {
        data.insert(QStringLiteral("refund_tid"), t.refundTid);
        data.insert(QStringLiteral("refunded_amount"), javaDecimal(t.refunded));
    }
    return data;
}

} // namespace

void settle(Transaction& t, SandboxState& state, qint64 nowMs)
{
    if (t.txStatus == TxStatus::Awaited && t.settleAtMs > 0 && nowMs >= t.settleAtMs) {
        t.txStatus = TxStatus::Success;
        t.bankRefNum = state.nextBankRefNum(nowMs);
    }
}

QJsonObject transactionInquiry(ApiContext& ctx, const ApiCall& call)
{
    Transaction* t = findTransaction(ctx, call.route.reference);
    if (!t)
        return tidNotFound();
    settle(*t, ctx.state, ctx.clock.nowMs());
    return envelope::make(0, envelope::Rsid::Success, 1472, QStringLiteral("Sucess! Enquiry success."),
                          inquiryData(*t));
}

QJsonObject refundOtp(ApiContext& ctx, const ApiCall& call)
{
    Transaction* t = ctx.state.transaction(call.route.reference);
    if (!t)
        return tidNotFound();
    if (t->txStatus != TxStatus::RefundPending) {
        return envelope::invalidParams(QJsonObject{
            {QStringLiteral("tid"), QStringLiteral("Transaction is not in refund pending state")}});
    }
    // The failed transfer already sent an OTP the client has no otp_ref_id
    // for; within the cool-down this hands back that session, after it a new one.
    OtpSession session;
    if (auto refusal = ApiSupport::sendOtp(ctx, t->senderMobile, QLatin1String(OtpPurpose::Refund),
                                           QJsonObject{{QStringLiteral("tid"), t->tid}}, &session, true))
        return *refusal;
    return envelope::make(
        2133, envelope::Rsid::Failure, 2133, QStringLiteral("Send OTP"),
        QJsonObject{{QStringLiteral("otp_ref_id"), session.ref}, {QStringLiteral("tid"), t->tid}});
}

QJsonObject refund(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    const QString otp = params.string(QStringLiteral("otp"), Required);
    const QString ref = params.string(QStringLiteral("otp_ref_id"), Required);
    params.stringOrInteger(QStringLiteral("service_code"), Optional);
    params.stringOrInteger(QStringLiteral("state"), Optional);
    if (!params.ok())
        return envelope::invalidParams(params.errors());
    Transaction* t = ctx.state.transaction(call.route.reference);
    if (!t)
        return tidNotFound();
    if (t->txStatus != TxStatus::RefundPending) {
        return envelope::invalidParams(QJsonObject{
            {QStringLiteral("tid"), QStringLiteral("Transaction is not in refund pending state")}});
    }
    const qint64 now = ctx.clock.nowMs();
    const auto check = ctx.otps.check(ref, otp, t->senderMobile, QLatin1String(OtpPurpose::Refund), now);
    if (auto failure = ApiSupport::otpFailure(check))
        return *failure;
    if (check.context.value(QStringLiteral("tid")).toString() != t->tid)
        return envelope::invalidParams(
            QJsonObject{{QStringLiteral("otp_ref_id"), QStringLiteral("Invalid otp_ref_id")}});

    // The agent has handed the customer's cash back; the e-value (amount and
    // fee) returns to the agent, and the month's limit to the customer.
    t->txStatus = TxStatus::Refunded;
    t->refundTid = ctx.state.nextRefundTid();
    t->refunded = t->amount + t->fee;
    ctx.state.agentBalance += t->refunded;
    if (Sender* sender = ctx.state.sender(t->rail, t->senderMobile))
        sender->usedThisMonth -= t->amount;
    using envelope::javaDecimal;
    const QJsonObject data{
        {QStringLiteral("tid"), t->tid},
        {QStringLiteral("refund_tid"), t->refundTid},
        {QStringLiteral("refunded_amount"), javaDecimal(t->refunded)},
        {QStringLiteral("amount"), t->amount.toPlainString()},
        {QStringLiteral("fee"), javaDecimal(t->fee)},
        {QStringLiteral("tds"), QStringLiteral("0.0")},
        {QStringLiteral("commission_reverse"), QStringLiteral("0.0")},
        {QStringLiteral("balance"), javaDecimal(ctx.state.agentBalance)},
        {QStringLiteral("tx_status"), QString::number(t->txStatus)},
        {QStringLiteral("txstatus_desc"), txStatusDescription(t->txStatus)},
        {QStringLiteral("timestamp"), ctx.clock.nowUtc().toString(Qt::ISODateWithMs)},
    };
    return envelope::make(0, envelope::Rsid::Success, 74, QStringLiteral("Refund done"), data);
}

} // namespace counterdesk::sandbox::InquiryApi
