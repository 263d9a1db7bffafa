// Signature, timestamp skew, Date header and request-shape checks of the
// sandbox (REFERENCE §2.1, §3.1-3.2), over real loopback HTTP.
#include "SandboxTestBase.h"
#include "TestRunner.h"
#include "sandbox/RequestAuth.h"

#include <QDateTime>
#include <QLocale>
#include <QMessageAuthenticationCode>

using namespace counterdesk::sandbox;
using namespace counterdesk::sandbox::test;

class TestSandboxAuth : public SandboxTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { resetServer(); }

    void publishedVectors_data();
    void publishedVectors();
    void signedRequestIsAccepted();
    void missingHeaders();
    void wrongDeveloperKey();
    void rawKeyMistakeIsRefused();
    void secondsTimestampIsRefused();
    void skewBeyondFiveMinutes();
    void serverClockOffsetAndDateHeader();
    void initiatorAndUserCodeRequired();
    void jsonTypesAreChecked();
    void formBodyIs415();
    void unknownPathAndMethod();
    void controlEndpointCounters();
};

void TestSandboxAuth::publishedVectors_data()
{
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("EPS-AUTH") << QStringLiteral("test-access-key-123")
                              << QByteArray("88lqTf9ew69XbVbeczjxVL8/B4vibfp1MvTi1mIj2Xo=");
    QTest::newRow("golden") << QStringLiteral("TEST_ACCESS_KEY_DO_NOT_USE")
                            << QByteArray("u30ak/iOGwKCaspqCeiYng8fd98QDx7kF3DBBOadQHk=");
    QTest::newRow("UAT") << QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30")
                         << QByteArray("qIir8tILHtqxO1Mu3/fC3pVElIa0oIxXMRDUP0463Bc=");
}

void TestSandboxAuth::publishedVectors()
{
    QFETCH(QString, accessKey);
    QFETCH(QByteArray, expected);
    QCOMPARE(RequestAuth::secretKey(accessKey, "1700000000000"), expected);
}

void TestSandboxAuth::signedRequestIsAccepted()
{
    const Answer a =
        m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/") + kDigiKhataSender);
    QCOMPARE(a.http, 200);
    QCOMPARE(a.rtid(), 2129);
}

