// Every call on both rails, sent by EkoClient with the built-in endpoint
// table to the in-process sandbox over loopback HTTP: the sandbox checks each
// request against the parameters REFERENCE.md lists for its (rail, call)
// (sandbox/ParamCatalog, written independently of the client's table) and
// must find nothing misplaced. A broken table is caught the same way.
#include "EkoSandboxFixture.h"
#include "TestRunner.h"
#include "domain/ClientRefId.h"

#include <QTest>

using namespace counterdesk;
using namespace counterdesk::eko;
using namespace counterdesk::eko::testing;

Q_DECLARE_METATYPE(counterdesk::sandbox::ParamFinding)

namespace {

// Seeded Aadhaar-pending wallets and their holders' PANs (docs/sandbox.md).
const QString kDkAadhaarPendingPan = QStringLiteral("AKSPS4821R");
const QString kLevinAadhaarPending = QStringLiteral("9000000008");
const QString kLevinAadhaarPendingPan = QStringLiteral("BQRPQ7310M");

QString describe(const QList<sandbox::ParamFinding>& findings)
{
    QStringList lines;
    for (const sandbox::ParamFinding& finding : findings)
        lines.append(finding.describe());
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestEkoClientParams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void everyCallOnBothRails_data();
    void everyCallOnBothRails();
    void brokenTableIsFound_data();
    void brokenTableIsFound();
    void strictModeRefusesMisplacedParameter();

private:
    // Sends all 13 calls on one rail; each must get an HTTP answer.
    // With mustSucceed false (a broken table), a refused step ends the
    // flow quietly: what counts then is what the sandbox found.
    void sendEveryCall(EkoClient& client, Rail rail, bool mustSucceed = true);
    bool startWith(const QByteArray& tableOverride, bool strict = false);

    SandboxFixture f;
};

void TestEkoClientParams::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "everyCallOnBothRails")
        QVERIFY(startWith({}));
}

void TestEkoClientParams::cleanup()
{
    f.client.reset();
    f.server.reset();
}

bool TestEkoClientParams::startWith(const QByteArray& tableOverride, bool strict)
{
    sandbox::SandboxOptions options;
    options.otpResendCooldownMs = 0;
    options.strictParams = strict;
    if (!f.start(options))
        return false;
    if (tableOverride.isEmpty())
        return true;
    ClientConfig config = f.config();
    const EndpointTableLoad load = EndpointTable::fromJson(tableOverride, &config.endpoints);
    if (!load.ok()) {
        qWarning("override refused at %s", qPrintable(load.where));
        return false;
    }
    config.endpoints = load.table;
    f.client = f.transport->client(config);
    return true;
}

