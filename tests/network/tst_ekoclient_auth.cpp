// EkoClient signing against the sandbox's checks: wrong keys are decisive
// 403s; a stale timestamp (server or PC clock off) is corrected from the
// Date header and re-signed once, also for a money POST. A 403 that is not
// Eko's own (a proxy's HTML page) is never re-sent.
#include "EkoSandboxFixture.h"
#include "TestRunner.h"
#include "domain/ClientRefId.h"
#include "eko/ResponseClassifier.h"

#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace counterdesk;
using namespace counterdesk::eko;
using namespace counterdesk::eko::testing;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDateResolutionMs = 1500; // Date has seconds; allow for the round trip

// A proxy in front of Eko that refuses everything with its own HTML 403,
// and a Date header 20 minutes ahead (so a client keen to re-sign would).
class Proxy403 : public QTcpServer
{
public:
    int posts = 0;
    int requests = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray head = socket->readAll();
            if (head.startsWith("POST ") || head.startsWith("GET ") || head.startsWith("PUT ")) {
                ++requests;
                posts += head.startsWith("POST ") ? 1 : 0;
            } else {
                return; // the rest of a request body
            }
            const QByteArray date = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(20 * 60),
                                                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                        .toLatin1();
            const QByteArray body = "<html><body><h1>403 Forbidden</h1>Request blocked.</body></html>";
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\nDate: " + date +
                          "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
};
} // namespace

class TestEkoClientAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void wrongKeysAreDecisive_data();
    void wrongKeysAreDecisive();
    void staleTimestampIsCorrected_data();
    void staleTimestampIsCorrected();
    void wrongPcClockIsCorrected();
    void smallSkewIsLearntWithout403_data();
    void smallSkewIsLearntWithout403();
    void moneyPostResignedOnceAfter403();
    void wrongKeyWithSkewStopsAfterOneResign();
    void seededOffsetAvoids403();
    void proxy403IsNeverResent();

private:
    SandboxFixture f;
};

void TestEkoClientAuth::init()
{
    sandbox::SandboxOptions options;
    options.otpResendCooldownMs = 0;
    QVERIFY(f.start(options));
}

void TestEkoClientAuth::cleanup()
{
    f.client.reset();
    f.server.reset();
}

void TestEkoClientAuth::wrongKeysAreDecisive_data()
{
    QTest::addColumn<QString>("developerKey");
    QTest::addColumn<QByteArray>("accessKey");
    const Credentials uat = counterdesk::eko::testing::uatCredentials();
    QTest::newRow("wrong access key")
        << uat.developerKey << QByteArray("f74c50a1-f705-4634-9cda-30a477df91b7");
    QTest::newRow("wrong developer key") << QStringLiteral("0000") << uat.accessKey;
    QTest::newRow("base64-decoded key") << uat.developerKey << QByteArray::fromBase64(uat.accessKey);
}

void TestEkoClientAuth::wrongKeysAreDecisive()
{
    QFETCH(QString, developerKey);
    QFETCH(QByteArray, accessKey);
    ClientConfig c = f.config();
    c.credentials.developerKey = developerKey;
    c.credentials.accessKey = accessKey;
    const std::unique_ptr<EkoClient> client = f.transport->client(c);
    EKO_AWAIT(r, client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(r.httpStatus, 403);
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.reason, Reason::HttpForbidden);
    QCOMPARE(r.attempts, 1); // the clock was right: nothing to correct, no retry
    QCOMPARE(f.server->callCount(QStringLiteral("get_sender")), 1);
}

void TestEkoClientAuth::staleTimestampIsCorrected_data()
{
    QTest::addColumn<qint64>("serverAheadMs");
    QTest::newRow("server 10 min ahead") << 10 * kMinute;
    QTest::newRow("server 10 min behind") << -10 * kMinute;
    QTest::newRow("server 3 h ahead") << 180 * kMinute;
    QTest::newRow("server a day behind") << -24 * 60 * kMinute;
}

