// ClientRefId: at most 20 characters, unique, and its validity check.
#include "TestRunner.h"
#include "domain/ClientRefId.h"

#include <QSet>
#include <QTest>

using counterdesk::ClientRefId;

class TestClientRefId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapeAndLength();
    void uniqueInOneMillisecond();
    void uniqueOverManyCalls();
    void farFutureStillFits();
    void validity_data();
    void validity();
};

void TestClientRefId::shapeAndLength()
{
    const QString ref = ClientRefId::generate(1700000000000);
    QVERIFY(ref.size() <= ClientRefId::kMaxLength);
    QCOMPARE(ref.size(), 15); // 8 base-36 stamp digits + 7 random
    QVERIFY(ref.startsWith(QString::number(1700000000000LL, 36)));
    QVERIFY(ClientRefId::isValid(ref));
    for (const QChar c : ref)
        QVERIFY((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z'));
}

void TestClientRefId::uniqueInOneMillisecond()
{
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        const QString ref = ClientRefId::generate(1700000000000);
        QVERIFY2(!seen.contains(ref), qPrintable(ref));
        seen.insert(ref);
    }
}

void TestClientRefId::uniqueOverManyCalls()
{
    QSet<QString> seen;
    for (int i = 0; i < 50000; ++i) {
        const QString ref = ClientRefId::generate();
        QVERIFY(ref.size() <= ClientRefId::kMaxLength);
        QVERIFY2(!seen.contains(ref), qPrintable(ref));
        seen.insert(ref);
    }
}

void TestClientRefId::farFutureStillFits()
{
    // Year ~2500: the stamp grows to 9 digits, the ref to 16.
    const QString ref = ClientRefId::generate(16725225600000LL);
    QVERIFY(ref.size() <= ClientRefId::kMaxLength);
    QVERIFY(ClientRefId::isValid(ref));
}

void TestClientRefId::validity_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<bool>("valid");
    QTest::newRow("generated") << ClientRefId::generate() << true;
    QTest::newRow("doc example") << QStringLiteral("REQ-20260101-001") << true;
    QTest::newRow("20 chars") << QString(20, u'a') << true;
    QTest::newRow("21 chars") << QString(21, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("colon") << QStringLiteral("client_ref_id:x") << false;
    QTest::newRow("space") << QStringLiteral("ab cd") << false;
    QTest::newRow("slash") << QStringLiteral("ab/cd") << false;
    QTest::newRow("non-ascii") << QStringLiteral("abc\u0905") << false;
}

void TestClientRefId::validity()
{
    QFETCH(QString, ref);
    QFETCH(bool, valid);
    QCOMPARE(ClientRefId::isValid(ref), valid);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestClientRefId)
#include "tst_clientrefid.moc"
