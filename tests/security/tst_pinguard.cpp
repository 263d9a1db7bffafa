// PinGuard: hash-only storage, growing lock-out delays on an injected clock,
// and a lock that survives a restart.
#include "TestRunner.h"
#include "platform/Platform.h"
#include "security/PinGuard.h"
#include "security/SecureZero.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace counterdesk::security;
using namespace std::chrono_literals;

// Low iteration count: the tests check behaviour, not the cost of a guess.
constexpr int kFast = 1000;

class TestPinGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void storesHashNotPin();
    void rejectsMalformedPin();
    void acceptsRightPin();
    void delaysGrow_data();
    void delaysGrow();
    void lockOutWithInjectedClock();
    void lockSurvivesRestart();
    void clearPin();
    void secureZeroWipes();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void TestPinGuard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
}

void TestPinGuard::storesHashNotPin()
{
    PinGuard guard(file());
    QVERIFY(!guard.hasPin());
    QVERIFY(guard.setPin(QStringLiteral("482915"), kFast));
    QVERIFY(guard.hasPin());
    QFile f(file());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("482915"));
    QVERIFY(text.contains("pbkdf2-sha256"));
    QVERIFY(text.contains("salt"));
    QVERIFY(counterdesk::platform::isOwnerOnly(f.fileName()));
}

void TestPinGuard::rejectsMalformedPin()
{
    PinGuard guard(file());
    QVERIFY(!guard.setPin(QStringLiteral("12"), kFast));
    QVERIFY(!guard.setPin(QStringLiteral("12ab"), kFast));
    QVERIFY(!guard.hasPin());
    QCOMPARE(guard.check(QStringLiteral("1234")), PinCheck::NoPinSet);
}

void TestPinGuard::acceptsRightPin()
{
    PinGuard guard(file(), [this] { return m_now; });
    QVERIFY(guard.setPin(QStringLiteral("4829"), kFast));
    QCOMPARE(guard.check(QStringLiteral("4828")), PinCheck::Wrong);
    QCOMPARE(guard.failedAttempts(), 1);
    QCOMPARE(guard.check(QStringLiteral("4829")), PinCheck::Accepted);
    QCOMPARE(guard.failedAttempts(), 0);
    // Same PIN twice gives different salts and hashes.
    const PinHash a = PinHash::create(QStringLiteral("4829"), kFast);
    const PinHash b = PinHash::create(QStringLiteral("4829"), kFast);
    QVERIFY(a.salt != b.salt);
    QVERIFY(a.hash != b.hash);
    QVERIFY(a.matches(QStringLiteral("4829")));
    QVERIFY(!a.matches(QStringLiteral("4830")));
}

void TestPinGuard::delaysGrow_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("1") << 1 << qint64(0);
    QTest::newRow("2") << 2 << qint64(0);
    QTest::newRow("3") << 3 << qint64(30);
    QTest::newRow("4") << 4 << qint64(60);
    QTest::newRow("5") << 5 << qint64(120);
    QTest::newRow("9") << 9 << qint64(1920);
    QTest::newRow("capped") << 20 << qint64(3600);
}

void TestPinGuard::delaysGrow()
{
    QFETCH(int, failures);
    QFETCH(qint64, seconds);
    QCOMPARE(qint64(PinGuard::delayAfter(failures).count()), seconds);
}

void TestPinGuard::lockOutWithInjectedClock()
{
    PinGuard guard(file(), [this] { return m_now; });
    QVERIFY(guard.setPin(QStringLiteral("4829"), kFast));
    QCOMPARE(guard.check(QStringLiteral("0000")), PinCheck::Wrong);
    QCOMPARE(guard.check(QStringLiteral("0000")), PinCheck::Wrong);
    QVERIFY(!guard.isLockedOut());
    QCOMPARE(guard.check(QStringLiteral("0000")), PinCheck::Wrong); // 3rd: 30 s
    QVERIFY(guard.isLockedOut());
    QCOMPARE(guard.lockedUntil(), m_now.addSecs(30));
    // Locked: even the right PIN is not checked.
    QCOMPARE(guard.check(QStringLiteral("4829")), PinCheck::LockedOut);
    QCOMPARE(guard.failedAttempts(), 3);
    m_now = m_now.addSecs(29);
    QCOMPARE(guard.check(QStringLiteral("4829")), PinCheck::LockedOut);
    m_now = m_now.addSecs(1);
    QCOMPARE(guard.check(QStringLiteral("1111")), PinCheck::Wrong); // 4th: 60 s
    QCOMPARE(guard.lockedUntil(), m_now.addSecs(60));
    m_now = m_now.addSecs(60);
    QCOMPARE(guard.check(QStringLiteral("1111")), PinCheck::Wrong); // 5th: 120 s
    QCOMPARE(guard.lockedUntil(), m_now.addSecs(120));
    m_now = m_now.addSecs(120);
    QCOMPARE(guard.check(QStringLiteral("4829")), PinCheck::Accepted);
    QVERIFY(!guard.lockedUntil().isValid());
    QCOMPARE(guard.failedAttempts(), 0);
}

void TestPinGuard::lockSurvivesRestart()
{
    {
        PinGuard guard(file(), [this] { return m_now; });
        QVERIFY(guard.setPin(QStringLiteral("4829"), kFast));
        for (int i = 0; i < 4; ++i)
            guard.check(QStringLiteral("0000"));
    }
    PinGuard restarted(file(), [this] { return m_now; });
    QCOMPARE(restarted.failedAttempts(), 3); // the 4th try met the lock and was not counted
    QVERIFY(restarted.isLockedOut());
    QCOMPARE(restarted.check(QStringLiteral("4829")), PinCheck::LockedOut);
}

void TestPinGuard::clearPin()
{
    PinGuard guard(file());
    QVERIFY(guard.setPin(QStringLiteral("4829"), kFast));
    guard.clearPin();
    QVERIFY(!guard.hasPin());
    QCOMPARE(guard.check(QStringLiteral("4829")), PinCheck::NoPinSet);
}

void TestPinGuard::secureZeroWipes()
{
    QByteArray otp("123456");
    const char* data = otp.constData();
    SecureZero::clear(otp);
    QVERIFY(otp.isEmpty());
    Q_UNUSED(data)
    QString pin = QStringLiteral("4829");
    pin.detach();
    SecureZero::clear(pin);
    QVERIFY(pin.isEmpty());
    char raw[4] = {'1', '2', '3', '4'};
    SecureZero::clear(raw, sizeof raw);
    QCOMPARE(raw[0], '\0');
    QCOMPARE(raw[3], '\0');
}

COUNTERDESK_TEST_GUILESS_MAIN(TestPinGuard)
#include "tst_pinguard.moc"
