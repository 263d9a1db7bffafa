// EkoClient against the in-process sandbox over real loopback HTTP: every
// call the console makes, its success and its documented errors, on both
// rails.
#include "EkoSandboxFixture.h"
#include "TestRunner.h"
#include "domain/ClientRefId.h"
#include "eko/EkoLogging.h"

#include <QLoggingCategory>
#include <QSignalSpy>

using namespace counterdesk;
using namespace counterdesk::eko;
using namespace counterdesk::eko::testing;

namespace {
const QString kDkLowBalance = QStringLiteral("9000000005");
const QString kDkLimitNearlyUsed = QStringLiteral("9000000006");
const QString kLevinPanPending = QStringLiteral("9000000007");
const QString kDkNoRecipients = QStringLiteral("6111111111");
} // namespace

class TestEkoClientCalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void digiKhataTransferEndToEnd();
    void levinTransferEndToEnd();
    void notEnrolledThenOnboard();
    void onboardExistingWalletOpened();
    void aadhaarPendingAndPanRequired();
    void wrongSenderOtp_data();
    void wrongSenderOtp();
    void resendSenderOtp();
    void addRecipientAndRegisterWithBank();
    void levinAddRecipientAndRegister();
    void recipientAlreadyAddedAndMax();
    void insufficientBalance();
    void monthlyLimitExhausted();
    void wrongTransactionOtp();
    void recipientNotRegistered();
    void levinWithoutWalletToken();
    void refundFlow();
    void inquiryNotFound();
    void reusedClientRefIdIsRefusedNotRepeated();
    void fieldErrorsComeBackPerField();
    void insecureUrlRefusedLocally();
    void invalidRequestRefusedLocally();
    void moneyCallWithoutItsTicketIsRefused();
    void legacyPathSetWorks();
    void noSecretReachesTheLog();
    void channelCodeFromTableAndDescFromServer();

private:
    SenderProfile login(Rail rail, const QString& mobile);
    Result transfer(Rail rail, const QString& mobile, qint64 recipientId, qint64 rupees,
                    const QString& walletToken, const QString& ref, bool wrongOtp = false);

    SandboxFixture f;
};

void TestEkoClientCalls::init()
{
    sandbox::SandboxOptions options;
    // The resend cool-down is tested on its own; elsewhere it would only
    // slow the flows down.
    if (QByteArray(QTest::currentTestFunction()) != "resendSenderOtp")
        options.otpResendCooldownMs = 0;
    QVERIFY(f.start(options));
}

void TestEkoClientCalls::cleanup()
{
    f.client.reset();
    f.server.reset();
}

SenderProfile TestEkoClientCalls::login(Rail rail, const QString& mobile)
{
    SenderProfile profile;
    const auto sent = SandboxFixture::wait(f.client->getSender({rail, mobile}));
    if (!sent || sent->outcome != Outcome::Success || sent->otpRefId.isEmpty()) {
        QTest::qFail("get_sender did not send an OTP", __FILE__, __LINE__);
        return profile;
    }
    VerifySenderOtpRequest v;
    v.rail = rail;
    v.customerId = mobile;
    v.otp = f.server->lastOtp(mobile, QStringLiteral("sender"));
    v.otpRefId = sent->otpRefId;
    const auto verified = SandboxFixture::wait(f.client->verifySenderOtp(v));
    if (!verified || verified->outcome != Outcome::Success || !verified->sender) {
        QTest::qFail("verify_sender_otp failed", __FILE__, __LINE__);
        return profile;
    }
    return *verified->sender;
}

