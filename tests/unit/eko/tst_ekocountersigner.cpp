// CounterSigner: vectors computed outside Qt (Python's hmac/hashlib, see
// docs/gateway.md), and the gateway's check refusing every kind of change.
#include "TestRunner.h"
#include "eko/CounterSigner.h"

#include <QTest>

using counterdesk::eko::CounterSigner;

namespace {
const QByteArray kSecret("cds_test_secret_do_not_use");
const QByteArray kPostPath("/ekoapi/v3/customer/payment/ppi-digikhata");
const QByteArray kPostBody(R"({"amount":"100"})");
constexpr qint64 kPostTime = 1700000000000;
} // namespace

class TestEkoCounterSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void signSendsWhatItSigned();
    void verifyAcceptsTheSignedRequest();
    void verifyRefusesAnyChange_data();
    void verifyRefusesAnyChange();
};

void TestEkoCounterSigner::vectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("POST with body") << QByteArray("POST") << kPostPath << kPostBody << kPostTime
                                    << QByteArray("KS2z7sl7rOCtfFq+TRy+sTTaVLCNlqPBQG0ASuprMCY=");
    QTest::newRow("GET with query, empty body")
        << QByteArray("GET") << QByteArray("/ekoapi/v3/customer/account/9999999999/ppi-levin?initiator_id=1")
        << QByteArray() << qint64(1700000000001)
        << QByteArray("5VQclDEl/wCBwDfpffWkO0NHKDZByPesaZFY9WvglDU=");
}

void TestEkoCounterSigner::vectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, expected);
    QCOMPARE(CounterSigner::signature(kSecret, method, target, body, timestamp), expected);
}

void TestEkoCounterSigner::signSendsWhatItSigned()
{
    const auto headers = CounterSigner::sign("ctr-1", kSecret, "POST", kPostPath, kPostBody, kPostTime);
    QCOMPARE(headers.counterId, QByteArray("ctr-1"));
    QCOMPARE(headers.timestamp, QByteArray("1700000000000"));
    QCOMPARE(headers.signature, CounterSigner::signature(kSecret, "POST", kPostPath, kPostBody, kPostTime));
    QCOMPARE(QByteArray(CounterSigner::kSignatureHeader), QByteArray("counter-signature"));
}

void TestEkoCounterSigner::verifyAcceptsTheSignedRequest()
{
    const auto headers = CounterSigner::sign("ctr-1", kSecret, "POST", kPostPath, kPostBody, kPostTime);
    QVERIFY(
        CounterSigner::verify(kSecret, "POST", kPostPath, kPostBody, headers.timestamp, headers.signature));
}

void TestEkoCounterSigner::verifyRefusesAnyChange_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("timestamp");
    const QByteArray time = QByteArray::number(kPostTime);
    QTest::newRow("another secret") << QByteArray("cds_other") << QByteArray("POST") << kPostPath << kPostBody
                                    << time;
    QTest::newRow("empty secret") << QByteArray() << QByteArray("POST") << kPostPath << kPostBody << time;
    QTest::newRow("another method") << kSecret << QByteArray("PUT") << kPostPath << kPostBody << time;
    QTest::newRow("another path") << kSecret << QByteArray("POST")
                                  << QByteArray("/ekoapi/v3/customer/payment/ppi-levin") << kPostBody << time;
    QTest::newRow("another amount") << kSecret << QByteArray("POST") << kPostPath
                                    << QByteArray(R"({"amount":"900"})") << time;
    QTest::newRow("another timestamp")
        << kSecret << QByteArray("POST") << kPostPath << kPostBody << QByteArray::number(kPostTime + 1);
    QTest::newRow("timestamp not a number")
        << kSecret << QByteArray("POST") << kPostPath << kPostBody << QByteArray("17000000000x0");
}

void TestEkoCounterSigner::verifyRefusesAnyChange()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, timestamp);
    const QByteArray sent = CounterSigner::signature(kSecret, "POST", kPostPath, kPostBody, kPostTime);
    QVERIFY(!CounterSigner::verify(secret, method, target, body, timestamp, sent));
}

COUNTERDESK_TEST_APPLESS_MAIN(TestEkoCounterSigner)
#include "tst_ekocountersigner.moc"
