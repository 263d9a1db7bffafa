// EkoClient under the sandbox's injected faults (SandboxTypes.h Fault): each
// turns into the right classification, a money POST is never sent twice,
// an unknown money outcome is followed by exactly one inquiry, and GETs are
// retried with back-off.
#include "EkoSandboxFixture.h"
#include "TestRunner.h"
#include "domain/ClientRefId.h"
#include "eko/ResponseClassifier.h"

#include <QElapsedTimer>

using namespace counterdesk;
using namespace counterdesk::eko;
using namespace counterdesk::eko::testing;
using sandbox::Fault;
using sandbox::FaultRule;

Q_DECLARE_METATYPE(counterdesk::sandbox::Fault)

namespace {
constexpr qint64 kRecipient = 10017680;
constexpr int kClientTimeoutMs = 1500;

FaultRule rule(const char* call, Fault fault, int times = 1, int delayMs = 0, int settleMs = 0)
{
    FaultRule r;
    r.callName = QString::fromLatin1(call);
    r.fault = fault;
    r.times = times;
    r.delayMs = delayMs;
    r.settleMs = settleMs;
    return r;
}

// The one direct Initiate of the tests added for the error answers, so a
// change to the client's money-call signature is made here only.
PendingCall* sendInitiate(EkoClient& client, counterdesk::tests::TicketDesk& tickets,
                          const InitiateTransactionRequest& request)
{
    return client.initiateTransaction(tickets.initiate(request), request);
}
} // namespace

class TestEkoClientFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void initiateFaults_data();
    void initiateFaults();
    void initiateOnFreshConnectionDropped();
    void initiateErrorAnswers_data();
    void initiateErrorAnswers();
    void awaitedSettlesOnInquiry();
    void refundUnknownIsInquiredByTid();
    void otherPostsAreNeverResent();
    void getRetriedThenSucceeds_data();
    void getRetriedThenSucceeds();
    void getRetriesExhausted();
    void faultOnEveryCall();
    void abortMoneyCallInFlight();
    void timeoutIsConfigurable();

private:
    InitiateTransactionRequest preparedTransfer(qint64 rupees);
    SandboxFixture f;
};

void TestEkoClientFaults::init()
{
    sandbox::SandboxOptions options;
    options.otpResendCooldownMs = 0;
    QVERIFY(f.start(options));
    ClientConfig c = f.config();
    c.timeoutMs = kClientTimeoutMs;
    f.client->setConfig(c);
}

void TestEkoClientFaults::cleanup()
{
    f.client.reset();
    f.server.reset();
}

// Send Transaction OTP done, Initiate ready to go (on a fresh ref).
InitiateTransactionRequest TestEkoClientFaults::preparedTransfer(qint64 rupees)
{
    InitiateTransactionRequest r;
    SendTransactionOtpRequest o;
    o.customerId = kDkHealthy;
    o.recipientId = kRecipient;
    o.amount = Money::fromRupees(rupees);
    const auto otp = SandboxFixture::wait(f.client->sendTransactionOtp(o));
    if (!otp || otp->outcome != Outcome::Success) {
        QTest::qFail("send_transaction_otp failed", __FILE__, __LINE__);
        return r;
    }
    r.clientRefId = ClientRefId::generate();
    r.customerId = kDkHealthy;
    r.recipientId = kRecipient;
    r.amount = o.amount;
    r.otp = f.server->lastOtp(kDkHealthy, QStringLiteral("transaction"));
    r.otpRefId = otp->otpRefId;
    return r;
}

void TestEkoClientFaults::initiateFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("followUp");
    QTest::addColumn<Outcome>("followUpOutcome"); // what the one inquiry learnt

    QTest::newRow("none") << Fault::None << 0 << Outcome::Success << false << Outcome::Unknown;
    QTest::newRow("delay within timeout")
        << Fault::Delay << 300 << Outcome::Success << false << Outcome::Unknown;
    QTest::newRow("delay past timeout")
        << Fault::Delay << 3000 << Outcome::Unknown << true << Outcome::Unknown;
    QTest::newRow("commit then drop")
        << Fault::CommitThenDrop << 0 << Outcome::Unknown << true << Outcome::Success;
    QTest::newRow("commit then timeout")
        << Fault::CommitThenTimeout << 0 << Outcome::Unknown << true << Outcome::Success;
    QTest::newRow("http 500 html") << Fault::Http500Html << 0 << Outcome::Unknown << true << Outcome::Failed;
    QTest::newRow("truncated json") << Fault::TruncatedJson << 0 << Outcome::Unknown << true
                                    << Outcome::Success;
    QTest::newRow("awaited") << Fault::Awaited << 0 << Outcome::Pending << false << Outcome::Unknown;
    QTest::newRow("refund pending") << Fault::RefundPending << 0 << Outcome::RefundPending << false
                                    << Outcome::Unknown;
}

