// Value types of the Eko client: the call vocabulary, typed requests, and the
// one Result every call finishes with.
//
// The vocabulary (Call, Rail) is the one HACKING.md fixes for the endpoint
// table, the sandbox and the fault rules. Requests carry only what the caller
// knows; initiator_id, user_code, service_code, currency and the timestamp are
// added by the client so no caller can forget them. Results carry enums, never
// words: the UI turns them into text.
#pragma once

#include "domain/Rail.h"
#include "money/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace counterdesk::eko {

// The two PPI wallets: the app's one Rail (domain/Rail.h); its wire names
// are railWireName().
using counterdesk::Rail;

// Every call the console makes. Wire names in callName().
enum class Call {
    GetSender,
    OnboardSender,
    ResendSenderOtp,
    VerifySenderOtp,
    GetRecipients,
    AddRecipient,
    RecipientBankOtp,
    VerifyRecipientBankOtp,
    SendTransactionOtp,
    InitiateTransaction,
    TransactionInquiry,
    RefundOtp,
    Refund,
    GetIfscDetails, // a branch's bank_id by its full IFSC (DESIGN.md "Banks and channels")
    GetBankDetails, // a bank by its four-letter code
    // KYC of a new wallet (REFERENCE.md §1.1 rows 5-9, §1.2 rows 4-6).
    GetConsentLanguages,    // the languages Eko has the Aadhaar consent text in
    GetConsentDetails,      // the consent text (and audio) in one of them
    SenderAadhaarOtp,       // sends the customer an OTP for their Aadhaar number
    VerifySenderAadhaarOtp, // checks it: "Pan Number Required" (2147) is its success
    ValidateSenderPan,      // the last step: 309 / 2132 and the new limits
    // The bank's name for an account (a Rs 1 "penny drop"; Eko charges a fee),
    // where Get IFSC Details says isverificationavailable.
    VerifyBankAccount,
};
inline constexpr int kCallCount = 21;

// Transfer channel. The numeric code sent for each lives in the endpoint
// table because Eko's sources disagree on it (REFERENCE.md §1.1).
enum class Channel { Neft, Imps };

QString callName(Call call); // "get_sender"
std::optional<Call> callFromName(QStringView name);
QString channelName(Channel channel); // "neft" / "imps"
// Initiate and Refund move money: never re-sent, inquired when the outcome is
// unknown. Inquiry is financial in shape (tx_status) but a GET.
bool isMoneyMovingCall(Call call);
bool isFinancialShape(Call call);

// What happened, in the terms a transfer state machine needs.
enum class Outcome {
    Success,        // Eko did what was asked (OTP sent, sender verified, tx_status 0, refund done)
    ActionRequired, // Eko answered but the sender must do a step first (reason says which)
    Failed,         // Eko answered decisively that it did not do it (business error, tx_status 1)
    Pending,        // money call accepted, not final yet (tx_status 2, 5, 6 or unknown): inquire later
    RefundPending,  // tx_status 3: failed, the customer's money awaits the refund flow
    Refunded,       // tx_status 4: final, refunded
    Unknown,        // no decisive answer (timeout, 408/429/5xx, a proxy's page...): it MAY have happened
    NotSent,        // nothing reached Eko: refused locally, insecure URL, TLS failure
};

// Why the outcome is not a plain success. One enum for Eko's business codes
// and for transport trouble so the UI has one switch to word.
enum class Reason {
    None,
    // Eko business answers (REFERENCE.md §3.3/§3.4)
    NotEnrolled,           // 308: go to Onboard Sender
    AadhaarPending,        // 2136
    PanRequired,           // 2147
    WrongOtp,              // 302 (and 2131 with rsid != 0)
    OtpExpired,            // 303
    InvalidOtp,            // 2138
    InsufficientBalance,   // 347
    LimitExhausted,        // 945, 314
    RecipientAlreadyAdded, // 2148, 342
    MaxRecipients,         // 39
    UserNotFound,          // 463 (also "customer_id does not exist in system")
    TransactionNotFound,   // 168 "TID does not exist" (re-poll before concluding, §3.6)
    TransactionInProgress, // response_status_id -2
    AgentNotAllowed,       // 346, 1297: service not active for user_code
    InvalidParameters,     // invalid_params / invalid_parameters: see fieldErrors
    TryLater,              // 461 without field errors: OTP cool-down/lockout, "try after some time"
    TransactionFailed,     // tx_status 1 without a more specific code
    InvalidBankDetails,    // 467: Eko knows no bank or branch by this IFSC / bank code
    AadhaarRejected,       // 2138 on Generate Aadhaar OTP: UIDAI refused the number (Levin)
    KycAlreadyDone,        // 585: the customer finished KYC before; nothing to do
    NameCheckUnavailable,  // 1796: this bank does not tell Eko an account holder's name
    AccountNameNotFound,   // 350 (or 61 without a name): the bank named nobody for this account
    EkoError,              // any other non-success answer: show Eko's message
    // Transport and HTTP
    Timeout,
    ConnectionFailed,    // refused, host not found, network down
    ConnectionClosed,    // closed before a full answer
    TlsError,            // certificate or handshake failure; never ignored
    InsecureUrl,         // http:// to a host other than loopback
    HttpForbidden,       // 403: Failed if Eko's JSON (signature, clock, IP, key), else Unknown
    HttpClientError,     // other 4xx, not an Eko business error (408, a proxy's 404): Unknown
    HttpTooManyRequests, // 429
    HttpServerError,     // 5xx
    HttpUnexpected,      // 1xx/3xx: redirects are not followed
    UnparseableResponse, // 200 with a body that is not a JSON envelope
    // Local
    InvalidRequest,  // a required request field is missing or malformed
    EndpointMissing, // the endpoint table has no entry for this call/rail
    Aborted,         // PendingCall::abort()
};

