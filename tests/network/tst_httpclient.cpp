// http::HttpClient, counterdesk-gateway's transport to Eko, where it differs
// from QNetworkAccessManager on purpose (HttpClient.h): many calls at once,
// connections kept and reused, and a connection the server closed while it
// was idle never carries the next call. Over real loopback HTTP to the
// sandbox, through the Eko client that uses it. (Every fault and money-safety
// check of the Eko client runs on it too: the tst_ekoclient_*_direct tests.)
#include "ClientTransport.h"
#include "EkoSandboxFixture.h"
#include "TestRunner.h"

#include <QSignalSpy>

using namespace counterdesk;
using namespace counterdesk::eko;
using namespace counterdesk::eko::testing;

namespace {
constexpr qint64 kRecipient = 10017680;
}

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void manyCallsAtOnceAllReachTheServer();
    void connectionIsReused();
    void idleConnectionsAreClosedAfterAWhile();
    void idleConnectionClosedByServerIsNotUsed();

private:
    std::unique_ptr<EkoClient> directClient();
    QString origin() const { return http::HttpClient::originOf(m_sandbox->baseUrl()); }

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<http::HttpClient> m_http;
};

void TestHttpClient::init()
{
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions options;
    options.otpResendCooldownMs = 0;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_http = std::make_unique<http::HttpClient>();
}

void TestHttpClient::cleanup()
{
    m_http.reset();
    m_sandbox.reset();
}

std::unique_ptr<EkoClient> TestHttpClient::directClient()
{
    ClientConfig config;
    config.endpoints.setBaseUrl(m_sandbox->baseUrl());
    config.credentials = uatCredentials();
    config.timeoutMs = 10000;
    return std::make_unique<EkoClient>(m_http.get(), config);
}

void TestHttpClient::manyCallsAtOnceAllReachTheServer()
{
    // Eko holds a call for up to seconds. QNetworkAccessManager would send
    // six of these and queue the rest until one is answered; the gateway's
    // transport puts all twenty on the wire at once.
    sandbox::FaultRule slow;
    slow.callName = QStringLiteral("get_sender");
    slow.fault = sandbox::Fault::Delay;
    slow.delayMs = 4000;
    slow.times = 20;
    m_sandbox->addFault(slow);
    const std::unique_ptr<EkoClient> client = directClient();
    QList<Result> answers;
    for (int i = 0; i < 20; ++i) {
        connect(client->getSender({Rail::DigiKhata, kDkHealthy}), &PendingCall::finished, this,
                [&answers](const Result& r) { answers.append(r); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->callCount(QStringLiteral("get_sender")), 20, 3000);
    QCOMPARE(answers.size(), 0); // all arrived while the first was still held
    QCOMPARE(m_http->connectionCount(origin()), 20);
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 20, 15000);
    for (const Result& r : std::as_const(answers)) {
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(r.attempts, 1);
    }
}

void TestHttpClient::connectionIsReused()
{
    const std::unique_ptr<EkoClient> client = directClient();
    for (int i = 0; i < 5; ++i) {
        EKO_AWAIT(r, client->getSender({Rail::DigiKhata, kDkHealthy}));
        QCOMPARE(r.outcome, Outcome::Success);
    }
    QCOMPARE(m_http->connectionCount(origin()), 1);
    QCOMPARE(m_http->idleCount(origin()), 1);
}

void TestHttpClient::idleConnectionsAreClosedAfterAWhile()
{
    // A burst's connections are not kept open for ever: each one more for
    // the server to hold and for the gateway's event loop to poll.
    const std::unique_ptr<EkoClient> client = directClient();
    int succeeded = 0;
    for (int i = 0; i < 3; ++i) {
        connect(client->getSender({Rail::DigiKhata, kDkHealthy}), &PendingCall::finished, this,
                [&succeeded](const Result& r) { succeeded += r.outcome == Outcome::Success ? 1 : 0; });
    }
    QTRY_COMPARE(succeeded, 3);
    QCOMPARE(m_http->idleCount(origin()), 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->connectionCount(origin()), 0, int(http::HttpClient::kIdleLimitMs) * 2);
    EKO_AWAIT(again, client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(again.outcome, Outcome::Success);
    QCOMPARE(m_http->connectionCount(origin()), 1);
}

void TestHttpClient::idleConnectionClosedByServerIsNotUsed()
{
    // A POST written on a connection the server has closed would be lost
    // (an unknown outcome). The sandbox restarts on the same port between
    // two calls, closing the kept connection; the OTP POST that follows
    // goes out on a new one and is answered.
    const std::unique_ptr<EkoClient> client = directClient();
    EKO_AWAIT(first, client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(first.outcome, Outcome::Success);
    QCOMPARE(m_http->idleCount(origin()), 1);

    const QString sandboxOrigin = origin();
    const quint16 port = static_cast<quint16>(m_sandbox->baseUrl().port());
    m_sandbox.reset();
    QTRY_COMPARE(m_http->connectionCount(sandboxOrigin), 0); // the close was noticed while idle
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    sandbox::SandboxOptions options;
    options.port = port;
    options.otpResendCooldownMs = 0;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));

    SendTransactionOtpRequest otp;
    otp.customerId = kDkHealthy;
    otp.recipientId = kRecipient;
    otp.amount = Money::fromRupees(100);
    EKO_AWAIT(second, client->sendTransactionOtp(otp));
    QCOMPARE(second.outcome, Outcome::Success);
    QCOMPARE(second.attempts, 1);
    QCOMPARE(m_sandbox->callCount(QStringLiteral("send_transaction_otp")), 1);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