void TestSandboxAuth::missingHeaders()
{
    const Answer a = m_client->raw(
        "GET", m_client->apiUrl(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001")), {},
        {{"developer_key", "becbbce45f79c6f5109f848acd540567"}});
    QCOMPARE(a.http, 403);
    QCOMPARE(a.json.value(QStringLiteral("reason")).toString(), QStringLiteral("missing_header"));
}

void TestSandboxAuth::wrongDeveloperKey()
{
    m_client->developerKey = QStringLiteral("not-the-key");
    const Answer a = m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001"));
    QCOMPARE(a.http, 403);
    QCOMPARE(a.json.value(QStringLiteral("reason")).toString(), QStringLiteral("bad_developer_key"));
}

void TestSandboxAuth::rawKeyMistakeIsRefused()
{
    // Signing with the HMAC key decoded (= the raw access key) is the
    // classic mistake; it must be a 403, never accepted.
    const QByteArray ts = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray wrong =
        QMessageAuthenticationCode::hash(ts, QByteArray("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"),
                                         QCryptographicHash::Sha256)
            .toBase64();
    const Answer a = m_client->raw(
        "GET", m_client->apiUrl(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001")), {},
        {{"developer_key", "becbbce45f79c6f5109f848acd540567"},
         {"secret-key", wrong},
         {"secret-key-timestamp", ts}});
    QCOMPARE(a.http, 403);
    QCOMPARE(a.json.value(QStringLiteral("reason")).toString(), QStringLiteral("bad_signature"));
    QVERIFY(!a.date.isEmpty());
}

void TestSandboxAuth::secondsTimestampIsRefused()
{
    const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const Answer a = m_client->raw(
        "GET", m_client->apiUrl(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001")), {},
        {{"developer_key", "becbbce45f79c6f5109f848acd540567"},
         {"secret-key", RequestAuth::secretKey(m_client->accessKey, ts)},
         {"secret-key-timestamp", ts}});
    QCOMPARE(a.http, 403);
    QCOMPARE(a.json.value(QStringLiteral("reason")).toString(), QStringLiteral("timestamp_format"));
}

void TestSandboxAuth::skewBeyondFiveMinutes()
{
    m_client->clockOffsetMs = -6 * 60 * 1000;
    Answer a = m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001"));
    QCOMPARE(a.http, 403);
    QCOMPARE(a.json.value(QStringLiteral("reason")).toString(), QStringLiteral("timestamp_skew"));
    m_client->clockOffsetMs = 4 * 60 * 1000; // inside the window
    a = m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001"));
    QCOMPARE(a.http, 200);
}

void TestSandboxAuth::serverClockOffsetAndDateHeader()
{
    // The server runs an hour ahead: a correct PC clock is now "wrong", and
    // the Date header tells the client by how much.
    const qint64 hour = 3600 * 1000;
    m_server.setClockOffsetMs(hour);
    Answer a = m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001"));
    QCOMPARE(a.http, 403);
    // IMF-fixdate, e.g. "Mon, 23 Nov 2026 15:01:23 GMT".
    QDateTime serverDate = QLocale::c().toDateTime(QString::fromLatin1(a.date),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    serverDate.setTimeSpec(Qt::UTC);
    QVERIFY2(serverDate.isValid(), a.date.constData());
    const qint64 measured = serverDate.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
    QVERIFY(qAbs(measured - hour) < 5000);
    m_client->clockOffsetMs = measured; // sign with the corrected time
    a = m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001"));
    QCOMPARE(a.http, 200);

    // The same through the control endpoint.
    QCOMPARE(m_client->control("POST", QStringLiteral("clock"), {{QStringLiteral("offset_ms"), 0}}).http,
             200);
    m_client->clockOffsetMs = 0;
    QCOMPARE(m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001")).http, 200);
}

void TestSandboxAuth::initiatorAndUserCodeRequired()
{
    const Answer a = m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001"), {},
                                   /*identity*/ false);
    QCOMPARE(a.http, 200);
    QCOMPARE(a.status(), 461);
    QCOMPARE(a.rtid(), -1);
    QVERIFY(a.invalidParams().contains(QStringLiteral("initiator_id")));
    QVERIFY(a.invalidParams().contains(QStringLiteral("user_code")));
}

void TestSandboxAuth::jsonTypesAreChecked()
{
    // amount and recipient_id as strings, the mobile as a number: all wrong.
    const Answer a = m_client->post(QStringLiteral("/customer/payment/ppi-digikhata/otp"),
                                    {{QStringLiteral("customer_id"), 9000000001LL},
                                     {QStringLiteral("recipient_id"), QStringLiteral("10017680")},
                                     {QStringLiteral("amount"), QStringLiteral("110")}});
    QCOMPARE(a.status(), 461);
    QCOMPARE(a.rsid(), 1);
    const QJsonObject bad = a.invalidParams();
    QVERIFY(bad.contains(QStringLiteral("customer_id")));
    QVERIFY(bad.contains(QStringLiteral("recipient_id")));
    QVERIFY(bad.contains(QStringLiteral("amount")));

    // A fraction is not an integer amount either.
    const Answer b = m_client->post(QStringLiteral("/customer/payment/ppi-digikhata/otp"),
                                    {{QStringLiteral("customer_id"), QLatin1String(kDigiKhataSender)},
                                     {QStringLiteral("recipient_id"), kKrishna},
                                     {QStringLiteral("amount"), 110.5}});
    QCOMPARE(b.status(), 461);
    QCOMPARE(b.invalidParams().keys(), QStringList{QStringLiteral("amount")});

    // user_code as a number.
    QJsonObject body{{QStringLiteral("initiator_id"), QLatin1String(kInitiatorId)},
                     {QStringLiteral("user_code"), 20810200}};
    const Answer c =
        m_client->post(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001/otp"), body, false);
    QCOMPARE(c.status(), 461);
    QVERIFY(c.invalidParams().contains(QStringLiteral("user_code")));
}

void TestSandboxAuth::formBodyIs415()
{
    auto headers = m_client->signedHeaders();
    headers.removeLast();
    headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
    const Answer a =
        m_client->raw("POST", m_client->apiUrl(QStringLiteral("/customer/payment/ppi-digikhata/otp")),
                      "initiator_id=9962981729&user_code=20810200", headers);
    QCOMPARE(a.http, 415);
}

void TestSandboxAuth::unknownPathAndMethod()
{
    QCOMPARE(m_client->get(QStringLiteral("/customer/payment/ppi-unknown/sender/9000000001")).http, 404);
    QCOMPARE(m_client
                 ->raw("DELETE",
                       m_client->apiUrl(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001")),
                       {}, m_client->signedHeaders())
                 .http,
             405);
}

void TestSandboxAuth::controlEndpointCounters()
{
    m_client->developerKey = QStringLiteral("bad");
    m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001"));
    // Refused calls are counted too: the count is of arrivals.
    QCOMPARE(m_server.callCount(QLatin1String(CallName::GetSender)), 1);
    const Answer counters = m_client->control("GET", QStringLiteral("counters"));
    QCOMPARE(
        counters.json.value(QStringLiteral("calls")).toObject().value(QStringLiteral("get_sender")).toInt(),
        1);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
