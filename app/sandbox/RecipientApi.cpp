#include "RecipientApi.h"

#include "ApiSupport.h"
#include "BankApi.h"
#include "Envelope.h"
#include "ParamReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace counterdesk::sandbox::RecipientApi {

namespace {

constexpr auto Optional = ParamReader::Optional;
constexpr auto Required = ParamReader::Required;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr qint64 kBankCoolingMs = 60 * 60 * 1000;

bool isIfsc(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{4}0[A-Z0-9]{6}$"));
    return pattern.match(text).hasMatch();
}

bool isAccount(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{9,18}$"));
    return pattern.match(text).hasMatch();
}

bool isPersonName(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z .]*$"));
    return pattern.match(text).hasMatch();
}

int addedInLastDay(Sender& sender, qint64 nowMs)
{
    sender.recipientAddedMs.removeIf([nowMs](qint64 added) { return nowMs - added >= kDayMs; });
    return static_cast<int>(sender.recipientAddedMs.size());
}

// Levin registration needs no OTP: the beneficiary is created at once.
QJsonObject registerLevin(ApiContext& ctx, Recipient& recipient)
{
    if (recipient.beneficiaryId.isEmpty())
        recipient.beneficiaryId = ctx.state.nextBeneficiaryId();
    recipient.verified = true;
    recipient.registeredMs = ctx.clock.nowMs();
    return envelope::make(0, envelope::Rsid::Success, 1741, QStringLiteral("Beneficiary added"),
                          QJsonObject{{QStringLiteral("recipient_id"), recipient.id},
                                      {QStringLiteral("beneficiary_id"), recipient.beneficiaryId}});
}

} // namespace

QJsonObject getRecipients(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    ApiSupport::checkCustomerId(params, call.route.customerId);
    if (!params.ok())
        return envelope::invalidParams(params.errors());
    const Sender* sender = ctx.state.sender(call.route.rail, call.route.customerId);
    if (!sender)
        return ApiSupport::notEnrolled(call.route.customerId);
    ApiSupport::checkWalletToken(params, *sender, Optional);
    if (!params.ok())
        return envelope::invalidParams(params.errors());

    QJsonArray list;
    for (const Recipient* r : ctx.state.recipientsOf(*sender))
        list.append(ApiSupport::recipientJson(*r));
    const QJsonObject data{
        {QStringLiteral("recipient_list"), list},
        {QStringLiteral("customer_id"), sender->mobile},
        {QStringLiteral("pan_required"), 2},
        {QStringLiteral("remaining_limit_before_pan_required"),
         ApiSupport::remainingLimit(*sender).wholeRupees()},
    };
    return envelope::make(0, envelope::Rsid::GetSuccess, 23, QStringLiteral("Success"), data);
}

QJsonObject addRecipient(ApiContext& ctx, const ApiCall& call)
{
    const bool levin = call.route.rail == Rail::Levin;
    ParamReader params(call.params, call.fromQuery);
    ApiSupport::checkCustomerId(params, call.route.customerId);
    params.integer(QStringLiteral("bank_id"), Required);
    const QString name = params.string(QStringLiteral("recipient_name"), Required);
    const QString mobile = params.mobile(QStringLiteral("recipient_mobile"), Required);
    const QString account = params.string(QStringLiteral("account"), Required);
    // DigiKhata names the IFSC field bank_code, Levin ifsc (REFERENCE §1.1/§1.2).
    const QString ifscField = levin ? QStringLiteral("ifsc") : QStringLiteral("bank_code");
    const QString ifsc = params.string(ifscField, Required).toUpper();
    params.stringOrInteger(QStringLiteral("recipient_type"), Optional);
    params.stringOrInteger(QStringLiteral("account_type"), Optional);
    params.string(QStringLiteral("type"), Optional);
    if (!name.isEmpty() && (name.size() > 50 || !isPersonName(name)))
        params.addError(QStringLiteral("recipient_name"),
                        QStringLiteral("Recipient name should only contain letters (1-50)"));
    if (!account.isEmpty() && !isAccount(account))
        params.addError(QStringLiteral("account"), QStringLiteral("Invalid account number length"));
    if (!ifsc.isEmpty() && !isIfsc(ifsc))
        params.addError(ifscField, QStringLiteral("Please provide valid IFSC format"));
    if (!mobile.isEmpty() && mobile == call.route.customerId)
        params.addError(QStringLiteral("recipient_mobile"),
                        QStringLiteral("must differ from the sender's mobile"));
    if (!params.ok())
        return envelope::invalidParams(params.errors());

    Sender* sender = ctx.state.sender(call.route.rail, call.route.customerId);
    if (!sender)
        return ApiSupport::notEnrolled(call.route.customerId);
    ApiSupport::checkWalletToken(params, *sender, levin ? Required : Optional);
    if (!params.ok())
        return envelope::invalidParams(params.errors());

    for (const Recipient* existing : ctx.state.recipientsOf(*sender)) {
        if (existing->account == account && existing->ifsc == ifsc) {
            if (levin) {
                return envelope::make(2148, envelope::Rsid::Failure, 2148,
                                      QStringLiteral("dmt.add.beneficiary.failed"),
                                      QJsonObject{{QStringLiteral("description"),
                                                   QStringLiteral("Beneficiary allready added!")},
                                                  {QStringLiteral("recipient_id"), existing->id}});
            }
            return envelope::failure(342, QStringLiteral("Recipient already registered"),
                                     QJsonObject{{QStringLiteral("recipient_id"), existing->id}});
        }
    }
    // Eko checks the bank_id against the IFSC's bank (for a sublet, the
    // bank holding the account): a bank_id read off the first four letters
    // is refused.
    const std::optional<BankApi::Bank> bank = BankApi::bankForIfsc(ifsc);
    if (bank && bank->bankId != call.params.value(QStringLiteral("bank_id")).toInteger())
        return envelope::failure(508, QStringLiteral("Invalid IFSC for the selected bank"));
    const qint64 now = ctx.clock.nowMs();
    if (addedInLastDay(*sender, now) >= ctx.state.maxRecipientsPerDay)
        return envelope::failure(39, QStringLiteral("Max recipient limit reached"));

    Recipient r;
    r.rail = sender->rail;
    r.senderMobile = sender->mobile;
    r.name = name;
    r.mobile = mobile;
    r.account = account;
    r.ifsc = ifsc;
    r.bankId = static_cast<int>(call.params.value(QStringLiteral("bank_id")).toInteger());
    r.bank = bank ? bank->name : ctx.state.bankNameForIfsc(ifsc);
    if (bank)
        r.availableChannel = bank->availableChannels;
    r.addedMs = now;
    const Recipient& added = ctx.state.addRecipient(r);
    sender->recipientAddedMs.append(now);
    return envelope::make(0, envelope::Rsid::Success, 43,
                          QStringLiteral("Success!Please transact using Recipientid"),
                          QJsonObject{{QStringLiteral("recipient_id"), added.id},
                                      {QStringLiteral("customer_id"), sender->mobile},
                                      {QStringLiteral("recipient_mobile"), added.mobile}});
}