// Why counterdesk-gateway refused a counter: its 403 is shaped like Eko's
// own authentication refusal plus a `gateway_error` field (docs/gateway.md).
enum class GatewayRefusal {
    None,           // not a gateway's refusal (or no gateway_error field)
    UnknownCounter, // "unknown_counter": no counter with this id
    Revoked,        // "revoked": the partner's administrator revoked this counter
    BadSignature,   // "bad_signature": the counter secret is not the one issued
    StaleTimestamp, // "stale_timestamp": this PC's clock is too far from the gateway's
    Replayed,       // "replayed": the same signed request arrived twice
    Other,          // a gateway_error this version does not know
};
// The gateway_error text ("revoked"...); empty for None, "other" for Other.
QString gatewayRefusalName(GatewayRefusal refusal);
// None when the field is absent (not a string), Other when it is unknown.
GatewayRefusal gatewayRefusalFromName(const QJsonValue& gatewayError);

// How a request proves who sends it; RequestAuthenticator is the one place
// that turns this into headers.
enum class SignedBy {
    EkoKeys,        // the partner's developer key and access key (REFERENCE.md §2.1)
    GatewayCounter, // this counter's own id and secret, to counterdesk-gateway (docs/gateway.md)
};

// Who signs and for whom. The keys and the counter secret come from the OS
// keychain and never reach a log, a setting or a Result.
struct Credentials
{
    QString developerKey;
    QByteArray accessKey;
    QString initiatorId; // the API partner's registered mobile
    QString userCode;    // the retailer/agent the call is made for
    // GatewayCounter: the gateway is the authority for the Eko identity and
    // sets initiator_id and user_code itself, so the counter sends neither.
    // Initialised here so callers that brace-initialise the four Eko fields
    // need not name these (no -Wmissing-field-initializers).
    QString counterId = {};
    QByteArray counterSecret = {};
    SignedBy signedBy = SignedBy::EkoKeys;
};

// ---------------------------------------------------------------- requests

struct GetSenderRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId; // sender mobile, 10 digits
};

struct OnboardSenderRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    QString name; // as on the ID
    QDate dateOfBirth;
    QStringList residenceAddress;
};

struct ResendSenderOtpRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
};

struct VerifySenderOtpRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    QString otp; // never logged
    QString otpRefId;
    QString intentId = QStringLiteral("19"); // 19 = onboarding/login, 20 = Aadhaar
};

struct GetRecipientsRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    QString walletToken; // Levin
};

struct AddRecipientRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    QString recipientName;
    QString recipientMobile;
    QString account;
    QString ifsc; // DigiKhata sends it as bank_code, Levin as ifsc
    qint64 bankId = 0;
    QString walletToken; // Levin
};

struct RecipientBankOtpRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    qint64 recipientId = 0;
    QString walletToken; // Levin
};

struct VerifyRecipientBankOtpRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    qint64 recipientId = 0;
    QString otp;
    QString otpRefId;
    QString walletToken; // Levin
};

struct SendTransactionOtpRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    qint64 recipientId = 0;
    Money amount; // whole rupees; sent as an integer
    QString beneficiaryId;
    QString walletToken; // Levin
    QString clientRefId; // empty = the client generates one
};