Result TestEkoClientCalls::transfer(Rail rail, const QString& mobile, qint64 recipientId, qint64 rupees,
                                    const QString& walletToken, const QString& ref, bool wrongOtp)
{
    SendTransactionOtpRequest o;
    o.rail = rail;
    o.customerId = mobile;
    o.recipientId = recipientId;
    o.amount = Money::fromRupees(rupees);
    o.walletToken = walletToken;
    const auto otp = SandboxFixture::wait(f.client->sendTransactionOtp(o));
    if (!otp || otp->outcome != Outcome::Success || otp->otpRefId.isEmpty()) {
        QTest::qFail("send_transaction_otp failed", __FILE__, __LINE__);
        return {};
    }
    InitiateTransactionRequest r;
    r.rail = rail;
    r.clientRefId = ref;
    r.customerId = mobile;
    r.recipientId = recipientId;
    r.amount = Money::fromRupees(rupees);
    r.otp = wrongOtp ? QStringLiteral("000000") : f.server->lastOtp(mobile, QStringLiteral("transaction"));
    if (wrongOtp && r.otp == f.server->lastOtp(mobile, QStringLiteral("transaction")))
        r.otp = QStringLiteral("111111");
    r.otpRefId = otp->otpRefId;
    r.walletToken = walletToken;
    r.latlong = QStringLiteral("28.63,77.22");
    const auto done = SandboxFixture::wait(f.client->initiateTransaction(f.tickets.initiate(r), r));
    if (!done) {
        QTest::qFail("initiate_transaction did not finish", __FILE__, __LINE__);
        return {};
    }
    return *done;
}

void TestEkoClientCalls::digiKhataTransferEndToEnd()
{
    const SenderProfile profile = login(Rail::DigiKhata, kDkHealthy);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(profile.balance, Money::fromRupees(25000));
    QVERIFY(profile.nextAllowedLimit.has_value());

    EKO_AWAIT(list, f.client->getRecipients({Rail::DigiKhata, kDkHealthy, {}}));
    QCOMPARE(list.outcome, Outcome::Success);
    QCOMPARE(list.recipients.size(), 3);
    QCOMPARE(list.recipients.first().recipientId, qint64(10017680));

    const QString ref = ClientRefId::generate();
    const Result r = transfer(Rail::DigiKhata, kDkHealthy, 10017680, 500, {}, ref);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.outcome, Outcome::Success);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.responseTypeId, 325);
    QCOMPARE(r.clientRefId, ref);
    QVERIFY(r.transaction);
    QVERIFY(!r.transaction->tid.isEmpty());
    QCOMPARE(r.transaction->txStatus, 0);
    QCOMPARE(r.transaction->amount, Money::fromRupees(500));
    QVERIFY(r.transaction->fee.has_value());
    QVERIFY(!r.transaction->channelDesc.isEmpty()); // always shown, whatever we sent
    QVERIFY(!r.followUp);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(f.server->initiateCount(ref), 1);

    EKO_AWAIT(byRef,
              f.client->transactionInquiry(TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, ref)));
    QCOMPARE(byRef.outcome, Outcome::Success);
    QCOMPARE(byRef.responseTypeId, 1472);
    QCOMPARE(byRef.transaction->tid, r.transaction->tid);
    EKO_AWAIT(byTid, f.client->transactionInquiry(
                         TransactionInquiryRequest::byTid(Rail::DigiKhata, r.transaction->tid)));
    QCOMPARE(byTid.outcome, Outcome::Success);
    QCOMPARE(byTid.transaction->amount, Money::fromRupees(500));
}

void TestEkoClientCalls::levinTransferEndToEnd()
{
    const SenderProfile profile = login(Rail::Levin, kLevinHealthy);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!profile.walletToken.isEmpty());
    QVERIFY(!profile.walletId.isEmpty());

    EKO_AWAIT(list, f.client->getRecipients({Rail::Levin, kLevinHealthy, profile.walletToken}));
    QCOMPARE(list.outcome, Outcome::Success);
    QCOMPARE(list.recipients.size(), 2);

    const QString ref = ClientRefId::generate();
    const Result r = transfer(Rail::Levin, kLevinHealthy, 10017740, 1000, profile.walletToken, ref);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.outcome, Outcome::Success);
    QCOMPARE(r.transaction->amount, Money::fromRupees(1000));
    QCOMPARE(f.server->initiateCount(ref), 1);
}

