#include "EkoApi.h"

#include "BankApi.h"
#include "ConsentApi.h"
#include "Envelope.h"
#include "InquiryApi.h"
#include "KycApi.h"
#include "ParamReader.h"
#include "RecipientApi.h"
#include "SenderApi.h"
#include "TransferApi.h"

#include <QHash>

namespace counterdesk::sandbox::EkoApi {

namespace {

using Handler = QJsonObject (*)(ApiContext&, const ApiCall&);

const QHash<QString, Handler>& handlers()
{
    static const QHash<QString, Handler> table{
        {QLatin1String(CallName::GetSender), &SenderApi::getSender},
        {QLatin1String(CallName::OnboardSender), &SenderApi::onboardSender},
        {QLatin1String(CallName::ResendSenderOtp), &SenderApi::resendSenderOtp},
        {QLatin1String(CallName::VerifySenderOtp), &SenderApi::verifySenderOtp},
        {QLatin1String(CallName::GetRecipients), &RecipientApi::getRecipients},
        {QLatin1String(CallName::AddRecipient), &RecipientApi::addRecipient},
        {QLatin1String(CallName::RecipientBankOtp), &RecipientApi::recipientBankOtp},
        {QLatin1String(CallName::VerifyRecipientBankOtp), &RecipientApi::verifyRecipientBankOtp},
        {QLatin1String(CallName::SendTransactionOtp), &TransferApi::sendTransactionOtp},
        {QLatin1String(CallName::InitiateTransaction), &TransferApi::initiateTransaction},
        {QLatin1String(CallName::TransactionInquiry), &InquiryApi::transactionInquiry},
        {QLatin1String(CallName::RefundOtp), &InquiryApi::refundOtp},
        {QLatin1String(CallName::Refund), &InquiryApi::refund},
        {QLatin1String(CallName::GetConsentLanguages), &ConsentApi::getConsentLanguages},
        {QLatin1String(CallName::GetConsentDetails), &ConsentApi::getConsentDetails},
        {QLatin1String(CallName::SenderAadhaarOtp), &KycApi::aadhaarOtp},
        {QLatin1String(CallName::VerifySenderAadhaarOtp), &KycApi::verifyAadhaarOtp},
        {QLatin1String(CallName::ValidateSenderPan), &KycApi::validatePan},
        {QLatin1String(CallName::LoadWallet), &KycApi::loadWallet},
        {QLatin1String(CallName::GetIfscDetails), &BankApi::getIfscDetails},
        {QLatin1String(CallName::VerifyBankAccount), &BankApi::verifyBankAccount},
        {QLatin1String(CallName::GetBankDetails), &BankApi::getBankDetails},
    };
    return table;
}

} // namespace

QJsonObject handle(ApiContext& ctx, const ApiCall& call)
{
    // Every PPI call names the API partner and the retailer (REFERENCE §1.0);
    // Eko answers "No Key for Response"-style errors without them.
    ParamReader common(call.params, call.fromQuery);
    common.string(QStringLiteral("initiator_id"), ParamReader::Required);
    common.string(QStringLiteral("user_code"), ParamReader::Required);
    if (call.route.call != QLatin1String(CallName::InitiateTransaction)) {
        const QString ref = common.string(QStringLiteral("client_ref_id"), ParamReader::Optional);
        if (ref.size() > 20)
            common.addError(QStringLiteral("client_ref_id"), QStringLiteral("Maximum length: 20 characters"));
    }
    if (!common.ok())
        return envelope::invalidParams(common.errors());

    // Verify Sender OTP with intent_id 20 validates the Aadhaar OTP: the only
    // way on the legacy paths (LEGACY-MD), and accepted on the master ones.
    if (call.route.call == QLatin1String(CallName::VerifySenderOtp) &&
        common.stringOrInteger(QStringLiteral("intent_id"), ParamReader::Optional) == QLatin1String("20"))
        return KycApi::verifyAadhaarOtp(ctx, call);
    const Handler handler = handlers().value(call.route.call);
    if (!handler)
        return envelope::failure(404, QStringLiteral("No mapping rule matched"));
    return handler(ctx, call);
}

} // namespace counterdesk::sandbox::EkoApi