struct InitiateTransactionRequest
{
    Rail rail = Rail::DigiKhata;
    // Required and caller-made (ClientRefId::generate()): the journal must
    // hold it before the POST leaves the machine.
    QString clientRefId;
    QString customerId;
    qint64 recipientId = 0;
    Money amount; // whole rupees; the same as sent to Send Transaction OTP
    Channel channel = Channel::Neft;
    QString otp; // never logged
    QString otpRefId;
    QString beneficiaryId;
    QString walletToken; // Levin
    QString walletId;    // Levin
    QString latlong;     // "28.63,77.22"; empty = not sent
};

struct TransactionInquiryRequest
{
    Rail rail = Rail::DigiKhata; // which endpoint set to use; the path is shared
    QString tid;                 // Eko's tid, or
    QString clientRefId;         // our ref: sent as client_ref_id:<ref>
    static TransactionInquiryRequest byTid(Rail rail, const QString& tid) { return {rail, tid, {}}; }
    static TransactionInquiryRequest byClientRefId(Rail rail, const QString& ref) { return {rail, {}, ref}; }
};

struct RefundOtpRequest
{
    Rail rail = Rail::DigiKhata;
    QString tid;
};

struct RefundRequest
{
    Rail rail = Rail::DigiKhata;
    QString tid; // the failed transfer's tid; the follow-up inquiry asks about it
    QString otp; // never logged
    QString otpRefId;
    QString clientRefId; // empty = the client generates one
};

struct GetIfscDetailsRequest
{
    Rail rail = Rail::DigiKhata; // which endpoint set to use; the path is shared
    QString ifsc;                // the full 11-character IFSC: a sublet's bank is not its first four letters'
};

struct GetBankDetailsRequest
{
    Rail rail = Rail::DigiKhata;
    QString bankCode; // the four letters, "SBIN"
};

// The Aadhaar consent calls. Eko documents them for DigiKhata; Levin uses the
// same shape (its wallet_token travels where the table says).
struct ConsentLanguagesRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    QString walletToken; // Levin
};

struct ConsentDetailsRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    int languageId = 0;  // a pkid of Get Consent Languages
    QString walletToken; // Levin
};

// Generate Sender Aadhaar OTP. The number is a personal identifier: it goes
// into this one request body and nowhere else (no log, journal or Result).
struct AadhaarOtpRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    QString aadhaar;     // 12 digits (domain/AadhaarNumber checked it)
    QString walletToken; // Levin
    QString walletId;    // Levin
};

struct VerifyAadhaarOtpRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    QString otp; // never logged
    QString otpRefId;
    QString intentId = QStringLiteral("20"); // Aadhaar (the legacy path shares Verify Sender OTP)
    QString walletToken;                     // Levin
    QString walletId;                        // Levin
};

// Validate Sender PAN. The PAN is a personal identifier, kept like the Aadhaar.
struct ValidatePanRequest
{
    Rail rail = Rail::DigiKhata;
    QString customerId;
    QString pan;         // ABCDE1234F (domain/PanNumber checked it)
    QString walletToken; // Levin
    QString walletId;    // Levin
};

// Verify Bank Account: the bank's name for the account holder. The full
// account number goes in the body only (never a path, which proxies log).
struct VerifyBankAccountRequest
{
    Rail rail = Rail::DigiKhata; // which endpoint set to use; the path is shared
    QString customerId;          // the sender the check is made for
    QString account;             // digits, as AccountNumber parsed them
    QString ifsc;                // the full IFSC
    QString clientRefId;         // empty = the client generates one
};

// ----------------------------------------------------------------- results

// One entry of Get Consent Languages: Eko's pkid and the language's name in
// English ("Hindi").
struct ConsentLanguage
{
    int id = 0;
    QString name;
};

// Get Consent Details: what the customer must hear or read before giving
// their Aadhaar number.
struct ConsentText
{
    int consentId = 0;
    QString language; // as Eko names it
    QString text;     // consentContent
    QString audioUrl; // empty when Eko has no recording
};

struct SenderProfile
{
    QString name;
    QString mobile;
    std::optional<Money> balance;           // wallet balance
    std::optional<Money> totalMonthlyLimit; // "50000.0"
    std::optional<Money> nextAllowedLimit;  // monthly limit left
    QString kycState;
    QString walletToken; // Levin; treat as a secret (never logged)
    QString walletId;    // Levin
};

// What Get IFSC Details or Get Bank Details said of a bank. bank_id is Eko's
// own number, published nowhere else: Add Recipient must send this one.
struct BankDetails
{
    qint64 bankId = 0;
    QString bank;   // the bank's name as Eko spells it
    QString code;   // Get Bank Details: the four letters
    QString ifsc;   // Get IFSC Details: the IFSC Eko answered for
    QString branch; // Get IFSC Details
    QString ifscStatus;
    QString availableChannels;          // 0 both, 1 NEFT only, 2 IMPS only (the endpoint table's codes)
    bool verificationAvailable = false; // isverificationavailable: Eko can check the account's name
};

