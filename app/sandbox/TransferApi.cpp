#include "TransferApi.h"

#include "ApiSupport.h"
#include "ChannelCodes.h"
#include "Envelope.h"
#include "FeeRule.h"
#include "ParamReader.h"

namespace counterdesk::sandbox::TransferApi {

namespace {

constexpr auto Optional = ParamReader::Optional;
constexpr auto Required = ParamReader::Required;

struct TransferParams
{
    QString customerId;
    qint64 recipientId = 0;
    Money amount;
};

// Fields Send OTP and Initiate share; checks types and the amount range.
std::optional<TransferParams> readTransfer(ParamReader& params, const SandboxState& state)
{
    TransferParams t;
    t.customerId = params.mobile(QStringLiteral("customer_id"), Required);
    const std::optional<qint64> recipientId = params.integer(QStringLiteral("recipient_id"), Required);
    const std::optional<qint64> rupees = params.integer(QStringLiteral("amount"), Required);
    params.stringOrInteger(QStringLiteral("service_code"), Optional);
    params.nullableString(QStringLiteral("beneficiary_id"), Optional);
    if (rupees && *rupees < 1)
        params.addError(QStringLiteral("amount"), QStringLiteral("must be at least 1"));
    else if (rupees && *rupees > state.perTransactionLimit.wholeRupees())
        params.addError(QStringLiteral("amount"), QStringLiteral("exceeds the per-transaction limit of %1")
                                                      .arg(state.perTransactionLimit.wholeRupees()));
    if (!params.ok())
        return std::nullopt;
    t.recipientId = *recipientId;
    t.amount = Money::fromRupees(*rupees);
    return t;
}

QJsonObject transferData(const Transaction& t, const Sender& sender, const QString& initiatorId)
{
    using envelope::javaDecimal;
    return QJsonObject{
        {QStringLiteral("tid"), t.tid},
        {QStringLiteral("client_ref_id"), t.clientRefId},
        {QStringLiteral("tx_status"), QString::number(t.txStatus)},
        {QStringLiteral("txstatus_desc"), txStatusDescription(t.txStatus)},
        {QStringLiteral("bank_ref_num"), t.bankRefNum},
        {QStringLiteral("utrnumber"), QString()},
        {QStringLiteral("amount"), t.amount.toPlainString()},
        {QStringLiteral("fee"), javaDecimal(t.fee)},
        {QStringLiteral("collectable_amount"), javaDecimal(t.amount + t.fee)},
        {QStringLiteral("service_tax"), javaDecimal(t.gst)},
        {QStringLiteral("tds"), QStringLiteral("0.0")},
        {QStringLiteral("commission"), QStringLiteral("0.0")},
        {QStringLiteral("balance"), javaDecimal(sender.balance)},
        {QStringLiteral("bank"), t.bank},
        {QStringLiteral("account"), t.account},
        {QStringLiteral("ifsc"), t.ifsc},
        {QStringLiteral("channel"), QString::number(t.channel)},
        {QStringLiteral("channel_desc"), t.channelDesc},
        {QStringLiteral("recipient_name"), t.recipientName},
        {QStringLiteral("recipient_id"), t.recipientId},
        {QStringLiteral("customer_id"), t.senderMobile},
        {QStringLiteral("sender_name"), t.senderName},
        {QStringLiteral("utility_acc_no"), t.senderMobile},
        {QStringLiteral("debit_user_id"), initiatorId},
        {QStringLiteral("remaining_limit_before_pan_required"),
         ApiSupport::remainingLimit(sender).wholeRupees()},
        {QStringLiteral("pan_required"), 2},
        {QStringLiteral("pipe"), 13},
        {QStringLiteral("state"), QStringLiteral("1")},
        {QStringLiteral("currency"), QStringLiteral("INR")},
        {QStringLiteral("timestamp"), t.requestTimestamp},
        {QStringLiteral("pinNo"), QString()},
        {QStringLiteral("kyc_state"), QString()},
        {QStringLiteral("reason"), t.reason},
    };
}

// A refused transfer after the OTP was checked still gets a tid with
// tx_status 1, as Eko's DMT samples show; inquiry by client_ref_id then
// finds a final "failed" instead of "not found".
QJsonObject refuse(ApiContext& ctx, Transaction t, const Sender& sender, const QString& initiatorId, int code,
                   const QString& message)
{
    t.txStatus = TxStatus::Failed;
    t.reason = message;
    t.createdMs = ctx.clock.nowMs();
    const Transaction& stored = ctx.state.addTransaction(t);
    return envelope::failure(code, message, transferData(stored, sender, initiatorId));
}

} // namespace

QJsonObject sendTransactionOtp(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    const std::optional<TransferParams> transfer = readTransfer(params, ctx.state);
    if (!transfer)
        return envelope::invalidParams(params.errors());
    Sender* sender = ctx.state.sender(call.route.rail, transfer->customerId);
    if (!sender)
        return ApiSupport::notEnrolled(transfer->customerId);
    ApiSupport::checkWalletToken(params, *sender, call.route.rail == Rail::Levin ? Required : Optional);
    const Recipient* recipient = ctx.state.recipientOf(*sender, transfer->recipientId);
    if (!recipient)
        params.addError(QStringLiteral("recipient_id"), QStringLiteral("No such recipient for this sender"));
    if (!params.ok())
        return envelope::invalidParams(params.errors());

    OtpSession session;
    const QJsonObject context{{QStringLiteral("recipient_id"), transfer->recipientId},
                              {QStringLiteral("amount"), transfer->amount.wholeRupees()},
                              {QStringLiteral("rail"), railName(sender->rail)}};
    if (auto refusal = ApiSupport::sendOtp(ctx, sender->mobile, QLatin1String(OtpPurpose::Transaction),
                                           context, &session))
        return *refusal;
    return envelope::make(2133, envelope::Rsid::Failure, 2133, QStringLiteral("Send OTP"),
                          QJsonObject{{QStringLiteral("otp_ref_id"), session.ref}});
}

QJsonObject initiateTransaction(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    const std::optional<TransferParams> transfer = readTransfer(params, ctx.state);
    const QString initiatorId = call.params.value(QStringLiteral("initiator_id")).toString();
    const QString timestamp = params.string(QStringLiteral("timestamp"), Required);
    const QString currency = params.string(QStringLiteral("currency"), Required);
    const std::optional<qint64> channel = params.integer(QStringLiteral("channel"), Required);
    const QString otp = params.string(QStringLiteral("otp"), Required);
    const QString otpRef = params.string(QStringLiteral("otp_ref_id"), Required);
    const QString clientRefId = params.string(QStringLiteral("client_ref_id"), Required);
    const QString beneficiaryId = params.nullableString(QStringLiteral("beneficiary_id"), Optional);
    params.string(QStringLiteral("latlong"), Optional);
    params.stringOrInteger(QStringLiteral("state"), Optional);
    params.stringOrInteger(QStringLiteral("recipient_id_type"), Optional);
    if (!currency.isEmpty() && currency != QLatin1String("INR"))
        params.addError(QStringLiteral("currency"), QStringLiteral("must be INR"));
    // Which rail of the bank: the endpoint table's codes (ChannelCodes).
    const std::optional<eko::Channel> bankChannel =
        channel ? ChannelCodes::channelFor(call.route.rail, *channel) : std::nullopt;
    if (channel && !bankChannel)
        params.addError(QStringLiteral("channel"), QStringLiteral("Invalid channel"));
    if (clientRefId.size() > 20)
        params.addError(QStringLiteral("client_ref_id"), QStringLiteral("Maximum length: 20 characters"));
    if (!transfer || !params.ok())
        return envelope::invalidParams(params.errors());

    // A reused reference is refused before anything else happens, so the
    // earlier transfer it names is never touched or repeated.
    if (ctx.state.transactionByRef(clientRefId)) {
        return envelope::invalidParams(
            QJsonObject{{QStringLiteral("client_ref_id"),
                         QStringLiteral("Duplicate client_ref_id; inquire the earlier transaction")}});
    }
    Sender* sender = ctx.state.sender(call.route.rail, transfer->customerId);
    if (!sender)
        return ApiSupport::notEnrolled(transfer->customerId);
    ApiSupport::checkWalletToken(params, *sender, call.route.rail == Rail::Levin ? Required : Optional);
    const Recipient* recipient = ctx.state.recipientOf(*sender, transfer->recipientId);
    if (!recipient)
        params.addError(QStringLiteral("recipient_id"), QStringLiteral("No such recipient for this sender"));
    else if (!beneficiaryId.isEmpty() && beneficiaryId != recipient->beneficiaryId)
        params.addError(QStringLiteral("beneficiary_id"),
                        QStringLiteral("does not belong to this recipient"));
    if (!params.ok())
        return envelope::invalidParams(params.errors());

    const qint64 now = ctx.clock.nowMs();
    Transaction t;
    t.clientRefId = clientRefId;
    t.rail = sender->rail;
    t.senderMobile = sender->mobile;
    t.senderName = sender->name;
    t.recipientId = recipient->id;
    t.recipientName = recipient->name;
    t.account = recipient->account;
    t.ifsc = recipient->ifsc;
    t.bank = recipient->bank;
    t.channel = static_cast<int>(*channel);
    // Set: an unknown code was refused with the other parameters above.
    const eko::Channel bank = bankChannel.value_or(eko::Channel::Imps);
    t.channelDesc = ChannelCodes::description(bank);
    t.amount = transfer->amount;
    t.fee = FeeRule::feeFor(t.amount);
    t.gst = FeeRule::gstIncludedIn(t.fee);
    t.requestTimestamp = timestamp;

    const auto check =
        ctx.otps.check(otpRef, otp, sender->mobile, QLatin1String(OtpPurpose::Transaction), now);
    if (auto failure = ApiSupport::otpFailure(check)) {
        // Only a wrong/expired OTP of a real session becomes a failed
        // transaction; an unknown otp_ref_id is a parameter error.
        if (check.status == OtpSessions::CheckStatus::Unknown)
            return *failure;
        return refuse(ctx, t, *sender, initiatorId, failure->value(QStringLiteral("status")).toInt(),
                      failure->value(QStringLiteral("message")).toString());
    }
    if (check.context.value(QStringLiteral("recipient_id")).toInteger() != t.recipientId ||
        check.context.value(QStringLiteral("amount")).toInteger() != t.amount.wholeRupees()) {
        return refuse(
            ctx, t, *sender, initiatorId, 461,
            QStringLiteral("Amount and recipient must match the ones sent to Send Transaction OTP"));
    }
    if (!recipient->verified || recipient->beneficiaryId.isEmpty())
        return refuse(ctx, t, *sender, initiatorId, 313, QStringLiteral("Recipient registration not done"));
    if (!ChannelCodes::allows(recipient->availableChannel, bank))
        return bank == eko::Channel::Imps
                   ? refuse(ctx, t, *sender, initiatorId, 53, QStringLiteral("IMPS transaction not allowed"))
                   : refuse(ctx, t, *sender, initiatorId, 317, QStringLiteral("NEFT not allowed"));
    if (sender->usedThisMonth + t.amount > ApiSupport::monthlyLimit(*sender))
        return refuse(ctx, t, *sender, initiatorId, 945,
                      QStringLiteral("Sender/beneficiary monthly limit exhausted"));
    if (t.amount + t.fee > sender->balance)
        return refuse(ctx, t, *sender, initiatorId, 347, QStringLiteral("Insufficient balance"));

    // Commit: the wallet pays amount + fee, the month's limit the amount.
    sender->balance -= t.amount + t.fee;
    sender->usedThisMonth += t.amount;
    t.createdMs = now;
    QString message = QStringLiteral("Transaction successful");
    const Fault outcome = call.outcomeFault ? call.outcomeFault->fault : Fault::None;
    if (outcome == Fault::Awaited) {
        t.txStatus = TxStatus::Awaited;
        // settle_ms < 0: stays awaited until the sandbox is reset.
        t.settleAtMs = call.outcomeFault->settleMs < 0 ? 0 : now + call.outcomeFault->settleMs;
        message = QStringLiteral("Transaction initiated, response awaited");
    } else if (outcome == Fault::RefundPending) {
        t.txStatus = TxStatus::RefundPending;
        t.reason = QStringLiteral("Transaction failed at the bank");
        message = QStringLiteral("Transaction failed. Refund pending");
    } else {
        t.bankRefNum = ctx.state.nextBankRefNum(now);
    }
    const Transaction& stored = ctx.state.addTransaction(t);
    if (stored.txStatus == TxStatus::RefundPending) {
        // "When the transaction fails, we automatically send an OTP to the
        // customer" (LEGACY-MD).
        OtpSession session;
        ApiSupport::sendOtp(ctx, sender->mobile, QLatin1String(OtpPurpose::Refund),
                            QJsonObject{{QStringLiteral("tid"), stored.tid}}, &session);
    }
    return envelope::make(0, envelope::Rsid::Success, 325, message,
                          transferData(stored, *sender, initiatorId));
}

} // namespace counterdesk::sandbox::TransferApi
