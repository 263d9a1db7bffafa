#include "RouteTable.h"

#include "SandboxTypes.h"

#include <QStringList>
#include <array>

namespace counterdesk::sandbox {

namespace {

using Method = http::HttpMethod;

enum class RailRule { Any, DigiKhataOnly, LevinOnly };

struct Pattern
{
    Method method;
    const char* path; // segments; {rail}, {id} and {ref} are placeholders
    const char* call;
    RailRule railRule = RailRule::Any;
};

// clang-format off
const std::array kPatterns{
    // Master paths (EPS-SPEC), both rails.
    Pattern{Method::Get,  "customer/payment/{rail}/sender/{id}", CallName::GetSender},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}", CallName::OnboardSender},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/otp", CallName::ResendSenderOtp},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/otp/verify", CallName::VerifySenderOtp},
    Pattern{Method::Get,  "customer/payment/{rail}/sender/{id}/recipients", CallName::GetRecipients},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/recipient", CallName::AddRecipient},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/recipient/bank/otp", CallName::RecipientBankOtp},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/recipient/bank/otp/verify", CallName::VerifyRecipientBankOtp},
    // Levin registers the recipient with the bank without an OTP; EPS-SPEC
    // and LEGACY-MD disagree on the path, so both are served.
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/bank/recipient", CallName::RecipientBankOtp, RailRule::LevinOnly},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/recipient/bank", CallName::RecipientBankOtp, RailRule::LevinOnly},
    // Consent: EPS-SPEC documents it for DigiKhata only; Levin gets the same shape.
    Pattern{Method::Get,  "customer/payment/{rail}/sender/{id}/aadhaar/consent/languages", CallName::GetConsentLanguages},
    Pattern{Method::Get,  "customer/payment/{rail}/sender/{id}/aadhaar/consent/details", CallName::GetConsentDetails},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/aadhaar/otp", CallName::SenderAadhaarOtp},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/aadhaar/otp/verify", CallName::VerifySenderAadhaarOtp},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/pan", CallName::ValidateSenderPan},
    Pattern{Method::Post, "customer/payment/{rail}/sender/{id}/wallet/loadwallet", CallName::LoadWallet, RailRule::DigiKhataOnly},
    Pattern{Method::Post, "customer/payment/{rail}/otp", CallName::SendTransactionOtp},
    Pattern{Method::Post, "customer/payment/{rail}", CallName::InitiateTransaction},
    // Shared by both rails.
    Pattern{Method::Get,  "tools/reference/transaction/{ref}", CallName::TransactionInquiry},
    Pattern{Method::Post, "customer/payment/refund/{ref}/otp", CallName::RefundOtp},
    Pattern{Method::Post, "customer/payment/refund/{ref}", CallName::Refund},
    Pattern{Method::Get,  "tools/reference/banks/ifsc/{ref}", CallName::GetIfscDetails},
    Pattern{Method::Get,  "tools/reference/bank/{ref}", CallName::GetBankDetails},
    Pattern{Method::Post, "tools/kyc/bank-account/sync", CallName::VerifyBankAccount},
    // Legacy paths (LEGACY-MD): "ppi" is DigiKhata.
    Pattern{Method::Get,  "customer/profile/{id}", CallName::GetSender, RailRule::DigiKhataOnly},
    // The legacy verify also validates the Aadhaar OTP, with intent_id 20 (EkoApi).
    Pattern{Method::Post, "customer/account/{id}/ppi/otp/verify", CallName::VerifySenderOtp, RailRule::DigiKhataOnly},
    Pattern{Method::Post, "customer/account/{id}/ppi/aadhaar", CallName::SenderAadhaarOtp, RailRule::DigiKhataOnly},
    Pattern{Method::Post, "customer/account/{id}/ppi/pan", CallName::ValidateSenderPan, RailRule::DigiKhataOnly},
    Pattern{Method::Get,  "customer/payment/ppi/sender/{id}/recipients", CallName::GetRecipients, RailRule::DigiKhataOnly},
    Pattern{Method::Post, "customer/payment/ppi/sender/{id}/recipient", CallName::AddRecipient, RailRule::DigiKhataOnly},
    Pattern{Method::Post, "customer/payment/ppi/sender/{id}/bank/recipient", CallName::RecipientBankOtp, RailRule::DigiKhataOnly},
    Pattern{Method::Post, "customer/payment/ppi/otp", CallName::SendTransactionOtp, RailRule::DigiKhataOnly},
    Pattern{Method::Post, "customer/payment/ppi", CallName::InitiateTransaction, RailRule::DigiKhataOnly},
    Pattern{Method::Post, "customer/profile/{id}/ppi-levin/otp", CallName::GetSender, RailRule::LevinOnly},
    Pattern{Method::Post, "customer/account/{id}/ppi-levin/otp/verify", CallName::VerifySenderOtp, RailRule::LevinOnly},
    Pattern{Method::Post, "customer/account/{id}/ppi-levin/aadhaar", CallName::SenderAadhaarOtp, RailRule::LevinOnly},
    Pattern{Method::Post, "customer/account/{id}/ppi-levin/pan", CallName::ValidateSenderPan, RailRule::LevinOnly},
};
// clang-format on

std::optional<Rail> railFromSegment(const QString& segment)
{
    if (segment == QLatin1String("ppi-digikhata"))
        return Rail::DigiKhata;
    if (segment == QLatin1String("ppi-levin"))
        return Rail::Levin;
    return std::nullopt;
}

bool railAllowed(RailRule rule, Rail rail)
{
    return rule == RailRule::Any || (rule == RailRule::DigiKhataOnly) == (rail == Rail::DigiKhata);
}

// Fills route from the path if it fits the pattern's shape.
bool fits(const Pattern& pattern, const QStringList& segments, Route* route)
{
    const QStringList parts = QString::fromLatin1(pattern.path).split(u'/');
    if (parts.size() != segments.size())
        return false;
    Route r;
    r.call = QString::fromLatin1(pattern.call);
    if (pattern.railRule != RailRule::Any) {
        r.rail = pattern.railRule == RailRule::LevinOnly ? Rail::Levin : Rail::DigiKhata;
        r.hasRail = true;
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        const QString& segment = segments.at(i);
        if (part == QLatin1String("{rail}")) {
            const std::optional<Rail> rail = railFromSegment(segment);
            if (!rail || !railAllowed(pattern.railRule, *rail))
                return false;
            r.rail = *rail;
            r.hasRail = true;
        } else if (part == QLatin1String("{id}")) {
            r.customerId = segment;
        } else if (part == QLatin1String("{ref}")) {
            r.reference = segment;
        } else if (part != segment) {
            return false;
        }
    }
    *route = r;
    return true;
}

} // namespace

RouteTable::Match RouteTable::match(http::HttpMethod method, const QString& path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    Match result;
    for (const Pattern& pattern : kPatterns) {
        Route route;
        if (!fits(pattern, segments, &route))
            continue;
        if (pattern.method == method)
            return {MatchStatus::Matched, route};
        result.status = MatchStatus::WrongMethod;
    }
    return result;
}

} // namespace counterdesk::sandbox
