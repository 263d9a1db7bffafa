#include "ParamCatalog.h"

#include <QHash>
#include <QStringList>

namespace counterdesk::sandbox {

namespace {

struct Spec
{
    QStringList required;
    QStringList optional;
};

const QString kAnyRail = QStringLiteral("*");

QString key(const QString& rail, const char* call)
{
    return rail + u'/' + QLatin1String(call);
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

// The call-specific fields; initiator_id, user_code and client_ref_id are
// added in check(). Sources are REFERENCE.md's tables: §1.1 (DigiKhata,
// plus "service_code 80 on every DigiKhata call" of §1.0), §1.2 (Levin;
// wallet_token required where LEGACY-MD says so) and §1.3 (shared calls).
const QHash<QString, Spec>& specs()
{
    static const QHash<QString, Spec> table = [] {
        const QString dk = QStringLiteral("ppi-digikhata");
        const QString levin = QStringLiteral("ppi-levin");
        const char* initiate = "recipient_id amount timestamp currency customer_id channel otp otp_ref_id "
                               "service_code state client_ref_id";
        QHash<QString, Spec> t;
        t.insert(key(dk, CallName::GetSender), {words("service_code"), {}});
        t.insert(key(dk, CallName::OnboardSender), {words("name dob residence_address service_code"), {}});
        t.insert(key(dk, CallName::ResendSenderOtp), {words("service_code"), {}});
        t.insert(key(dk, CallName::VerifySenderOtp),
                 {words("otp otp_ref_id service_code"), words("intent_id")});
        // KYC (§1.1 rows 5-9). The consent calls come from EPS-SPEC only, which
        // makes service_code optional; LEGACY-MD's Aadhaar and PAN paths carry
        // it like every DigiKhata call. A Verify Sender OTP with intent_id 20
        // (the legacy Aadhaar OTP check) is checked as verify_sender_otp.
        t.insert(key(dk, CallName::GetConsentLanguages),
                 {words("org_id client_ref_id"), words("service_code")});
        t.insert(key(dk, CallName::GetConsentDetails),
                 {words("org_id client_ref_id consent_language"), words("service_code")});
        t.insert(key(dk, CallName::SenderAadhaarOtp), {words("aadhar service_code"), {}});
        t.insert(key(dk, CallName::VerifySenderAadhaarOtp),
                 {words("otp otp_ref_id service_code"), words("intent_id")});
        t.insert(key(dk, CallName::ValidateSenderPan), {words("pan_number service_code"), {}});
        t.insert(key(dk, CallName::GetRecipients), {words("service_code"), {}});
        // DigiKhata names the IFSC bank_code (§1.1 row 12); recipient_type
        // is the legacy path's extra field.
        t.insert(key(dk, CallName::AddRecipient),
                 {words("bank_id recipient_name recipient_mobile account bank_code service_code"),
                  words("recipient_type")});
        t.insert(key(dk, CallName::RecipientBankOtp), {words("recipient_id service_code"), {}});
        t.insert(key(dk, CallName::VerifyRecipientBankOtp),
                 {words("otp otp_ref_id service_code"), words("recipient_id")});
        t.insert(key(dk, CallName::SendTransactionOtp),
                 {words("recipient_id amount customer_id service_code"), words("beneficiary_id")});
        t.insert(key(dk, CallName::InitiateTransaction), {words(initiate), words("beneficiary_id latlong")});

        t.insert(key(levin, CallName::GetSender), {});
        t.insert(key(levin, CallName::OnboardSender),
                 {words("name dob residence_address"), words("service_code")});
        t.insert(key(levin, CallName::ResendSenderOtp), {});
        // wallet_token and wallet_id: the intent_id 20 form (Aadhaar OTP, row 5).
        t.insert(key(levin, CallName::VerifySenderOtp),
                 {words("otp otp_ref_id"), words("intent_id wallet_token wallet_id")});
        // KYC (§1.2 rows 4-6, wallet_token and wallet_id as listed there).
        // Consent is not documented for Levin: DigiKhata's fields, and the
        // wallet if the client sends it.
        t.insert(key(levin, CallName::GetConsentLanguages),
                 {words("org_id client_ref_id"), words("wallet_token wallet_id")});
        t.insert(key(levin, CallName::GetConsentDetails),
                 {words("org_id client_ref_id consent_language"), words("wallet_token wallet_id")});
        t.insert(key(levin, CallName::SenderAadhaarOtp),
                 {words("aadhar wallet_token wallet_id"), words("otp_ref_id")});
        t.insert(key(levin, CallName::VerifySenderAadhaarOtp),
                 {words("otp otp_ref_id wallet_token wallet_id"), words("intent_id")});
        t.insert(key(levin, CallName::ValidateSenderPan), {words("pan_number wallet_token wallet_id"), {}});
        t.insert(key(levin, CallName::GetRecipients), {{}, words("wallet_token")});
        t.insert(
            key(levin, CallName::AddRecipient),
            {words("bank_id recipient_name recipient_mobile recipient_type account ifsc type account_type "
                   "wallet_token"),
             {}});
        t.insert(key(levin, CallName::RecipientBankOtp), {words("recipient_id wallet_token"), {}});
        // Not in §1.2; by analogy with DigiKhata's row 14 plus the wallet.
        t.insert(key(levin, CallName::VerifyRecipientBankOtp),
                 {words("otp otp_ref_id"), words("recipient_id wallet_token")});
        t.insert(
            key(levin, CallName::SendTransactionOtp),
            {words("recipient_id amount customer_id service_code wallet_token"), words("beneficiary_id")});
        t.insert(
            key(levin, CallName::InitiateTransaction),
            {words(initiate) + words("recipient_id_type wallet_token"), words("beneficiary_id latlong")});

        // Shared paths: the rail is not in the path, so both rails' rules.
        t.insert(key(kAnyRail, CallName::TransactionInquiry), {});
        // EPS-SPEC's bank-account check; customer_id as DEV's DMT form asks.
        t.insert(key(kAnyRail, CallName::VerifyBankAccount),
                 {words("bank_account ifsc"), words("customer_id")});
        t.insert(key(kAnyRail, CallName::RefundOtp), {{}, words("service_code")});
        t.insert(key(kAnyRail, CallName::Refund),
                 {words("otp otp_ref_id state"), words("service_code client_ref_id")});
        return t;
    }();
    return table;
}

// Calls that take no client_ref_id (§1.3: the inquiry's query is
// initiator_id and user_code; Get Refund OTP says "no client_ref_id").
bool refusesClientRefId(const QString& call)
{
    return call == QLatin1String(CallName::TransactionInquiry) || call == QLatin1String(CallName::RefundOtp);
}

} // namespace

QList<ParamFinding> ParamCatalog::check(const Route& route, const QJsonObject& params)
{
    const QString railKey = route.hasRail ? railName(route.rail) : kAnyRail;
    const auto it = specs().constFind(railKey + u'/' + route.call);
    if (it == specs().constEnd())
        return {};
    QStringList required = it->required + words("initiator_id user_code");
    QStringList optional = it->optional;
    if (!refusesClientRefId(route.call))
        optional.append(QStringLiteral("client_ref_id"));
    // A legacy path without {customer_id} (DigiKhata's POST /customer/account)
    // takes the mobile in the body instead.
    if (route.customerId.isEmpty() && !required.contains(QStringLiteral("customer_id")) &&
        railKey != kAnyRail)
        optional.append(QStringLiteral("customer_id"));

    QList<ParamFinding> findings;
    const QString findingRail = route.hasRail ? railKey : QString();
    for (auto p = params.constBegin(); p != params.constEnd(); ++p) {
        if (!required.contains(p.key()) && !optional.contains(p.key()))
            findings.append({route.call, findingRail, p.key(), ParamFinding::Unexpected});
    }
    for (const QString& name : std::as_const(required)) {
        const QJsonValue v = params.value(name);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            findings.append({route.call, findingRail, name, ParamFinding::Missing});
    }
    return findings;
}

} // namespace counterdesk::sandbox
