// LogRedactor and RotatingLog: what must never reach the support log, as data rows.
#include "TestRunner.h"
#include "platform/Platform.h"
#include "security/LogRedactor.h"
#include "security/RotatingLog.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace counterdesk::security;

class TestLogRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacts_data();
    void redacts();
    void registeredSecrets();
    void rotatingLogRedactsAndRotates();
};

void TestLogRedactor::redacts_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("access key query") << "POST /x?access_key=d2fe1d99-6298&y=1"
                                      << "POST /x?access_key=***&y=1";
    QTest::newRow("developer key header") << "developer_key: becbbce45f79c6f5"
                                          << "developer_key: ***";
    QTest::newRow("secret-key header") << "secret-key: qIir8tILHtqx/O1Mu3="
                                       << "secret-key: ***";
    QTest::newRow("json otp") << R"({"otp":"123456","otp_ref_id":"abc"})"
                              << R"({"otp":"***","otp_ref_id":"abc"})";
    QTest::newRow("sender_otp form") << "sender_otp=4321&x=1"
                                     << "sender_otp=***&x=1";
    QTest::newRow("otp in words") << "OTP is 654321 for the customer"
                                  << "OTP is *** for the customer";
    QTest::newRow("pin") << "pin=1234"
                         << "pin=***";
    QTest::newRow("wallet token") << R"("wallet_token": "eyJhbGciOi")"
                                  << R"("wallet_token": "***")";
    QTest::newRow("account 14 digits") << "account 67544100008454 ok"
                                       << "account ••••8454 ok";
    QTest::newRow("account 9 digits") << "acc=302114567"
                                      << "acc=••••4567";
    QTest::newRow("18 digits") << "x 123456789012345678 y"
                               << "x ••••5678 y";
    QTest::newRow("19 digits stay") << "1234567890123456789"
                                    << "1234567890123456789";
    QTest::newRow("8 digits stay") << "amount 12345678"
                                   << "amount 12345678";
    QTest::newRow("mobile masked") << "sender 9000000001"
                                   << "sender ••••0001";
    QTest::newRow("pan") << "pan ABCPV1234K refused"
                         << "pan XXXXX1234K refused";
    QTest::newRow("pan in json") << R"({"pan_number":"ABCPV1234K"})"
                                 << R"({"pan_number":"XXXXX1234K"})";
    QTest::newRow("aadhaar as on the card") << "aadhaar 2345 6789 0124 typed"
                                            << "aadhaar XXXX XXXX 0124 typed";
    QTest::newRow("aadhaar 12 digits") << "aadhar=234567890124"
                                       << "aadhar=••••0124";
    QTest::newRow("upper-case words stay") << "state REFUND_PENDING on IMPS"
                                           << "state REFUND_PENDING on IMPS";
    QTest::newRow("ordinary text") << "state SUCCESS, fee 5.00"
                                   << "state SUCCESS, fee 5.00";
    QTest::newRow("otp_ref_id kept") << "otp_ref_id=ab12"
                                     << "otp_ref_id=ab12";
}

void TestLogRedactor::redacts()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(LogRedactor::redact(line), expected);
}

void TestLogRedactor::registeredSecrets()
{
    LogRedactor::addSecret(QByteArrayLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"));
    QCOMPARE(LogRedactor::redact(QStringLiteral("signing with d2fe1d99-6298-4af2-8cc5-d97dcf46df30 now")),
             QStringLiteral("signing with *** now"));
    LogRedactor::clearSecrets();
    QVERIFY(LogRedactor::redact(QStringLiteral("d2fe1d99-6298-4af2")).contains(QStringLiteral("d2fe1d99")));
}

void TestLogRedactor::rotatingLogRedactsAndRotates()
{
    QTemporaryDir dir;
    RotatingLogOptions options;
    options.directory = dir.filePath(QStringLiteral("logs"));
    options.maxBytes = 2000;
    options.maxFiles = 3;
    QVERIFY(RotatingLog::install(options));
    for (int i = 0; i < 100; ++i)
        qInfo("line %d access_key=d2fe1d99-6298 account 67544100008454 otp: 123456", i);
    RotatingLog::uninstall();
    const QDir logs(options.directory);
    const QStringList files = logs.entryList({QStringLiteral("*.log")}, QDir::Files);
    QCOMPARE(files.size(), 3); // current + 2 rotated, the rest deleted
    for (const QString& name : files) {
        QFile f(logs.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.size() <= options.maxBytes);
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("d2fe1d99"));
        QVERIFY(!text.contains("67544100008454"));
        QVERIFY(!text.contains("123456"));
        QVERIFY(text.contains("line"));
        QVERIFY(counterdesk::platform::isOwnerOnly(f.fileName()));
    }
}

COUNTERDESK_TEST_GUILESS_MAIN(TestLogRedactor)
#include "tst_logredactor.moc"