void TestEkoClientFaults::initiateFaults()
{
    QFETCH(Fault, fault);
    QFETCH(int, delayMs);
    QFETCH(Outcome, outcome);
    QFETCH(bool, followUp);
    QFETCH(Outcome, followUpOutcome);

    const InitiateTransactionRequest r = preparedTransfer(250);
    if (QTest::currentTestFailed())
        return;
    if (fault != Fault::None)
        f.server->addFault(rule("initiate_transaction", fault, 1, delayMs, 60000));
    EKO_AWAIT(res, f.client->initiateTransaction(f.tickets.initiate(r), r));

    QCOMPARE(res.outcome, outcome);
    QCOMPARE(res.clientRefId, r.clientRefId);
    QCOMPARE(res.attempts, 1);
    // THE rule: the money POST reached the server exactly once.
    QCOMPARE(f.server->initiateCount(r.clientRefId), 1);
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
    QCOMPARE(res.followUp.has_value(), followUp);
    QCOMPARE(f.server->callCount(QStringLiteral("transaction_inquiry")), followUp ? 1 : 0);
    if (outcome == Outcome::Unknown)
        QVERIFY(res.reason != Reason::None);
    if (followUp && followUpOutcome != Outcome::Unknown) {
        QCOMPARE(res.followUp->outcome, followUpOutcome);
        if (followUpOutcome == Outcome::Success) {
            QVERIFY(res.followUp->transaction);
            QCOMPARE(res.followUp->transaction->clientRefId, r.clientRefId);
            QCOMPARE(res.followUp->transaction->amount, Money::fromRupees(250));
        } else {
            QCOMPARE(res.followUp->reason, Reason::TransactionNotFound); // nothing was applied
        }
    }
}

// Error answers that do not prove Eko did not act (a proxy's HTML 403 or
// 404, a 408, a 429, a gateway's 502), before and after the debit: Unknown,
// never Failed, sent once, and the one follow-up inquiry tells which.
void TestEkoClientFaults::initiateErrorAnswers_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("http");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<bool>("applied");

    QTest::newRow("proxy html 403") << Fault::Proxy403 << 403 << Reason::HttpForbidden << false;
    QTest::newRow("408") << Fault::Http408 << 408 << Reason::HttpClientError << false;
    QTest::newRow("commit then 408") << Fault::CommitThenHttp408 << 408 << Reason::HttpClientError << true;
    QTest::newRow("429") << Fault::Http429 << 429 << Reason::HttpTooManyRequests << false;
    QTest::newRow("commit then 429") << Fault::CommitThenHttp429 << 429 << Reason::HttpTooManyRequests
                                     << true;
    QTest::newRow("proxy html 404") << Fault::Proxy404 << 404 << Reason::HttpClientError << false;
    QTest::newRow("commit then proxy html 404")
        << Fault::CommitThenProxy404 << 404 << Reason::HttpClientError << true;
    QTest::newRow("gateway html 502") << Fault::Http502 << 502 << Reason::HttpServerError << false;
    QTest::newRow("commit then gateway html 502")
        << Fault::CommitThenHttp502 << 502 << Reason::HttpServerError << true;
}

