// Value types shared by the sandbox's server, its command line and the tests.
#pragma once

#include "profile/BuiltInProfiles.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <optional>

namespace counterdesk::sandbox {

// Call names: the same vocabulary as the client's endpoint table
// (resources/eko/endpoints.json) and the sandbox's fault rules.
namespace CallName {
inline constexpr char GetSender[] = "get_sender";
inline constexpr char OnboardSender[] = "onboard_sender";
inline constexpr char ResendSenderOtp[] = "resend_sender_otp";
inline constexpr char VerifySenderOtp[] = "verify_sender_otp";
inline constexpr char GetRecipients[] = "get_recipients";
inline constexpr char AddRecipient[] = "add_recipient";
inline constexpr char RecipientBankOtp[] = "recipient_bank_otp";
inline constexpr char VerifyRecipientBankOtp[] = "verify_recipient_bank_otp";
inline constexpr char SendTransactionOtp[] = "send_transaction_otp";
inline constexpr char InitiateTransaction[] = "initiate_transaction";
inline constexpr char TransactionInquiry[] = "transaction_inquiry";
inline constexpr char RefundOtp[] = "refund_otp";
inline constexpr char Refund[] = "refund";
inline constexpr char GetIfscDetails[] = "get_ifsc_details";
inline constexpr char GetBankDetails[] = "get_bank_details";
// The account holder's name (a penny drop; Eko charges a fee).
inline constexpr char VerifyBankAccount[] = "verify_bank_account";
// The rest of onboarding (REFERENCE §1.1 rows 5-10, §1.2 rows 4-6): consent
// (Eko documents it for DigiKhata; the sandbox serves Levin the same way),
// Aadhaar OTP, its verification, PAN, and DigiKhata's wallet load.
inline constexpr char GetConsentLanguages[] = "get_consent_languages";
inline constexpr char GetConsentDetails[] = "get_consent_details";
inline constexpr char SenderAadhaarOtp[] = "sender_aadhaar_otp";
inline constexpr char VerifySenderAadhaarOtp[] = "verify_sender_aadhaar_otp";
inline constexpr char ValidateSenderPan[] = "validate_sender_pan";
inline constexpr char LoadWallet[] = "load_wallet";
} // namespace CallName

enum class Fault {
    None,
    Delay,             // answer normally after delayMs
    CommitThenDrop,    // apply the call, then close the connection unanswered
    CommitThenTimeout, // apply the call, then never answer
    Http500Html,       // HTTP 500 with an HTML body; nothing applied
    TruncatedJson,     // apply the call, answer 200 with half the JSON
    Awaited,           // Initiate: tx_status 2, settles to success after settleMs
    RefundPending,     // Initiate: tx_status 3 (failed, awaiting refund)
    // Error answers that do not prove Eko did not act (DESIGN.md "What an
    // error answer proves"). The plain one is sent instead of applying the
    // call; its CommitThen twin applies the call first, then sends it.
    Http408,            // a load balancer's 408 Request Timeout (HTML)
    CommitThenHttp408,  // the same, after applying the call
    Http429,            // 429 Too Many Requests with Retry-After (JSON without Eko's ids)
    CommitThenHttp429,  // the same, after applying the call
    Proxy404,           // a proxy's HTML 404 Not Found
    CommitThenProxy404, // the same, after applying the call
    Http502,            // a gateway's HTML 502 Bad Gateway
    CommitThenHttp502,  // the same, after applying the call
    Proxy403,           // a proxy's HTML 403 Forbidden (not Eko's JSON one); nothing applied
};

struct FaultRule
{
    QString callName = QStringLiteral("*"); // a CallName or "*" for every call
    Fault fault = Fault::None;
    int delayMs = 0;  // for Delay
    int settleMs = 0; // for Awaited: when the transfer becomes final
    int times = -1;   // how many calls it applies to; -1 = until cleared
};

// A parameter in the wrong place (ParamCatalog): sent to a (rail, call)
// that does not take it, or missing where the call needs it.
struct ParamFinding
{
    enum Kind { Unexpected, Missing };
    QString call; // a CallName
    QString rail; // "ppi-digikhata" / "ppi-levin"; empty on the shared paths
    QString param;
    Kind kind = Unexpected;
    QString describe() const
    {
        return (kind == Unexpected ? QStringLiteral("unexpected ") : QStringLiteral("missing ")) + param +
               QStringLiteral(" on ") + (rail.isEmpty() ? QString() : rail + u'/') + call;
    }
    bool operator==(const ParamFinding&) const = default;
};

struct SandboxOptions
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = pick a free port
    bool allowNonLoopback = false;
    QString seedFile; // empty = the built-in seed (:/sandbox/seed.json)
    // The public UAT credentials of REFERENCE.md §2.3 by default, taken
    // from BuiltInProfiles, the one place that knows them: the defaults stay
    // here (rather than every starter filling them in) so a sandbox started
    // with plain SandboxOptions{} (training, the CLI, every test) accepts the
    // client the ClientFactory builds for Training, and cannot drift from it.
    QString developerKey = profile::BuiltInProfiles::uatDeveloperKey();
    QString accessKey = QString::fromLatin1(profile::BuiltInProfiles::uatAccessKey());
    qint64 clockOffsetMs = 0;
    qint64 allowedSkewMs = 5 * 60 * 1000;
    QList<FaultRule> faults;
    // Added by the sandbox: OTP timing (REFERENCE §4 gives no validity; 5
    // minutes is the community observation, 60 s the documented resend wait).
    qint64 otpValidityMs = 5 * 60 * 1000;
    qint64 otpResendCooldownMs = 60 * 1000;
    // Added: the public UAT identity (REFERENCE §2.3), for callers that
    // build a client from these defaults. The sandbox requires initiator_id
    // and user_code on every call but accepts any non-empty string.
    QString initiatorId = profile::BuiltInProfiles::uatInitiatorId();
    QString userCode = profile::BuiltInProfiles::uatUserCode();
    // Added: answer a request with a misplaced parameter (ParamFinding) as
    // invalid_params instead of only recording it.
    bool strictParams = false;
    // Added: serve HTTPS with this certificate and key (--tls-cert,
    // --tls-key), as Eko does, so that a client's TLS path can be measured.
    std::optional<QSslConfiguration> tls;
};

} // namespace counterdesk::sandbox
