// Signer: the published vectors of REFERENCE.md §2.1, and proof that the
// common mistake (raw key as HMAC key) gives a different value.
#include "TestRunner.h"
#include "eko/Signer.h"

#include <QTest>

using counterdesk::eko::Signer;

class TestEkoSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishedVectors_data();
    void publishedVectors();
    void rawKeyGivesTheOtherValue();
    void signSendsTheSignedTimestamp();
    void headerNamesAreExact();
    void freshTimestampChangesSignature();
};

void TestEkoSigner::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("accessKey");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("EPS-AUTH testVector") << QByteArray("test-access-key-123") << qint64(1700000000000)
                                         << QByteArray("88lqTf9ew69XbVbeczjxVL8/B4vibfp1MvTi1mIj2Xo=");
    QTest::newRow("sdk golden vector") << QByteArray("TEST_ACCESS_KEY_DO_NOT_USE") << qint64(1700000000000)
                                       << QByteArray("u30ak/iOGwKCaspqCeiYng8fd98QDx7kF3DBBOadQHk=");
    QTest::newRow("public UAT key") << QByteArray("d2fe1d99-6298-4af2-8cc5-d97dcf46df30")
                                    << qint64(1700000000000)
                                    << QByteArray("qIir8tILHtqxO1Mu3/fC3pVElIa0oIxXMRDUP0463Bc=");
}

void TestEkoSigner::publishedVectors()
{
    QFETCH(QByteArray, accessKey);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, expected);
    QCOMPARE(Signer::secretKey(accessKey, timestamp), expected);
}

void TestEkoSigner::rawKeyGivesTheOtherValue()
{
    const QByteArray raw = Signer::signWithRawKey("test-access-key-123", 1700000000000);
    QCOMPARE(raw, QByteArray("5HzGdUHM86E+ShsoDWgBrkUKmZErN9ZJmokPaaZyvBE="));
    QVERIFY(raw != Signer::secretKey("test-access-key-123", 1700000000000));
}

void TestEkoSigner::signSendsTheSignedTimestamp()
{
    const auto headers = Signer::sign("test-access-key-123", 1700000000000);
    QCOMPARE(headers.timestamp, QByteArray("1700000000000")); // ms, 13 digits
    QCOMPARE(headers.secretKey, QByteArray("88lqTf9ew69XbVbeczjxVL8/B4vibfp1MvTi1mIj2Xo="));
}

void TestEkoSigner::headerNamesAreExact()
{
    QCOMPARE(QByteArray(Signer::kDeveloperKeyHeader), QByteArray("developer_key"));
    QCOMPARE(QByteArray(Signer::kSecretKeyHeader), QByteArray("secret-key"));
    QCOMPARE(QByteArray(Signer::kTimestampHeader), QByteArray("secret-key-timestamp"));
    QCOMPARE(QByteArray(Signer::kContentTypeHeader), QByteArray("content-type"));
}

void TestEkoSigner::freshTimestampChangesSignature()
{
    QVERIFY(Signer::secretKey("k", 1700000000000) != Signer::secretKey("k", 1700000000001));
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoSigner)
#include "tst_ekosigner.moc"