// What Verify Bank Account said: the name the bank holds for the account
// and what Eko charged for asking.
struct AccountHolder
{
    QString name;             // as the bank spells it ("MR. SONU KUMAR")
    std::optional<Money> fee; // Eko's fee for the check, when it says
    QString tid;              // Eko's reference for the check (support)
    QString bank;
};

struct Recipient
{
    qint64 recipientId = 0;
    QString name;
    QString mobile;
    QString bank;
    QString account; // as Eko sends it (masked)
    QString ifsc;
    QString beneficiaryId; // empty when Eko sends null
    QString channel;
    QString availableChannel; // 0 both, 1 NEFT only, 2 IMPS only (DEV docs)
    QString allowedChannel;
    bool isVerified = false;
    bool isOtpRequired = false;
};

// The financial data of Initiate, Inquiry and Refund answers.
struct Transaction
{
    QString tid;
    QString clientRefId;
    std::optional<int> txStatus; // absent when Eko sent none
    QString txStatusDesc;
    QString bankRefNum; // UTR
    std::optional<Money> amount;
    std::optional<Money> fee;
    std::optional<Money> collectableAmount;
    std::optional<Money> balance;
    QString channel;     // the code Eko echoed
    QString channelDesc; // what Eko says the channel was: show this, not our guess
    QString recipientName;
    std::optional<qint64> recipientId;
    QString account;
    QString bank;
    QString customerId;
    QString timestamp; // Eko's, verbatim
};

struct RefundInfo
{
    QString refundTid;
    std::optional<Money> refundedAmount;
    std::optional<Money> amount;
    std::optional<Money> fee;
    std::optional<Money> balance;
};

// What the one automatic inquiry after an Unknown money call learned.
struct FollowUpInquiry
{
    Outcome outcome = Outcome::Unknown;
    Reason reason = Reason::None;
    int httpStatus = 0;
    QString message;
    std::optional<Transaction> transaction;
};

struct Result
{
    Call call = Call::GetSender;
    Rail rail = Rail::DigiKhata;
    Outcome outcome = Outcome::Unknown;
    Reason reason = Reason::None;

    // For support: what the server said, verbatim.
    int httpStatus = 0; // 0 = no HTTP answer
    std::optional<int> ekoStatus;
    std::optional<int> responseStatusId;
    std::optional<int> responseTypeId;
    QString message;                                      // Eko's message
    GatewayRefusal gatewayRefusal = GatewayRefusal::None; // a gateway's 403 only
    QMap<QString, QString> fieldErrors;                   // request field -> Eko's message
    QString detail;                                       // English transport detail for logs; no secrets
    QJsonObject data; // Eko's data object, verbatim (may hold a wallet_token)
    QByteArray body;  // the answer's bytes, verbatim (the gateway passes them on)

    QString clientRefId; // the ref sent, if any
    int attempts = 0;    // HTTP requests made for this call (retries included)

    // Parsed payload; which parts are filled depends on the call.
    QString otpRefId;                        // OTP-sending calls, recipient_bank_otp
    std::optional<SenderProfile> sender;     // verify_sender_otp; the KYC verify and PAN calls when sent
    bool walletOpened = false;               // onboard_sender rtid 300
    QList<Recipient> recipients;             // get_recipients
    std::optional<qint64> recipientId;       // add_recipient
    QString beneficiaryId;                   // recipient_bank_otp
    std::optional<Transaction> transaction;  // initiate, inquiry, refund
    std::optional<RefundInfo> refund;        // refund
    std::optional<FollowUpInquiry> followUp; // money call that ended Unknown
    std::optional<BankDetails> bank;         // get_ifsc_details, get_bank_details
    QList<ConsentLanguage> consentLanguages; // get_consent_languages
    std::optional<ConsentText> consent;      // get_consent_details
    std::optional<AccountHolder> holder;     // verify_bank_account (fee also on a 350)

    bool isSuccess() const { return outcome == Outcome::Success; }
};

} // namespace counterdesk::eko

Q_DECLARE_METATYPE(counterdesk::eko::Result)
Q_DECLARE_METATYPE(counterdesk::eko::Call)
Q_DECLARE_METATYPE(counterdesk::eko::Outcome)
Q_DECLARE_METATYPE(counterdesk::eko::Reason)
Q_DECLARE_METATYPE(counterdesk::eko::GatewayRefusal)
