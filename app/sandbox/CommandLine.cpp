#include "CommandLine.h"

#include "FaultInjector.h"
#include "SeedLoader.h"
#include "http/ServerTls.h"

#include <QCommandLineParser>

namespace counterdesk::sandbox::CommandLine {

namespace {

struct Flags
{
    QCommandLineOption port{QStringLiteral("port"),
                            QStringLiteral("TCP port; 0 picks a free one (default 0)."), QStringLiteral("N"),
                            QStringLiteral("0")};
    QCommandLineOption host{QStringLiteral("host"),
                            QStringLiteral("Address to listen on (default 127.0.0.1)."),
                            QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")};
    QCommandLineOption allowRemote{QStringLiteral("allow-remote"),
                                   QStringLiteral("Allow a non-loopback --host (the control endpoint stays "
                                                  "loopback-only).")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QStringLiteral("Seed JSON file instead of the built-in one."),
                            QStringLiteral("FILE")};
    QCommandLineOption developerKey{
        QStringLiteral("developer-key"),
        QStringLiteral("developer_key to accept (default: Eko's public UAT key)."), QStringLiteral("KEY")};
    QCommandLineOption accessKey{
        QStringLiteral("access-key"),
        QStringLiteral("access_key the signature is checked with (default: Eko's public "
                       "UAT key)."),
        QStringLiteral("KEY")};
    QCommandLineOption skew{QStringLiteral("allowed-skew-ms"),
                            QStringLiteral("Largest accepted secret-key-timestamp skew (default 300000)."),
                            QStringLiteral("MS")};
    QCommandLineOption clockOffset{QStringLiteral("clock-offset-ms"),
                                   QStringLiteral("Run the server clock this far ahead (negative: behind) of "
                                                  "this PC; affects the skew check and the Date header."),
                                   QStringLiteral("MS")};
    QCommandLineOption fault{
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault, repeatable: CALL:KIND[=MS][/TIMES] (see below)."),
        QStringLiteral("SPEC")};
    QCommandLineOption otpValidity{QStringLiteral("otp-validity-ms"),
                                   QStringLiteral("How long an OTP stays valid (default 300000)."),
                                   QStringLiteral("MS")};
    QCommandLineOption otpCooldown{QStringLiteral("otp-cooldown-ms"),
                                   QStringLiteral("Resend cool-down of a live OTP (default 60000)."),
                                   QStringLiteral("MS")};
    QCommandLineOption tlsCert{QStringLiteral("tls-cert"),
                               QStringLiteral("Serve HTTPS with this PEM certificate (with --tls-key)."),
                               QStringLiteral("FILE")};
    QCommandLineOption tlsKey{QStringLiteral("tls-key"),
                              QStringLiteral("The PEM RSA or EC key of --tls-cert."), QStringLiteral("FILE")};
    QCommandLineOption quiet{QStringLiteral("quiet"),
                             QStringLiteral("Do not print the OTPs sent to stderr.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QStringLiteral("Show the version.")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({port, host, allowRemote, seed, developerKey, accessKey, skew, clockOffset, fault,
                           otpValidity, otpCooldown, tlsCert, tlsKey, quiet, help, version});
    }
};

bool readNumber(const QCommandLineParser& parser, const QCommandLineOption& option, qint64* out,
                QString* error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("--%1 needs a number").arg(option.names().constLast());
        return false;
    }
    *out = value;
    return true;
}

const char kEpilogue[] = R"(
Eko API: http://HOST:PORT/ekoapi/v3/... (master and legacy PPI paths of both
rails, inquiry and refund). Requests must be signed with developer_key,
secret-key = base64(HMAC-SHA256(key = base64(access_key) as text, msg = ms
timestamp)) and secret-key-timestamp within the allowed skew, else HTTP 403
with a JSON "reason". Every answer has a Date header from the server clock.