void TestEkoClientCalls::notEnrolledThenOnboard()
{
    EKO_AWAIT(r, f.client->getSender({Rail::DigiKhata, kNotEnrolled}));
    QCOMPARE(r.outcome, Outcome::ActionRequired);
    QCOMPARE(r.reason, Reason::NotEnrolled);
    QCOMPARE(r.ekoStatus, 308);

    OnboardSenderRequest o;
    o.customerId = kNotEnrolled;
    o.name = QStringLiteral("Asha Devi");
    o.dateOfBirth = QDate(1990, 4, 5);
    o.residenceAddress = {QStringLiteral("12 MG Road"), QStringLiteral("Pune")};
    EKO_AWAIT(onboard, f.client->onboardSender(o));
    QCOMPARE(onboard.outcome, Outcome::Success);
    QVERIFY(!onboard.otpRefId.isEmpty());
    QVERIFY(!onboard.walletOpened);

    VerifySenderOtpRequest v;
    v.customerId = kNotEnrolled;
    v.otp = f.server->lastOtp(kNotEnrolled, QStringLiteral("sender"));
    v.otpRefId = onboard.otpRefId;
    EKO_AWAIT(verified, f.client->verifySenderOtp(v));
    QCOMPARE(verified.outcome, Outcome::ActionRequired);
    QCOMPARE(verified.reason, Reason::AadhaarPending);
}

void TestEkoClientCalls::onboardExistingWalletOpened()
{
    OnboardSenderRequest o;
    o.customerId = kDkHealthy;
    o.name = QStringLiteral("Ramesh Kumar");
    o.dateOfBirth = QDate(1984, 6, 15);
    o.residenceAddress = {QStringLiteral("Delhi")};
    EKO_AWAIT(r, f.client->onboardSender(o));
    QCOMPARE(r.outcome, Outcome::Success);
    QCOMPARE(r.responseTypeId, 300);
    QVERIFY(r.walletOpened);
}

void TestEkoClientCalls::aadhaarPendingAndPanRequired()
{
    for (const auto& [rail, mobile, reason] :
         {std::tuple{Rail::DigiKhata, kDkAadhaarPending, Reason::AadhaarPending},
          std::tuple{Rail::Levin, kLevinPanPending, Reason::PanRequired}}) {
        EKO_AWAIT(sent, f.client->getSender({rail, mobile}));
        QCOMPARE(sent.outcome, Outcome::Success);
        VerifySenderOtpRequest v;
        v.rail = rail;
        v.customerId = mobile;
        v.otp = f.server->lastOtp(mobile, QStringLiteral("sender"));
        v.otpRefId = sent.otpRefId;
        EKO_AWAIT(verified, f.client->verifySenderOtp(v));
        QCOMPARE(verified.outcome, Outcome::ActionRequired);
        QCOMPARE(verified.reason, reason);
    }
}

void TestEkoClientCalls::wrongSenderOtp_data()
{
    QTest::addColumn<Rail>("rail");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<Reason>("reason");
    QTest::newRow("digikhata 302") << Rail::DigiKhata << kDkHealthy << Reason::WrongOtp;
    QTest::newRow("levin 2138") << Rail::Levin << kLevinHealthy << Reason::InvalidOtp;
}

void TestEkoClientCalls::wrongSenderOtp()
{
    QFETCH(Rail, rail);
    QFETCH(QString, mobile);
    QFETCH(Reason, reason);
    EKO_AWAIT(sent, f.client->getSender({rail, mobile}));
    VerifySenderOtpRequest v;
    v.rail = rail;
    v.customerId = mobile;
    const QString right = f.server->lastOtp(mobile, QStringLiteral("sender"));
    v.otp = right == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
    v.otpRefId = sent.otpRefId;
    EKO_AWAIT(r, f.client->verifySenderOtp(v));
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.reason, reason);
    QVERIFY(!r.message.isEmpty()); // Eko's own words, for support
}