void TestEkoClientAuth::staleTimestampIsCorrected()
{
    QFETCH(qint64, serverAheadMs);
    f.server->setClockOffsetMs(serverAheadMs);
    QSignalSpy offsetSpy(f.client.get(), &EkoClient::clockOffsetChanged);

    EKO_AWAIT(r, f.client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(r.outcome, Outcome::Success);
    QCOMPARE(r.attempts, 2); // the 403, then the re-signed request
    QCOMPARE(f.server->callCount(QStringLiteral("get_sender")), 2);
    QVERIFY2(std::abs(f.client->clockOffsetMs() - serverAheadMs) <= kDateResolutionMs,
             qPrintable(QString::number(f.client->clockOffsetMs())));
    QCOMPARE(offsetSpy.size(), 1);
    QCOMPARE(offsetSpy.first().first().toLongLong(), f.client->clockOffsetMs());
    QVERIFY(f.client->clockSkewIsLarge());

    // Learnt: the next call is signed right the first time.
    EKO_AWAIT(again, f.client->getRecipients({Rail::DigiKhata, kDkHealthy, {}}));
    QCOMPARE(again.outcome, Outcome::Success);
    QCOMPARE(again.attempts, 1);
}

void TestEkoClientAuth::wrongPcClockIsCorrected()
{
    // The PC, not the server, is two hours slow.
    f.client->setLocalClockForTesting([] { return QDateTime::currentMSecsSinceEpoch() - 120 * kMinute; });
    EKO_AWAIT(r, f.client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(r.outcome, Outcome::Success);
    QCOMPARE(r.attempts, 2);
    QVERIFY(std::abs(f.client->clockOffsetMs() - 120 * kMinute) <= kDateResolutionMs);
}

void TestEkoClientAuth::smallSkewIsLearntWithout403_data()
{
    QTest::addColumn<qint64>("serverAheadMs");
    QTest::addColumn<bool>("large");
    QTest::newRow("90 s ahead: warn") << 90 * 1000LL << true;
    QTest::newRow("20 s behind: fine") << -20 * 1000LL << false;
}

void TestEkoClientAuth::smallSkewIsLearntWithout403()
{
    QFETCH(qint64, serverAheadMs);
    QFETCH(bool, large);
    f.server->setClockOffsetMs(serverAheadMs);
    EKO_AWAIT(r, f.client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(r.outcome, Outcome::Success);
    QCOMPARE(r.attempts, 1); // within the sandbox's allowed skew
    QVERIFY(std::abs(f.client->clockOffsetMs() - serverAheadMs) <= kDateResolutionMs);
    QCOMPARE(f.client->clockSkewIsLarge(), large);
}

void TestEkoClientAuth::moneyPostResignedOnceAfter403()
{
    f.server->setClockOffsetMs(15 * kMinute);
    // Prepare the OTP with one client (it learns the offset on the way)...
    SendTransactionOtpRequest o;
    o.customerId = kDkHealthy;
    o.recipientId = 10017680;
    o.amount = Money::fromRupees(210);
    EKO_AWAIT(otp, f.client->sendTransactionOtp(o));
    QCOMPARE(otp.outcome, Outcome::Success);
    QCOMPARE(otp.attempts, 2);

    // ...and initiate with a fresh one that still trusts the PC clock.
    const std::unique_ptr<EkoClient> fresh = f.transport->client(f.config());
    InitiateTransactionRequest r;
    r.clientRefId = ClientRefId::generate();
    r.customerId = kDkHealthy;
    r.recipientId = 10017680;
    r.amount = o.amount;
    r.otp = f.server->lastOtp(kDkHealthy, QStringLiteral("transaction"));
    r.otpRefId = otp.otpRefId;
    EKO_AWAIT(res, fresh->initiateTransaction(f.tickets.initiate(r), r));
    QCOMPARE(res.outcome, Outcome::Success);
    QCOMPARE(res.attempts, 2);
    QVERIFY(!res.followUp);
    // Two arrivals: the refused one (403, nothing applied) and the re-signed
    // one. Had the first been applied, the second would have been refused
    // as a duplicate client_ref_id instead of succeeding.
    QCOMPARE(f.server->initiateCount(r.clientRefId), 2);
    EKO_AWAIT(inq,
              fresh->transactionInquiry(TransactionInquiryRequest::byClientRefId(r.rail, r.clientRefId)));
    QCOMPARE(inq.outcome, Outcome::Success);
    QCOMPARE(inq.transaction->tid, res.transaction->tid);
}

void TestEkoClientAuth::wrongKeyWithSkewStopsAfterOneResign()
{
    f.server->setClockOffsetMs(30 * kMinute);
    ClientConfig c = f.config();
    c.credentials.accessKey = "not-the-key";
    const std::unique_ptr<EkoClient> client = f.transport->client(c);
    EKO_AWAIT(r, client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.reason, Reason::HttpForbidden);
    QCOMPARE(r.attempts, 2); // one correction, never a loop
}

void TestEkoClientAuth::seededOffsetAvoids403()
{
    f.server->setClockOffsetMs(10 * kMinute);
    f.client->setClockOffsetMs(10 * kMinute); // e.g. remembered from the last session
    EKO_AWAIT(r, f.client->getSender({Rail::DigiKhata, kDkHealthy}));
    QCOMPARE(r.outcome, Outcome::Success);
    QCOMPARE(r.attempts, 1);
}

// The 403 is a proxy's, not Eko's: it proves nothing about the Initiate
// (the proxy may sit after a load balancer that forwarded it), so the money
// POST is not re-sent, and the outcome is Unknown, for an inquiry.
void TestEkoClientAuth::proxy403IsNeverResent()
{
    Proxy403 proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    ClientConfig config = f.config();
    config.endpoints.setBaseUrl(
        QUrl(QStringLiteral("http://127.0.0.1:%1/ekoapi/v3").arg(proxy.serverPort())));
    const std::unique_ptr<EkoClient> client = f.transport->client(config);
    const InitiateTransactionRequest r =
        counterdesk::eko::testing::initiateWithoutOtp(kDkHealthy, 10017680, 120);
    PendingCall* call = client->initiateTransaction(f.tickets.initiate(r), r);
    QSignalSpy resent(call, &PendingCall::resending);
    EKO_AWAIT(res, call);
    QCOMPARE(proxy.posts, 1);
    QCOMPARE(res.attempts, 1);
    QCOMPARE(resent.size(), 0);
    QCOMPARE(res.httpStatus, 403);
    QCOMPARE(res.outcome, Outcome::Unknown);
    QVERIFY(res.followUp); // asked about, never assumed failed
    QVERIFY(!ResponseClassifier::isEkoAuthRefusal(res));
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoClientAuth)
#include "tst_ekoclient_auth.moc"