void TestEkoClientFaults::initiateErrorAnswers()
{
    QFETCH(Fault, fault);
    QFETCH(int, http);
    QFETCH(Reason, reason);
    QFETCH(bool, applied);

    const InitiateTransactionRequest r = preparedTransfer(260);
    if (QTest::currentTestFailed())
        return;
    f.server->addFault(rule("initiate_transaction", fault));
    EKO_AWAIT(res, sendInitiate(*f.client, f.tickets, r));

    QCOMPARE(res.httpStatus, http);
    QCOMPARE(res.outcome, Outcome::Unknown);
    QCOMPARE(res.reason, reason);
    QVERIFY(!ResponseClassifier::isEkoAuthRefusal(res));
    QCOMPARE(res.attempts, 1);
    QCOMPARE(f.server->initiateCount(r.clientRefId), 1); // never re-sent, not even a 403
    QVERIFY(res.followUp);
    QCOMPARE(f.server->callCount(QStringLiteral("transaction_inquiry")), 1);
    if (applied) {
        QCOMPARE(res.followUp->outcome, Outcome::Success);
        QVERIFY(res.followUp->transaction);
        QCOMPARE(res.followUp->transaction->clientRefId, r.clientRefId);
        QCOMPARE(res.followUp->transaction->amount, Money::fromRupees(260));
    } else {
        QCOMPARE(res.followUp->outcome, Outcome::Failed);
        QCOMPARE(res.followUp->reason, Reason::TransactionNotFound);
    }
}

void TestEkoClientFaults::initiateOnFreshConnectionDropped()
{
    // The drop must not be re-sent whether or not the connection was reused:
    // here the Initiate is the first request of a new transport.
    const InitiateTransactionRequest r = preparedTransfer(150);
    if (QTest::currentTestFailed())
        return;
    ClientTransport fresh;
    const std::unique_ptr<EkoClient> client = fresh.client(f.config());
    f.server->addFault(rule("initiate_transaction", Fault::CommitThenDrop));
    EKO_AWAIT(res, client->initiateTransaction(f.tickets.initiate(r), r));
    QCOMPARE(res.outcome, Outcome::Unknown);
    QCOMPARE(f.server->initiateCount(r.clientRefId), 1);
    QVERIFY(res.followUp);
    QCOMPARE(res.followUp->outcome, Outcome::Success);
}

void TestEkoClientFaults::awaitedSettlesOnInquiry()
{
    const InitiateTransactionRequest r = preparedTransfer(400);
    if (QTest::currentTestFailed())
        return;
    f.server->addFault(rule("initiate_transaction", Fault::Awaited, 1, 0, 400));
    EKO_AWAIT(res, f.client->initiateTransaction(f.tickets.initiate(r), r));
    QCOMPARE(res.outcome, Outcome::Pending);
    QCOMPARE(res.transaction->txStatus, 2);
    QTest::qWait(600);
    EKO_AWAIT(later,
              f.client->transactionInquiry(TransactionInquiryRequest::byClientRefId(r.rail, r.clientRefId)));
    QCOMPARE(later.outcome, Outcome::Success);
}

void TestEkoClientFaults::refundUnknownIsInquiredByTid()
{
    const InitiateTransactionRequest r = preparedTransfer(300);
    if (QTest::currentTestFailed())
        return;
    f.server->addFault(rule("initiate_transaction", Fault::RefundPending));
    EKO_AWAIT(failed, f.client->initiateTransaction(f.tickets.initiate(r), r));
    QCOMPARE(failed.outcome, Outcome::RefundPending);
    EKO_AWAIT(otp, f.client->refundOtp({r.rail, failed.transaction->tid}));
    QCOMPARE(otp.outcome, Outcome::Success);

    f.server->addFault(rule("refund", Fault::CommitThenDrop));
    RefundRequest refund;
    refund.tid = failed.transaction->tid;
    refund.otp = f.server->lastOtp(kDkHealthy, QStringLiteral("refund"));
    refund.otpRefId = otp.otpRefId;
    EKO_AWAIT(res, f.client->refund(f.tickets.refund(refund), refund));
    QCOMPARE(res.outcome, Outcome::Unknown);
    QCOMPARE(f.server->callCount(QStringLiteral("refund")), 1);
    QVERIFY(res.followUp);
    QCOMPARE(res.followUp->outcome, Outcome::Refunded); // the refund did happen
}

void TestEkoClientFaults::otherPostsAreNeverResent()
{
    f.server->addFault(rule("send_transaction_otp", Fault::CommitThenDrop));
    SendTransactionOtpRequest o;
    o.customerId = kDkHealthy;
    o.recipientId = kRecipient;
    o.amount = Money::fromRupees(100);
    EKO_AWAIT(res, f.client->sendTransactionOtp(o));
    QCOMPARE(res.outcome, Outcome::Unknown);
    QCOMPARE(res.reason, Reason::ConnectionClosed);
    QCOMPARE(res.attempts, 1);
    QVERIFY(!res.followUp); // no money moved: no inquiry
    QCOMPARE(f.server->callCount(QStringLiteral("send_transaction_otp")), 1);
    QCOMPARE(f.server->callCount(QStringLiteral("transaction_inquiry")), 0);
}