void TestEkoClientCalls::resendSenderOtp()
{
    EKO_AWAIT(sent, f.client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(sent.outcome, Outcome::Success);
    // Within the 60 s cool-down the sandbox refuses, like Eko.
    EKO_AWAIT(again, f.client->resendSenderOtp({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(again.outcome, Outcome::Failed);
    QCOMPARE(again.reason, Reason::TryLater);
    QCOMPARE(f.server->callCount(QStringLiteral("resend_sender_otp")), 1);
}

void TestEkoClientCalls::addRecipientAndRegisterWithBank()
{
    AddRecipientRequest a;
    a.customerId = kDkHealthy;
    a.recipientName = QStringLiteral("Meena Patel");
    a.recipientMobile = QStringLiteral("9876500099");
    a.account = QStringLiteral("001234567890");
    a.ifsc = QStringLiteral("BARB0VJXXXX");
    a.bankId = 9;
    EKO_AWAIT(added, f.client->addRecipient(a));
    QCOMPARE(added.outcome, Outcome::Success);
    QCOMPARE(added.responseTypeId, 43);
    QVERIFY(added.recipientId.has_value());

    EKO_AWAIT(bank, f.client->recipientBankOtp({Rail::DigiKhata, kDkHealthy, *added.recipientId, {}}));
    QCOMPARE(bank.outcome, Outcome::Success);
    QCOMPARE(bank.responseTypeId, 1741);
    QVERIFY(!bank.beneficiaryId.isEmpty());
    QVERIFY(!bank.otpRefId.isEmpty());

    VerifyRecipientBankOtpRequest v;
    v.customerId = kDkHealthy;
    v.recipientId = *added.recipientId;
    v.otp = f.server->lastOtp(kDkHealthy, QStringLiteral("recipient_bank"));
    v.otpRefId = bank.otpRefId;
    EKO_AWAIT(verified, f.client->verifyRecipientBankOtp(v));
    QCOMPARE(verified.outcome, Outcome::Success); // rtid 2131 with rsid 0
    QCOMPARE(verified.responseTypeId, 2131);
}

void TestEkoClientCalls::levinAddRecipientAndRegister()
{
    const SenderProfile profile = login(Rail::Levin, kLevinHealthy);
    if (QTest::currentTestFailed())
        return;
    AddRecipientRequest a;
    a.rail = Rail::Levin;
    a.customerId = kLevinHealthy;
    a.recipientName = QStringLiteral("Imran Khan");
    a.recipientMobile = QStringLiteral("9876500098");
    a.account = QStringLiteral("55512345678");
    a.ifsc = QStringLiteral("HDFC0000123");
    a.bankId = 56;
    a.walletToken = profile.walletToken;
    EKO_AWAIT(added, f.client->addRecipient(a));
    QCOMPARE(added.outcome, Outcome::Success);
    QVERIFY(added.recipientId.has_value());
    EKO_AWAIT(bank, f.client->recipientBankOtp(
                        {Rail::Levin, kLevinHealthy, *added.recipientId, profile.walletToken}));
    QCOMPARE(bank.outcome, Outcome::Success);
    QVERIFY(!bank.beneficiaryId.isEmpty());
}

void TestEkoClientCalls::recipientAlreadyAddedAndMax()
{
    AddRecipientRequest a;
    a.customerId = kDkNoRecipients;
    a.recipientName = QStringLiteral("Raju");
    a.ifsc = QStringLiteral("SBIN0001234");
    a.bankId = 108;
    for (int i = 0; i < 5; ++i) {
        a.recipientMobile = QStringLiteral("98765001%1").arg(i, 2, 10, QLatin1Char('0'));
        a.account = QStringLiteral("1000200030%1").arg(i, 2, 10, QLatin1Char('0'));
        EKO_AWAIT(r, f.client->addRecipient(a));
        QCOMPARE(r.outcome, Outcome::Success);
    }
    EKO_AWAIT(again, f.client->addRecipient(a)); // the fifth, once more
    QCOMPARE(again.outcome, Outcome::Failed);
    QCOMPARE(again.reason, Reason::RecipientAlreadyAdded);

    a.recipientMobile = QStringLiteral("9876500199");
    a.account = QStringLiteral("100020003099");
    EKO_AWAIT(sixth, f.client->addRecipient(a));
    QCOMPARE(sixth.outcome, Outcome::Failed);
    QCOMPARE(sixth.reason, Reason::MaxRecipients);
}

void TestEkoClientCalls::insufficientBalance()
{
    login(Rail::DigiKhata, kDkLowBalance);
    if (QTest::currentTestFailed())
        return;
    EKO_AWAIT(list, f.client->getRecipients({Rail::DigiKhata, kDkLowBalance, {}}));
    QVERIFY(!list.recipients.isEmpty());
    const QString ref = ClientRefId::generate();
    const Result r =
        transfer(Rail::DigiKhata, kDkLowBalance, list.recipients.first().recipientId, 200, {}, ref);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.reason, Reason::InsufficientBalance);
    QCOMPARE(r.ekoStatus, 347);
    QCOMPARE(f.server->initiateCount(ref), 1);
}

void TestEkoClientCalls::monthlyLimitExhausted()
{
    EKO_AWAIT(list, f.client->getRecipients({Rail::DigiKhata, kDkLimitNearlyUsed, {}}));
    QVERIFY(!list.recipients.isEmpty());
    const Result r = transfer(Rail::DigiKhata, kDkLimitNearlyUsed, list.recipients.first().recipientId, 300,
                              {}, ClientRefId::generate());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.reason, Reason::LimitExhausted);
}

void TestEkoClientCalls::wrongTransactionOtp()
{
    const Result r =
        transfer(Rail::DigiKhata, kDkHealthy, 10017680, 100, {}, ClientRefId::generate(), /*wrongOtp=*/true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.reason, Reason::WrongOtp);
}

void TestEkoClientCalls::recipientNotRegistered()
{
    const Result r = transfer(Rail::DigiKhata, kDkHealthy, 10017682, 100, {}, ClientRefId::generate());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.outcome, Outcome::Failed); // tx_status 1, status 313
    QCOMPARE(r.ekoStatus, 313);
    QCOMPARE(r.reason, Reason::TransactionFailed);
}

void TestEkoClientCalls::levinWithoutWalletToken()
{
    SendTransactionOtpRequest o;
    o.rail = Rail::Levin;
    o.customerId = kLevinHealthy;
    o.recipientId = 10017740;
    o.amount = Money::fromRupees(100);
    EKO_AWAIT(r, f.client->sendTransactionOtp(o));
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.reason, Reason::InvalidParameters);
    QVERIFY(r.fieldErrors.contains(QStringLiteral("wallet_token")));
}