void TestEkoClientParams::sendEveryCall(EkoClient& client, Rail rail, bool mustSucceed)
{
    const auto step = [mustSucceed](bool ok, const char* what) {
        if (!ok && mustSucceed)
            QTest::qFail(what, __FILE__, __LINE__);
        return ok;
    };
    const auto expectAnswer = [&step](const std::optional<Result>& r, const char* call) {
        return step(r.has_value() && r->httpStatus == 200, call);
    };

    const QString mobile = rail == Rail::DigiKhata ? kDkHealthy : kLevinHealthy;

    // The bank look-ups the Add Recipient below relies on (bank_id 9).
    const auto branch = SandboxFixture::wait(client.getIfscDetails({rail, QStringLiteral("BARB0VJXXXX")}));
    if (!expectAnswer(branch, "get_ifsc_details") ||
        !step(branch->bank && branch->bank->bankId == 9, "bank_id"))
        return;
    if (!expectAnswer(SandboxFixture::wait(client.getBankDetails({rail, QStringLiteral("BARB")})),
                      "get_bank_details"))
        return;

    const QString mobile0 = rail == Rail::DigiKhata ? kDkHealthy : kLevinHealthy;
    const auto holder = SandboxFixture::wait(client.verifyBankAccount(
        {rail, mobile0, QStringLiteral("300012345678"), QStringLiteral("SBIN0001234"), {}}));
    if (!expectAnswer(holder, "verify_bank_account") ||
        !step(holder->holder && holder->holder->name == QStringLiteral("GEETA RAO"), "holder name"))
        return;

    const auto sent = SandboxFixture::wait(client.getSender({rail, mobile}));
    if (!expectAnswer(sent, "get_sender"))
        return;
    if (!step(!sent->otpRefId.isEmpty(), "get_sender sent no OTP"))
        return;
    // The resend replaced the first OTP: verify the live one.
    const auto resent = SandboxFixture::wait(client.resendSenderOtp({rail, mobile}));
    if (!expectAnswer(resent, "resend_sender_otp"))
        return;
    VerifySenderOtpRequest v;
    v.rail = rail;
    v.customerId = mobile;
    v.otp = f.server->lastOtp(mobile, QStringLiteral("sender"));
    v.otpRefId = resent->otpRefId;
    const auto verified = SandboxFixture::wait(client.verifySenderOtp(v));
    if (!expectAnswer(verified, "verify_sender_otp"))
        return;
    if (!step(verified->sender.has_value(), "verify_sender_otp gave no profile"))
        return;
    const QString token = verified->sender->walletToken;
    QCOMPARE(token.isEmpty(), rail == Rail::DigiKhata);

    OnboardSenderRequest o;
    o.rail = rail;
    o.customerId = kNotEnrolled;
    o.name = QStringLiteral("Asha Devi");
    o.dateOfBirth = QDate(1990, 4, 5);
    o.residenceAddress = {QStringLiteral("12 MG Road"), QStringLiteral("Pune")};
    if (!expectAnswer(SandboxFixture::wait(client.onboardSender(o)), "onboard_sender"))
        return;

    const auto list = SandboxFixture::wait(client.getRecipients({rail, mobile, token}));
    if (!expectAnswer(list, "get_recipients"))
        return;
    if (!step(!list->recipients.isEmpty(), "no recipients"))
        return;
    const eko::Recipient payee = list->recipients.first();

    AddRecipientRequest a;
    a.rail = rail;
    a.customerId = mobile;
    a.recipientName = QStringLiteral("Meena Patel");
    a.recipientMobile = QStringLiteral("9876500099");
    a.account = QStringLiteral("001234567890");
    a.ifsc = QStringLiteral("BARB0VJXXXX");
    a.bankId = 9;
    a.walletToken = token;
    const auto added = SandboxFixture::wait(client.addRecipient(a));
    if (!expectAnswer(added, "add_recipient"))
        return;
    if (!step(added->recipientId.has_value(), "add_recipient gave no recipient_id"))
        return;
    const auto bank =
        SandboxFixture::wait(client.recipientBankOtp({rail, mobile, *added->recipientId, token}));
    if (!expectAnswer(bank, "recipient_bank_otp"))
        return;
    VerifyRecipientBankOtpRequest vb;
    vb.rail = rail;
    vb.customerId = mobile;
    vb.recipientId = *added->recipientId;
    // Levin registers without an OTP (REFERENCE §1.2 row 9); the call is
    // still sent, and what counts here is what it carries, not the answer.
    vb.otp = f.server->lastOtp(mobile, QStringLiteral("recipient_bank"));
    if (vb.otp.isEmpty())
        vb.otp = QStringLiteral("123456");
    vb.otpRefId = bank->otpRefId.isEmpty() ? QStringLiteral("none") : bank->otpRefId;
    vb.walletToken = token;
    if (!expectAnswer(SandboxFixture::wait(client.verifyRecipientBankOtp(vb)), "verify_recipient_bank_otp"))
        return;

    // The transfer fails into refund pending, so the refund calls have a tid.
    f.server->addFault({QStringLiteral("initiate_transaction"), sandbox::Fault::RefundPending, 0, 0, 1});
    SendTransactionOtpRequest so;
    so.rail = rail;
    so.customerId = mobile;
    so.recipientId = payee.recipientId;
    so.amount = Money::fromRupees(500);
    so.beneficiaryId = payee.beneficiaryId;
    so.walletToken = token;
    const auto otp = SandboxFixture::wait(client.sendTransactionOtp(so));
    if (!expectAnswer(otp, "send_transaction_otp"))
        return;
    if (!step(!otp->otpRefId.isEmpty(), "send_transaction_otp sent no OTP"))
        return;
    InitiateTransactionRequest r;
    r.rail = rail;
    r.clientRefId = ClientRefId::generate();
    r.customerId = mobile;
    r.recipientId = payee.recipientId;
    r.amount = so.amount;
    r.otp = f.server->lastOtp(mobile, QStringLiteral("transaction"));
    r.otpRefId = otp->otpRefId;
    r.beneficiaryId = payee.beneficiaryId;
    r.walletToken = token;
    r.walletId = verified->sender->walletId;
    r.latlong = QStringLiteral("28.63,77.22");
    const auto initiated = SandboxFixture::wait(client.initiateTransaction(f.tickets.initiate(r), r));
    if (!expectAnswer(initiated, "initiate_transaction"))
        return;
    if (!step(initiated->outcome == Outcome::RefundPending && initiated->transaction, "not refund pending"))
        return;
    const QString tid = initiated->transaction->tid;

    if (!expectAnswer(SandboxFixture::wait(client.transactionInquiry(
                          TransactionInquiryRequest::byClientRefId(rail, r.clientRefId))),
                      "transaction_inquiry"))
        return;
    const auto refundOtp = SandboxFixture::wait(client.refundOtp({rail, tid}));
    if (!expectAnswer(refundOtp, "refund_otp"))
        return;
    RefundRequest refund;
    refund.rail = rail;
    refund.tid = tid;
    refund.otp = f.server->lastOtp(mobile, QStringLiteral("refund"));
    refund.otpRefId = refundOtp->otpRefId;
    const auto refunded = SandboxFixture::wait(client.refund(f.tickets.refund(refund), refund));
    if (!expectAnswer(refunded, "refund"))
        return;
    if (!step(refunded->outcome == Outcome::Success, "refund failed"))
        return;

    // KYC of a seeded Aadhaar-pending wallet: consent, Aadhaar OTP, its check, PAN.
    const QString pending = rail == Rail::DigiKhata ? kDkAadhaarPending : kLevinAadhaarPending;
    const auto kycSent = SandboxFixture::wait(client.getSender({rail, pending}));
    if (!expectAnswer(kycSent, "get_sender (KYC)"))
        return;
    VerifySenderOtpRequest kv;
    kv.rail = rail;
    kv.customerId = pending;
    kv.otp = f.server->lastOtp(pending, QStringLiteral("sender"));
    kv.otpRefId = kycSent->otpRefId;
    const auto kycVerified = SandboxFixture::wait(client.verifySenderOtp(kv));
    if (!expectAnswer(kycVerified, "verify_sender_otp (KYC)") ||
        !step(kycVerified->reason == Reason::AadhaarPending && kycVerified->sender, "not Aadhaar pending"))
        return;
    const QString kycToken = kycVerified->sender->walletToken;
    const QString kycWalletId = kycVerified->sender->walletId;
    const auto languages = SandboxFixture::wait(client.getConsentLanguages({rail, pending, kycToken}));
    if (!expectAnswer(languages, "get_consent_languages") ||
        !step(!languages->consentLanguages.isEmpty(), "no consent languages"))
        return;
    const auto consent = SandboxFixture::wait(
        client.getConsentDetails({rail, pending, languages->consentLanguages.first().id, kycToken}));
    if (!expectAnswer(consent, "get_consent_details") || !step(consent->consent.has_value(), "no consent"))
        return;
    const auto aadhaarOtp = SandboxFixture::wait(
        client.sendAadhaarOtp({rail, pending, QStringLiteral("234567890124"), kycToken, kycWalletId}));
    if (!expectAnswer(aadhaarOtp, "sender_aadhaar_otp") || !step(!aadhaarOtp->otpRefId.isEmpty(), "no ref"))
        return;
    VerifyAadhaarOtpRequest va;
    va.rail = rail;
    va.customerId = pending;
    va.otp = f.server->lastOtp(pending, QStringLiteral("aadhaar"));
    va.otpRefId = aadhaarOtp->otpRefId;
    va.walletToken = kycToken;
    va.walletId = kycWalletId;
    const auto aadhaarVerified = SandboxFixture::wait(client.verifyAadhaarOtp(va));
    if (!expectAnswer(aadhaarVerified, "verify_sender_aadhaar_otp") ||
        !step(aadhaarVerified->reason == Reason::PanRequired, "Aadhaar OTP not accepted"))
        return;
    const auto pan = SandboxFixture::wait(client.validatePan(
        {rail, pending, rail == Rail::DigiKhata ? kDkAadhaarPendingPan : kLevinAadhaarPendingPan, kycToken,
         kycWalletId}));
    if (!expectAnswer(pan, "validate_sender_pan"))
        return;
    step(pan->outcome == Outcome::Success && pan->sender && pan->sender->totalMonthlyLimit,
         "PAN not accepted");
}