QJsonObject recipientBankOtp(ApiContext& ctx, const ApiCall& call)
{
    const bool levin = call.route.rail == Rail::Levin;
    ParamReader params(call.params, call.fromQuery);
    ApiSupport::checkCustomerId(params, call.route.customerId);
    const std::optional<qint64> recipientId = params.integer(QStringLiteral("recipient_id"), Required);
    if (!params.ok())
        return envelope::invalidParams(params.errors());
    Sender* sender = ctx.state.sender(call.route.rail, call.route.customerId);
    if (!sender)
        return ApiSupport::notEnrolled(call.route.customerId);
    ApiSupport::checkWalletToken(params, *sender, levin ? Required : Optional);
    Recipient* recipient = ctx.state.recipientOf(*sender, *recipientId);
    if (!recipient)
        params.addError(QStringLiteral("recipient_id"), QStringLiteral("No such recipient for this sender"));
    if (!params.ok())
        return envelope::invalidParams(params.errors());

    const qint64 now = ctx.clock.nowMs();
    if (recipient->verified) {
        // EPS-SPEC: one-hour cooling period per recipient after a registration.
        if (now - recipient->registeredMs < kBankCoolingMs)
            return envelope::tryLater(
                QStringLiteral("Bank account was registered recently; please try after 1 hour."));
        return envelope::failure(342, QStringLiteral("Recipient already registered"),
                                 QJsonObject{{QStringLiteral("beneficiary_id"), recipient->beneficiaryId}});
    }
    if (levin)
        return registerLevin(ctx, *recipient);

    if (recipient->beneficiaryId.isEmpty())
        recipient->beneficiaryId = ctx.state.nextBeneficiaryId();
    // Eko's sample otp_ref_id for this call is a composite, not base64.
    const QString ref = QStringLiteral("%1~%2~Channel4~%3~%3")
                            .arg(sender->mobile, recipient->mobile, recipient->beneficiaryId);
    OtpSession session;
    const QJsonObject context{{QStringLiteral("recipient_id"), recipient->id}};
    if (auto refusal = ApiSupport::sendOtp(ctx, sender->mobile, QLatin1String(OtpPurpose::RecipientBank),
                                           context, &session, false, ref))
        return *refusal;
    // DEV says the OTP goes to the recipient's phone; keep it readable there too.
    ctx.otps.alias(recipient->mobile, QLatin1String(OtpPurpose::RecipientBank), session.ref);
    return envelope::make(0, envelope::Rsid::Success, 1741, QStringLiteral("Beneficiary added"),
                          QJsonObject{{QStringLiteral("recipient_id"), recipient->id},
                                      {QStringLiteral("beneficiary_id"), recipient->beneficiaryId},
                                      {QStringLiteral("otp_ref_id"), session.ref}});
}

QJsonObject verifyRecipientBankOtp(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    ApiSupport::checkCustomerId(params, call.route.customerId);
    const QString otp = params.string(QStringLiteral("otp"), Required);
    const QString ref = params.string(QStringLiteral("otp_ref_id"), Required);
    params.integer(QStringLiteral("recipient_id"), Optional);
    if (!params.ok())
        return envelope::invalidParams(params.errors());
    Sender* sender = ctx.state.sender(call.route.rail, call.route.customerId);
    if (!sender)
        return ApiSupport::notEnrolled(call.route.customerId);
    const auto result =
        ctx.otps.check(ref, otp, sender->mobile, QLatin1String(OtpPurpose::RecipientBank), ctx.clock.nowMs());
    if (auto failure = ApiSupport::otpFailure(result))
        return *failure;
    Recipient* recipient =
        ctx.state.recipientOf(*sender, result.context.value(QStringLiteral("recipient_id")).toInteger());
    if (!recipient)
        return envelope::invalidParams(
            QJsonObject{{QStringLiteral("otp_ref_id"), QStringLiteral("Invalid otp_ref_id")}});
    recipient->verified = true;
    recipient->registeredMs = ctx.clock.nowMs();
    // rtid 2131 means success here only with rsid 0 (REFERENCE §3.4).
    return envelope::make(2131, envelope::Rsid::Success, 2131, QStringLiteral("Validate OTP"),
                          QJsonObject{{QStringLiteral("recipient_id"), recipient->id},
                                      {QStringLiteral("beneficiary_id"), recipient->beneficiaryId}});
}

} // namespace counterdesk::sandbox::RecipientApi