void TestEkoClientCalls::refundFlow()
{
    f.server->addFault({QStringLiteral("initiate_transaction"), sandbox::Fault::RefundPending, 0, 0, 1});
    const QString ref = ClientRefId::generate();
    const Result failed = transfer(Rail::DigiKhata, kDkHealthy, 10017680, 700, {}, ref);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(failed.outcome, Outcome::RefundPending);
    const QString tid = failed.transaction->tid;

    EKO_AWAIT(otp, f.client->refundOtp({Rail::DigiKhata, tid}));
    QCOMPARE(otp.outcome, Outcome::Success);
    QVERIFY(!otp.otpRefId.isEmpty());

    RefundRequest r;
    r.tid = tid;
    r.otp = f.server->lastOtp(kDkHealthy, QStringLiteral("refund"));
    r.otpRefId = otp.otpRefId;
    EKO_AWAIT(refund, f.client->refund(f.tickets.refund(r), r));
    QCOMPARE(refund.outcome, Outcome::Success);
    QCOMPARE(refund.responseTypeId, 74);
    QVERIFY(refund.refund);
    QVERIFY(!refund.refund->refundTid.isEmpty());
    QCOMPARE(refund.refund->refundedAmount,
             failed.transaction->amount.value() + failed.transaction->fee.value());

    EKO_AWAIT(after, f.client->transactionInquiry(TransactionInquiryRequest::byTid(Rail::DigiKhata, tid)));
    QCOMPARE(after.outcome, Outcome::Refunded);

    EKO_AWAIT(twice,
              f.client->refund(f.tickets.refund(r), r)); // the same OTP again: nothing to refund any more
    QCOMPARE(twice.outcome, Outcome::Failed);
}

void TestEkoClientCalls::inquiryNotFound()
{
    EKO_AWAIT(r, f.client->transactionInquiry(
                     TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, ClientRefId::generate())));
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.reason, Reason::TransactionNotFound);
    QCOMPARE(r.attempts, 1); // decisive: not retried
}

void TestEkoClientCalls::reusedClientRefIdIsRefusedNotRepeated()
{
    const QString ref = ClientRefId::generate();
    const Result first = transfer(Rail::DigiKhata, kDkHealthy, 10017680, 100, {}, ref);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(first.outcome, Outcome::Success);
    const Result second = transfer(Rail::DigiKhata, kDkHealthy, 10017680, 100, {}, ref);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(second.outcome, Outcome::Failed);
    QCOMPARE(second.reason, Reason::InvalidParameters);
    QVERIFY(second.fieldErrors.contains(QStringLiteral("client_ref_id")));
    QCOMPARE(f.server->initiateCount(ref), 2); // two caller requests, each sent once
}