void TestEkoClientParams::everyCallOnBothRails_data()
{
    QTest::addColumn<Rail>("rail");
    QTest::newRow("ppi-digikhata") << Rail::DigiKhata;
    QTest::newRow("ppi-levin") << Rail::Levin;
}

void TestEkoClientParams::everyCallOnBothRails()
{
    QFETCH(Rail, rail);
    sendEveryCall(*f.client, rail);
    if (QTest::currentTestFailed())
        return;
    for (int c = 0; c < kCallCount; ++c) {
        const QString call = callName(static_cast<Call>(c));
        QVERIFY2(f.server->callCount(call) >= 1, qPrintable(call + QStringLiteral(" was not sent")));
    }
    const QList<sandbox::ParamFinding> findings = f.server->paramFindings();
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestEkoClientParams::brokenTableIsFound_data()
{
    QTest::addColumn<QByteArray>("tableOverride");
    QTest::addColumn<Rail>("rail");
    QTest::addColumn<sandbox::ParamFinding>("expected");
    using F = sandbox::ParamFinding;
    QTest::newRow("service_code on a Levin call")
        << QByteArray(R"({"params": {"ppi-levin": {"get_sender": {"constants": {"service_code": 80}}}}})")
        << Rail::Levin
        << F{QStringLiteral("get_sender"), QStringLiteral("ppi-levin"), QStringLiteral("service_code"),
             F::Unexpected};
    QTest::newRow("Levin wallet dropped")
        << QByteArray(R"({"params": {"ppi-levin": {"add_recipient": {"carries": []}}}})") << Rail::Levin
        << F{QStringLiteral("add_recipient"), QStringLiteral("ppi-levin"), QStringLiteral("wallet_token"),
             F::Missing};
    QTest::newRow("DigiKhata IFSC under Levin's name")
        << QByteArray(R"({"params": {"ppi-digikhata": {"add_recipient": {"wire_names": {"ifsc": null}}}}})")
        << Rail::DigiKhata
        << F{QStringLiteral("add_recipient"), QStringLiteral("ppi-digikhata"), QStringLiteral("ifsc"),
             F::Unexpected};
    QTest::newRow("wallet_id on Levin Initiate")
        << QByteArray(
               R"({"params": {"ppi-levin": {"initiate_transaction": {"carries": ["wallet_token", "wallet_id", "beneficiary_id", "latlong"]}}}})")
        << Rail::Levin
        << F{QStringLiteral("initiate_transaction"), QStringLiteral("ppi-levin"), QStringLiteral("wallet_id"),
             F::Unexpected};
    QTest::newRow("refund without state")
        << QByteArray(R"({"params": {"ppi-digikhata": {"refund": {"constants": {"state": null}}}}})")
        << Rail::DigiKhata << F{QStringLiteral("refund"), QString(), QStringLiteral("state"), F::Missing};
}

void TestEkoClientParams::brokenTableIsFound()
{
    QFETCH(QByteArray, tableOverride);
    QFETCH(Rail, rail);
    QFETCH(sandbox::ParamFinding, expected);
    QVERIFY(startWith(tableOverride));
    sendEveryCall(*f.client, rail, false);
    const QList<sandbox::ParamFinding> findings = f.server->paramFindings();
    QVERIFY2(findings.contains(expected), qPrintable(describe(findings)));
}

void TestEkoClientParams::strictModeRefusesMisplacedParameter()
{
    QVERIFY(
        startWith(R"({"params": {"ppi-levin": {"get_sender": {"constants": {"service_code": 80}}}}})", true));
    EKO_AWAIT(r, f.client->getSender({Rail::Levin, kLevinHealthy}));
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.reason, Reason::InvalidParameters);
    QVERIFY(r.fieldErrors.contains(QStringLiteral("service_code")));
    // The right table passes in strict mode too.
    EKO_AWAIT(dk, f.client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(dk.outcome, Outcome::Success);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoClientParams)
#include "tst_ekoclient_params.moc"
