// ClockSkew: HTTP-date parsing and the offset learnt from Date headers.
#include "TestRunner.h"
#include "eko/ClockSkew.h"

#include <QTest>
#include <QTimeZone>

using counterdesk::eko::ClockSkew;

class TestEkoClockSkew : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseHttpDate_data();
    void parseHttpDate();
    void correctClockKeepsZero();
    void serverAheadMovesOffset();
    void serverBehindMovesOffset();
    void offsetIsStableAcrossAnswers();
    void rejectsNonsense();
};

static qint64 ms(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch();
}

void TestEkoClockSkew::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1 = invalid
    const qint64 rfc = ms(1994, 11, 6, 8, 49, 37);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfc;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfc;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfc;
    QTest::newRow("Qt HttpServer style")
        << QByteArray("Mon, 23 Nov 2026 13:37:49 GMT") << ms(2026, 11, 23, 13, 37, 49);
    QTest::newRow("lowercase month") << QByteArray("Mon, 23 nov 2026 13:37:49 GMT")
                                     << ms(2026, 11, 23, 13, 37, 49);
    QTest::newRow("leap second") << QByteArray("Wed, 31 Dec 2025 23:59:60 GMT")
                                 << ms(2025, 12, 31, 23, 59, 59);
    QTest::newRow("no GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0530") << qint64(-1);
    QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("bad day") << QByteArray("Sun, 31 Feb 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("bad time") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << qint64(-1);
    QTest::newRow("ms epoch") << QByteArray("1700000000000") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestEkoClockSkew::parseHttpDate()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const auto parsed = ClockSkew::parseHttpDate(header);
    if (expected < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->toMSecsSinceEpoch(), expected);
}

void TestEkoClockSkew::correctClockKeepsZero()
{
    ClockSkew skew;
    const qint64 now = ms(2026, 11, 23, 13, 0, 0) + 400;
    // The server stamped 13:00:00 (truncated) while we were at .400.
    QVERIFY(!skew.observe(QDateTime::fromMSecsSinceEpoch(now - 400, QTimeZone::utc()), now - 20, now + 30));
    QCOMPARE(skew.offsetMs(), 0);
    QVERIFY(skew.hasObservation());
}

void TestEkoClockSkew::serverAheadMovesOffset()
{
    ClockSkew skew;
    const qint64 local = ms(2026, 11, 23, 13, 0, 0);
    const qint64 server = local + 10 * 60 * 1000; // ten minutes ahead
    QVERIFY(skew.observe(QDateTime::fromMSecsSinceEpoch(server, QTimeZone::utc()), local, local + 50));
    QVERIFY(std::abs(skew.offsetMs() - 10 * 60 * 1000) <= 1000);
    QCOMPARE(skew.correctedNowMs(local), local + skew.offsetMs());
}

void TestEkoClockSkew::serverBehindMovesOffset()
{
    ClockSkew skew;
    const qint64 local = ms(2026, 11, 23, 13, 0, 0);
    const qint64 server = local - 2 * 3600 * 1000;
    QVERIFY(skew.observe(QDateTime::fromMSecsSinceEpoch(server, QTimeZone::utc()), local, local + 50));
    QVERIFY(std::abs(skew.offsetMs() + 2 * 3600 * 1000) <= 1000);
}

void TestEkoClockSkew::offsetIsStableAcrossAnswers()
{
    ClockSkew skew;
    const qint64 trueOffset = 123456; // the server is 123.456 s ahead
    qint64 local = ms(2026, 11, 23, 13, 0, 0);
    int changes = 0;
    for (int i = 0; i < 200; ++i) {
        local += 137; // requests every 137 ms, 40 ms round trip
        const qint64 serverNow = local + 20 + trueOffset;
        const qint64 date = serverNow - (serverNow % 1000 + 1000) % 1000;
        if (skew.observe(QDateTime::fromMSecsSinceEpoch(date, QTimeZone::utc()), local, local + 40))
            ++changes;
        // Whatever it settles on is consistent with every answer so far.
        QVERIFY(std::abs(skew.offsetMs() - trueOffset) <= 1000);
    }
    QVERIFY2(changes <= 3, qPrintable(QString::number(changes)));
}

void TestEkoClockSkew::rejectsNonsense()
{
    ClockSkew skew;
    QVERIFY(!skew.observe(QDateTime(), 0, 10));
    QVERIFY(!skew.observe(QDateTime::fromMSecsSinceEpoch(5000, QTimeZone::utc()), 100,
                          50)); // received before sent
    QCOMPARE(skew.offsetMs(), 0);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoClockSkew)
#include "tst_ekoclockskew.moc"