void TestEkoClientFaults::getRetriedThenSucceeds_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("500 once") << Fault::Http500Html << 0;
    QTest::newRow("truncated once") << Fault::TruncatedJson << 0;
    QTest::newRow("drop once") << Fault::CommitThenDrop << 0;
    QTest::newRow("slow once") << Fault::Delay << 3000;
}

void TestEkoClientFaults::getRetriedThenSucceeds()
{
    QFETCH(Fault, fault);
    QFETCH(int, delayMs);
    f.server->addFault(rule("get_recipients", fault, 1, delayMs));
    EKO_AWAIT(res, f.client->getRecipients({Rail::DigiKhata, kDkHealthy, {}}));
    QCOMPARE(res.outcome, Outcome::Success);
    // A GET dropped before its answer is re-sent by QNetworkAccessManager
    // itself (harmless for a GET); otherwise, and always on the gateway's
    // transport, which never sends a request twice, our retry makes attempt 2.
    const bool transportResent = fault == Fault::CommitThenDrop && !ClientTransport::direct();
    QCOMPARE(res.attempts, transportResent ? 1 : 2);
    QCOMPARE(res.recipients.size(), 3);
    QCOMPARE(f.server->callCount(QStringLiteral("get_recipients")), 2);
}

void TestEkoClientFaults::getRetriesExhausted()
{
    f.server->addFault(rule("get_recipients", Fault::Http500Html, -1));
    QElapsedTimer timer;
    timer.start();
    EKO_AWAIT(res, f.client->getRecipients({Rail::DigiKhata, kDkHealthy, {}}));
    QCOMPARE(res.outcome, Outcome::Unknown);
    QCOMPARE(res.reason, Reason::HttpServerError);
    QCOMPARE(res.httpStatus, 500);
    QCOMPARE(res.attempts, 3); // one try and two retries
    QCOMPARE(f.server->callCount(QStringLiteral("get_recipients")), 3);
    // Back-off is capped: base 200 ms, full jitter, so two waits stay under 0.6 s.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestEkoClientFaults::faultOnEveryCall()
{
    f.server->addFault(rule("*", Fault::Http500Html, -1));
    EKO_AWAIT(get, f.client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(get.outcome, Outcome::Unknown);
    QCOMPARE(get.attempts, 3);
    OnboardSenderRequest o;
    o.customerId = QStringLiteral("9123456700");
    o.name = QStringLiteral("New Person");
    o.dateOfBirth = QDate(1990, 1, 1);
    o.residenceAddress = {QStringLiteral("Pune")};
    EKO_AWAIT(post, f.client->onboardSender(o));
    QCOMPARE(post.outcome, Outcome::Unknown);
    QCOMPARE(post.attempts, 1); // a POST is never re-sent
    QCOMPARE(f.server->callCount(QStringLiteral("onboard_sender")), 1);
}

void TestEkoClientFaults::abortMoneyCallInFlight()
{
    const InitiateTransactionRequest r = preparedTransfer(120);
    if (QTest::currentTestFailed())
        return;
    f.server->addFault(rule("initiate_transaction", Fault::Delay, 1, 1000));
    PendingCall* call = f.client->initiateTransaction(f.tickets.initiate(r), r);
    QTimer::singleShot(200, call, &PendingCall::abort);
    EKO_AWAIT(res, call);
    QCOMPARE(res.outcome, Outcome::Unknown); // it may have reached Eko
    QCOMPARE(res.reason, Reason::Aborted);
    QVERIFY(!res.followUp);
    QCOMPARE(f.server->initiateCount(r.clientRefId), 1);
}

void TestEkoClientFaults::timeoutIsConfigurable()
{
    ClientConfig c = f.config();
    c.timeoutMs = 300;
    c.getRetries = 0;
    f.client->setConfig(c);
    f.server->addFault(rule("get_sender", Fault::Delay, 1, 1500));
    QElapsedTimer timer;
    timer.start();
    EKO_AWAIT(res, f.client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(res.outcome, Outcome::Unknown);
    QCOMPARE(res.reason, Reason::Timeout);
    QCOMPARE(res.attempts, 1);
    QVERIFY(timer.elapsed() < 1400);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoClientFaults)
#include "tst_ekoclient_faults.moc"