void TestEkoClientCalls::fieldErrorsComeBackPerField()
{
    // An otp_ref_id the sandbox never issued: a parameter error, per field.
    const InitiateTransactionRequest r = counterdesk::eko::testing::initiateWithoutOtp(
        kDkHealthy, 10017680, 100, QStringLiteral("never-issued"));
    EKO_AWAIT(res, f.client->initiateTransaction(f.tickets.initiate(r), r));
    QCOMPARE(res.outcome, Outcome::Failed);
    QCOMPARE(res.reason, Reason::InvalidParameters);
    QVERIFY(res.fieldErrors.contains(QStringLiteral("otp_ref_id")));
    QVERIFY(!res.followUp);
}

void TestEkoClientCalls::insecureUrlRefusedLocally()
{
    ClientConfig c = f.config();
    c.endpoints.setBaseUrl(QUrl(QStringLiteral("http://staging.eko.in/ekoapi/v3")));
    const std::unique_ptr<EkoClient> insecure = f.transport->client(c);
    EKO_AWAIT(r, insecure->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(r.outcome, Outcome::NotSent);
    QCOMPARE(r.reason, Reason::InsecureUrl);
    QCOMPARE(r.attempts, 0);
}

void TestEkoClientCalls::invalidRequestRefusedLocally()
{
    InitiateTransactionRequest r; // no recipient, no OTP (the ref comes from the ticket)
    r.customerId = kDkHealthy;
    QSignalSpy all(f.client.get(), &EkoClient::callFinished);
    PendingCall* call = f.client->initiateTransaction(f.tickets.initiate(r), r);
    QVERIFY(!call->isFinished()); // always finishes from the event loop
    EKO_AWAIT(res, call);
    QCOMPARE(res.outcome, Outcome::NotSent);
    QCOMPARE(res.reason, Reason::InvalidRequest);
    QCOMPARE(res.detail, QStringLiteral("recipient_id"));
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 0);
    QCOMPARE(all.size(), 1);
}

// Journal first, by construction: a money call goes out only with the
// ticket of its own journal row, once. Another row's ticket, a refund's
// ticket or a spent one sends nothing.
void TestEkoClientCalls::moneyCallWithoutItsTicketIsRefused()
{
    const InitiateTransactionRequest r =
        counterdesk::eko::testing::initiateWithoutOtp(kDkHealthy, 10017680, 100);
    InitiateTransactionRequest other = r;
    other.clientRefId = ClientRefId::generate();

    EKO_AWAIT(wrongRow, f.client->initiateTransaction(f.tickets.initiate(other), r));
    QCOMPARE(wrongRow.outcome, Outcome::NotSent);
    QCOMPARE(wrongRow.reason, Reason::InvalidRequest);

    RefundRequest refund;
    refund.tid = QStringLiteral("2882799999");
    EKO_AWAIT(refundTicket, f.client->initiateTransaction(f.tickets.refund(refund), r));
    QCOMPARE(refundTicket.outcome, Outcome::NotSent);

    MoneyCallTicket ticket = f.tickets.initiate(r);
    MoneyCallTicket kept = std::move(ticket);
    QVERIFY(!ticket.isValid()); // NOLINT(bugprone-use-after-move): that is the point
    EKO_AWAIT(spent, f.client->initiateTransaction(std::move(ticket), r));
    QCOMPARE(spent.outcome, Outcome::NotSent);

    RefundRequest otherTid = refund;
    otherTid.tid = QStringLiteral("2882700000");
    EKO_AWAIT(wrongTid, f.client->refund(f.tickets.refund(refund), otherTid));
    QCOMPARE(wrongTid.outcome, Outcome::NotSent);

    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 0);
    QCOMPARE(f.server->callCount(QStringLiteral("refund")), 0);
    QVERIFY(kept.isValid());
}