Fee rule: 1% of the amount, at least Rs 4 (Rs 110 -> fee 4.0, service_tax
0.61 = GST inside the fee); the wallet is debited amount + fee. Limits:
Rs 50,000 per transaction and per month (Rs 10,000 a month until Aadhaar
and PAN are done), 5 new recipients a day.
Channel: 0 = IMPS, 1 = NEFT, 2 = as the recipient allows (IMPS unless it is
NEFT-only, like Eko's sample); read channel_desc in the answer.

OTPs: 6 random digits, single use, valid 5 min, 60 s resend cool-down,
3 wrong entries lock the mobile for 15 min ("OTP attempts exhausted"). They
are printed on stderr (unless --quiet) and readable from the control
endpoint. Purposes: sender, transaction, recipient_bank, refund, aadhaar.

Faults (--fault CALL:KIND[=MS][/TIMES]; CALL is a call name or *):
  delay=MS        answer after MS milliseconds
  drop            apply the call, then close the connection unanswered
  timeout         apply the call, then never answer
  http500         HTTP 500 with an HTML body, nothing applied
  truncated       apply the call, answer 200 with half the JSON
  Error answers that prove nothing (KIND: nothing applied;
  commit_then_KIND: the call is applied, e.g. the debit made, then KIND):
  http408 / commit_then_http408    a load balancer's HTML 408
  http429 / commit_then_http429    429 with Retry-After: 2, JSON without
                                   Eko's ids
  proxy404 / commit_then_proxy404  a proxy's HTML 404
  http502 / commit_then_http502    a gateway's HTML 502
  proxy403        a proxy's HTML 403 (not Eko's JSON one), nothing applied
  (drop and timeout also answer to commit_then_drop, commit_then_timeout)
  awaited=MS      Initiate: tx_status 2, settles to success MS later
                  (checked on inquiry; a negative MS never settles)
  refund-pending  Initiate: tx_status 3; a refund OTP goes to the sender
  e.g. --fault initiate_transaction:drop/1 --fault '*:delay=1500'
Call names: get_sender onboard_sender resend_sender_otp verify_sender_otp
  get_recipients add_recipient recipient_bank_otp verify_recipient_bank_otp
  send_transaction_otp initiate_transaction transaction_inquiry refund_otp refund
  get_ifsc_details get_bank_details (banks: resources/sandbox/banks.json)
  verify_bank_account (POST tools/kyc/bank-account/sync: the account
  holder's name from banks.json's account_holders, the endpoint table's fee)
  and, to finish onboarding (both rails): get_consent_languages
  (GET .../sender/{id}/aadhaar/consent/languages) get_consent_details
  (GET .../aadhaar/consent/details; texts: resources/sandbox/consent.json,
  Hindi audio at /sandbox/media/consent-hindi.wav) sender_aadhaar_otp
  (.../sender/{id}/aadhaar/otp; legacy customer/account/{id}/ppi[-levin]/aadhaar)
  verify_sender_aadhaar_otp (.../aadhaar/otp/verify, or verify_sender_otp
  with intent_id 20) validate_sender_pan (.../pan; legacy
  customer/account/{id}/ppi[-levin]/pan) load_wallet (ppi-digikhata
  .../sender/{id}/wallet/loadwallet)
  Training KYC: any 12-digit Aadhaar with a valid Verhoeff check digit
  (e.g. 234567890124, 499987654328); a PAN's 5th letter must be the
  initial of the wallet's surname (else 461 "Name as per PAN does not match").

Control endpoint (loopback only, unsigned):
  POST   /sandbox/control/faults   {"call","fault","delay_ms","settle_ms","times"}
                                   or {"spec":"CALL:KIND[=MS][/TIMES]"}
  DELETE /sandbox/control/faults   remove all faults
  GET    /sandbox/control/otp?mobile=M&purpose=P   last OTP sent
  GET    /sandbox/control/counters calls per name, initiates per client_ref_id,
                                   refund POSTs per tid
  POST   /sandbox/control/clock    {"offset_ms": N}
  GET    /sandbox/control/sender?mobile=M&rail=ppi-digikhata|ppi-levin
  GET    /sandbox/control/transactions   the ledger: tid, client_ref_id,
                                   sender, amount, fee, tx_status, refund
  POST   /sandbox/control/reset    back to the seed

Public UAT identity accepted: initiator_id 9962981729, user_code 20810200
(any initiator_id/user_code string is accepted; both are required).

Seeded customers:
)";

} // namespace

Parsed parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    const Flags flags;
    flags.addTo(parser);
    Parsed result;
    if (!parser.parse(arguments)) {
        result.action = Action::Fail;
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(flags.help)) {
        result.action = Action::ShowHelp;
        result.options.seedFile = parser.value(flags.seed);
        return result;
    }
    if (parser.isSet(flags.version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    SandboxOptions& o = result.options;
    bool ok = false;
    const uint port = parser.value(flags.port).toUInt(&ok);
    if (!ok || port > 65535) {
        result.action = Action::Fail;
        result.error = QStringLiteral("--port needs a number from 0 to 65535");
        return result;
    }
    o.port = static_cast<quint16>(port);
    if (!o.host.setAddress(parser.value(flags.host))) {
        result.action = Action::Fail;
        result.error = QStringLiteral("--host needs an IP address");
        return result;
    }
    o.allowNonLoopback = parser.isSet(flags.allowRemote);
    o.seedFile = parser.value(flags.seed);
    if (parser.isSet(flags.developerKey))
        o.developerKey = parser.value(flags.developerKey);
    if (parser.isSet(flags.accessKey))
        o.accessKey = parser.value(flags.accessKey);
    result.quiet = parser.isSet(flags.quiet);
    if (!readNumber(parser, flags.skew, &o.allowedSkewMs, &result.error) ||
        !readNumber(parser, flags.clockOffset, &o.clockOffsetMs, &result.error) ||
        !readNumber(parser, flags.otpValidity, &o.otpValidityMs, &result.error) ||
        !readNumber(parser, flags.otpCooldown, &o.otpResendCooldownMs, &result.error)) {
        result.action = Action::Fail;
        return result;
    }
    for (const QString& spec : parser.values(flags.fault)) {
        const std::optional<FaultRule> rule = FaultInjector::parseSpec(spec, &result.error);
        if (!rule) {
            result.action = Action::Fail;
            return result;
        }
        o.faults.append(*rule);
    }
    if (parser.isSet(flags.tlsCert) != parser.isSet(flags.tlsKey)) {
        result.action = Action::Fail;
        result.error = QStringLiteral("--tls-cert and --tls-key go together");
        return result;
    }
    if (parser.isSet(flags.tlsCert)) {
        const QString certFile = parser.value(flags.tlsCert);
        const QString keyFile = parser.value(flags.tlsKey);
        QString why;
        const std::optional<QList<QSslCertificate>> chain = http::loadCertificates(certFile, &why);
        if (!chain) {
            result.action = Action::Fail;
            result.error = QStringLiteral("--tls-cert %1: %2").arg(certFile, why);
            return result;
        }
        const std::optional<QSslKey> key = http::loadPrivateKey(keyFile, &why);
        if (!key) {
            result.action = Action::Fail;
            result.error = QStringLiteral("--tls-key %1: %2").arg(keyFile, why);
            return result;
        }
        o.tls = http::serverTls(*chain, *key);
    }
    if (!o.host.isLoopback() && !o.allowNonLoopback) {
        result.action = Action::Fail;
        result.error = QStringLiteral("--host %1 is not loopback; add --allow-remote to allow it")
                           .arg(o.host.toString());
    }
    return result;
}

QString helpText(const QString& seedFile)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulator of Eko's PPI wallet API (DigiKhata and Levin) for CounterDesk training and "
        "tests.\nPrints \"listening on http://HOST:PORT\" (https:// with --tls-cert) once it accepts "
        "connections."));
    const Flags flags;
    flags.addTo(parser);
    return parser.helpText() + QString::fromLatin1(kEpilogue) + SeedLoader::describe(seedFile) +
           QStringLiteral(
               "Any other mobile is not enrolled (308); Onboard Sender creates it (Aadhaar pending).\n");
}

} // namespace counterdesk::sandbox::CommandLine