void TestEkoClientCalls::legacyPathSetWorks()
{
    ClientConfig c = f.config();
    c.endpoints.setPathSet(PathSet::Legacy);
    const std::unique_ptr<EkoClient> legacy = f.transport->client(c);
    EKO_AWAIT(sender, legacy->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(sender.outcome, Outcome::Success);
    EKO_AWAIT(levin, legacy->getSender({Rail::Levin, kLevinHealthy})); // legacy Levin: a POST
    QCOMPARE(levin.outcome, Outcome::Success);
    EKO_AWAIT(list, legacy->getRecipients({Rail::DigiKhata, kDkHealthy, {}}));
    QCOMPARE(list.outcome, Outcome::Success);
    QCOMPARE(list.recipients.size(), 3);
}

void TestEkoClientCalls::channelCodeFromTableAndDescFromServer()
{
    // Eko's codes (the endpoint table): IMPS 2, NEFT 1. What the transfer
    // really used is whatever Eko's channel_desc says; the client reports it
    // unchanged. A NEFT choice for a both-channel recipient goes NEFT.
    struct Case
    {
        qint64 recipient;
        Channel channel;
        Outcome outcome;
        QString code;
    };
    const QList<Case> cases = {
        {10017680, Channel::Imps, Outcome::Success, QStringLiteral("2")}, // both channels allowed
        {10017680, Channel::Neft, Outcome::Success, QStringLiteral("1")}, // both, NEFT chosen
        {10017681, Channel::Neft, Outcome::Success, QStringLiteral("1")}, // NEFT-only recipient
        {10017681, Channel::Imps, Outcome::Failed, QStringLiteral("2")},  // IMPS refused (status 53)
    };
    for (const Case& c : cases) {
        SendTransactionOtpRequest o;
        o.customerId = kDkHealthy;
        o.recipientId = c.recipient;
        o.amount = Money::fromRupees(100);
        EKO_AWAIT(otp, f.client->sendTransactionOtp(o));
        InitiateTransactionRequest r;
        r.clientRefId = ClientRefId::generate();
        r.customerId = kDkHealthy;
        r.recipientId = c.recipient;
        r.amount = o.amount;
        r.channel = c.channel;
        r.otp = f.server->lastOtp(kDkHealthy, QStringLiteral("transaction"));
        r.otpRefId = otp.otpRefId;
        EKO_AWAIT(res, f.client->initiateTransaction(f.tickets.initiate(r), r));
        QCOMPARE(res.outcome, c.outcome);
        QVERIFY(res.transaction);
        QCOMPARE(res.transaction->channel, c.code);
        if (c.outcome == Outcome::Success)
            QCOMPARE(res.transaction->channelDesc,
                     c.channel == Channel::Neft ? QStringLiteral("NEFT") : QStringLiteral("IMPS"));
        else
            QCOMPARE(res.ekoStatus, 53);
    }
}

namespace {
QStringList g_logLines;
void collectLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_logLines << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}
} // namespace

void TestEkoClientCalls::noSecretReachesTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("counterdesk.eko.debug=true\ncounterdesk.eko.info=true"));
    if (!lcEko().isDebugEnabled()) {
        QLoggingCategory::setFilterRules(QString());
        QSKIP("counterdesk.eko logging is switched off by QT_LOGGING_RULES");
    }
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectLog);

    const SenderProfile profile = login(Rail::Levin, kLevinHealthy);
    const QString senderOtp = f.server->lastOtp(kLevinHealthy, QStringLiteral("sender"));
    const Result r =
        transfer(Rail::Levin, kLevinHealthy, 10017740, 100, profile.walletToken, ClientRefId::generate());
    const QString txnOtp = f.server->lastOtp(kLevinHealthy, QStringLiteral("transaction"));
    ClientConfig bad = f.config();
    bad.credentials.accessKey = "wrong-key-in-a-403";
    const std::unique_ptr<EkoClient> badClient = f.transport->client(bad);
    const auto forbidden = SandboxFixture::wait(badClient->getSender({Rail::Levin, kLevinHealthy}));

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.outcome, Outcome::Success);
    QVERIFY(forbidden && forbidden->httpStatus == 403);

    const Credentials creds = counterdesk::eko::testing::uatCredentials();
    const QStringList secrets = {QString::fromLatin1(creds.accessKey),
                                 QString::fromLatin1(creds.accessKey.toBase64()),
                                 creds.developerKey,
                                 QStringLiteral("wrong-key-in-a-403"),
                                 profile.walletToken,
                                 senderOtp,
                                 txnOtp,
                                 kLevinHealthy};
    QVERIFY2(g_logLines.size() >= 4, "the client logged nothing: the test would prove nothing");
    for (const QString& line : std::as_const(g_logLines)) {
        for (const QString& secret : secrets)
            QVERIFY2(secret.isEmpty() || !line.contains(secret), qPrintable(line));
    }
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoClientCalls)
#include "tst_ekoclient_calls.moc"
