// ProfileFile: the INI parser, one data row per case; every error names its line.
#include "TestRunner.h"
#include "profile/ProfileFile.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace counterdesk::profile;

class TestProfileFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAGoodFile();
    void railIsReadInAnyCase();
    void errors_data();
    void errors();
    void neverKeepsASecretValue();
    void endpointsOverride();
    void builtInUatIsHttps();
    void parsesAGatewayProfile();
    void gatewayErrors_data();
    void gatewayErrors();
};

static const QByteArray kGood = "; a counter's UAT profile\n"
                                "[profile]\n"
                                "name = Shop 12 UAT\n"
                                "base_url = https://staging.eko.in/ekoapi/v3\n"
                                "initiator_id = 9962981729\n"
                                "user_code = 20810200\n"
                                "timeout_s = 45   ; seconds\n"
                                "rail = levin\n"
                                "latlong = \"28.63,77.22\"\n";

void TestProfileFile::parsesAGoodFile()
{
    const ProfileFileLoad load = ProfileFile::parse(kGood, QDir::tempPath());
    QVERIFY2(load.ok(), qPrintable(ProfileFile::errorName(load.error)));
    QCOMPARE(load.profile.name, QStringLiteral("Shop 12 UAT"));
    QCOMPARE(load.profile.kind, counterdesk::ProfileKind::Uat);
    QCOMPARE(load.profile.baseUrl, QUrl(QStringLiteral("https://staging.eko.in/ekoapi/v3")));
    QCOMPARE(load.profile.initiatorId, QStringLiteral("9962981729"));
    QCOMPARE(load.profile.userCode, QStringLiteral("20810200"));
    QCOMPARE(load.profile.timeoutSeconds, 45);
    QCOMPARE(load.profile.rail, counterdesk::eko::Rail::Levin);
    QCOMPARE(load.profile.latlong, QStringLiteral("28.63,77.22"));
}

// Support staff type these files by hand: "Levin" and "DIGIKHATA" mean
// what they say.
void TestProfileFile::railIsReadInAnyCase()
{
    QByteArray text = kGood;
    text.replace("rail = levin", "rail = Levin");
    QCOMPARE(ProfileFile::parse(text, QDir::tempPath()).profile.rail, counterdesk::eko::Rail::Levin);
    text.replace("rail = Levin", "rail = DIGIKHATA");
    const ProfileFileLoad load = ProfileFile::parse(text, QDir::tempPath());
    QVERIFY(load.ok());
    QCOMPARE(load.profile.rail, counterdesk::eko::Rail::DigiKhata);
}

void TestProfileFile::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ProfileFileError>("error");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");

    const QByteArray head = "[profile]\n"
                            "base_url = https://staging.eko.in/ekoapi/v3\n"
                            "initiator_id = 9962981729\n"
                            "user_code = 20810200\n";
    QTest::newRow("timeout words") << head + "name = x\n\ntimeout_s = thirty\n"
                                   << ProfileFileError::BadTimeout << 7 << "timeout_s";
    QTest::newRow("timeout fraction") << head + "timeout_s = 2.5\n"
                                      << ProfileFileError::BadTimeout << 5 << "timeout_s";
    QTest::newRow("timeout zero") << head + "timeout_s = 0\n"
                                  << ProfileFileError::BadTimeout << 5 << "timeout_s";
    QTest::newRow("access key") << head + "access_key = d2fe1d99\n"
                                << ProfileFileError::SecretInFile << 5 << "access_key";
    QTest::newRow("developer key before section") << QByteArray("developer_key = abc\n") + head
                                                  << ProfileFileError::SecretInFile << 1 << "developer_key";
    QTest::newRow("http non-loopback")
        << QByteArray("[profile]\nbase_url = http://staging.eko.in/ekoapi/v3\n")
        << ProfileFileError::InsecureUrl << 2 << "base_url";
    QTest::newRow("ftp") << QByteArray("[profile]\nbase_url = ftp://x.in/\n") << ProfileFileError::BadUrl << 2
                         << "base_url";
    QTest::newRow("no equals") << head + "timeout_s 30\n" << ProfileFileError::MissingEquals << 5 << "";
    QTest::newRow("unknown key") << head + "colour = blue\n" << ProfileFileError::UnknownKey << 5 << "colour";
    QTest::newRow("duplicate") << head + "user_code = 1\n"
                               << ProfileFileError::DuplicateKey << 5 << "user_code";
    QTest::newRow("other section") << QByteArray("[keys]\n") << ProfileFileError::UnknownSection << 1
                                   << "keys";
    QTest::newRow("outside section") << QByteArray("name = x\n") << ProfileFileError::KeyOutsideSection << 1
                                     << "name";
    QTest::newRow("empty value") << head + "name =\n" << ProfileFileError::EmptyValue << 5 << "name";
    QTest::newRow("bad initiator") << QByteArray("[profile]\ninitiator_id = 12345\n")
                                   << ProfileFileError::BadInitiatorId << 2 << "initiator_id";
    QTest::newRow("bad user code") << QByteArray("[profile]\nuser_code = 20 81\n")
                                   << ProfileFileError::BadUserCode << 2 << "user_code";
    QTest::newRow("bad latlong") << head + "latlong = north\n"
                                 << ProfileFileError::BadLatlong << 5 << "latlong";
    QTest::newRow("bad rail") << head + "rail = upi\n" << ProfileFileError::BadRail << 5 << "rail";
    QTest::newRow("missing endpoints file") << head + "endpoints = /nonexistent/endpoints.json\n"
                                            << ProfileFileError::BadEndpoints << 5 << "endpoints";
    QTest::newRow("no section") << QByteArray("; nothing\n") << ProfileFileError::MissingSection << 0 << "";
    QTest::newRow("missing user_code")
        << QByteArray("[profile]\nbase_url = https://staging.eko.in/ekoapi/v3\ninitiator_id = 9962981729\n")
        << ProfileFileError::MissingKey << 0 << "user_code";
    QTest::newRow("not utf8") << QByteArray("[profile]\nname = \xff\xfe\n") << ProfileFileError::NotUtf8 << 0
                              << "";
    QTest::newRow("crlf line numbers") << QByteArray("[profile]\r\n\r\ntimeout_s = x\r\n")
                                       << ProfileFileError::BadTimeout << 3 << "timeout_s";
}

void TestProfileFile::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(ProfileFileError, error);
    QFETCH(int, line);
    QFETCH(QString, key);
    const ProfileFileLoad load = ProfileFile::parse(text, QDir::tempPath());
    QCOMPARE(ProfileFile::errorName(load.error), ProfileFile::errorName(error));
    QCOMPARE(load.line, line);
    QCOMPARE(load.key, key);
}

void TestProfileFile::neverKeepsASecretValue()
{
    const ProfileFileLoad load = ProfileFile::parse(
        "[profile]\naccess_key = d2fe1d99-6298-4af2-8cc5-d97dcf46df30\n", QDir::tempPath());
    QCOMPARE(load.error, ProfileFileError::SecretInFile);
    QVERIFY(!load.detail.contains(QStringLiteral("d2fe1d99")));
    QVERIFY(!load.key.contains(QStringLiteral("d2fe1d99")));
}

void TestProfileFile::endpointsOverride()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile table(dir.filePath(QStringLiteral("override.json")));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("{\"version\": 1, \"path_set\": \"legacy\"}");
    table.close();
    QFile profile(dir.filePath(QStringLiteral("p.ini")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("[profile]\nbase_url = https://staging.eko.in/ekoapi/v3\ninitiator_id = 9962981729\n"
                  "user_code = 20810200\nendpoints = override.json\n");
    profile.close();
    const ProfileFileLoad load = ProfileFile::load(profile.fileName());
    QVERIFY2(load.ok(),
             qPrintable(QStringLiteral("the endpoint table refused a minimal override: ") + load.detail));
    QCOMPARE(load.profile.endpointsFile, table.fileName());
}

void TestProfileFile::builtInUatIsHttps()
{
    const ProfileFileLoad missing = ProfileFile::load(QStringLiteral("/nonexistent/profile.ini"));
    QCOMPARE(missing.error, ProfileFileError::FileUnreadable);
}

// A counter of a partner's gateway: no Eko identity, the counter id, and the
// partner's CA (relative to the file, like endpoints).
void TestProfileFile::parsesAGatewayProfile()
{
    const QString ca = QFINDTESTDATA("data/partner-ca.pem");
    QVERIFY(!ca.isEmpty());
    const QFileInfo caInfo(ca);
    const ProfileFileLoad load = ProfileFile::parse("[profile]\n"
                                                    "name = Partner gateway\n"
                                                    "base_url = https://gateway.partner.example/ekoapi/v3\n"
                                                    "kind = gateway\n"
                                                    "counter_id = shop-12\n"
                                                    "ca_file = " +
                                                        caInfo.fileName().toUtf8() + "\n",
                                                    caInfo.absolutePath());
    QVERIFY2(load.ok(), qPrintable(ProfileFile::errorName(load.error) + u' ' + load.detail));
    QCOMPARE(load.profile.kind, counterdesk::ProfileKind::Gateway);
    QCOMPARE(load.profile.counterId, QStringLiteral("shop-12"));
    QCOMPARE(load.profile.caFile, caInfo.absoluteFilePath());
    QVERIFY(load.profile.initiatorId.isEmpty());
    QVERIFY(load.profile.userCode.isEmpty());
    QCOMPARE(load.profile.secretKinds(),
             QList<counterdesk::secrets::SecretKind>{counterdesk::secrets::SecretKind::CounterSecret});
}

void TestProfileFile::gatewayErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ProfileFileError>("error");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");

    const QByteArray head = "[profile]\n"
                            "kind = gateway\n"
                            "base_url = https://gateway.partner.example/ekoapi/v3\n";
    QTest::newRow("missing counter id") << head << ProfileFileError::MissingKey << 0 << "counter_id";
    QTest::newRow("counter id with a space") << head + "counter_id = shop 12\n"
                                             << ProfileFileError::BadCounterId << 4 << "counter_id";
    QTest::newRow("unreadable ca file") << head + "counter_id = shop-12\nca_file = /nonexistent/ca.pem\n"
                                        << ProfileFileError::BadCaFile << 5 << "ca_file";
    QTest::newRow("ca file that is no certificate")
        << head + "counter_id = shop-12\nca_file = " + QFINDTESTDATA("tst_profilefile.cpp").toUtf8() + "\n"
        << ProfileFileError::BadCaFile << 5 << "ca_file";
    // The gateway sets the Eko identity: one in the file would be unused.
    QTest::newRow("initiator id on a gateway") << head + "counter_id = shop-12\ninitiator_id = 9962981729\n"
                                               << ProfileFileError::KeyNotForKind << 5 << "initiator_id";
    QTest::newRow("user code before the kind")
        << QByteArray("[profile]\nuser_code = 20810200\n") + head.mid(10) + "counter_id = shop-12\n"
        << ProfileFileError::KeyNotForKind << 2 << "user_code";
    QTest::newRow("counter id on an Eko profile")
        << QByteArray("[profile]\nbase_url = https://staging.eko.in/ekoapi/v3\ninitiator_id = 9962981729\n"
                      "user_code = 20810200\ncounter_id = shop-12\n")
        << ProfileFileError::KeyNotForKind << 5 << "counter_id";
    QTest::newRow("training is not a file's")
        << QByteArray("[profile]\nkind = training\n") << ProfileFileError::BadKind << 2 << "kind";
    QTest::newRow("the secret is never in the file")
        << head + "counter_secret = cds_x\n"
        << ProfileFileError::SecretInFile << 4 << "counter_secret";
    QTest::newRow("gateway over http")
        << QByteArray("[profile]\nkind = gateway\nbase_url = http://gateway.partner.example/ekoapi/v3\n")
        << ProfileFileError::InsecureUrl << 3 << "base_url";
}

void TestProfileFile::gatewayErrors()
{
    errors();
}

COUNTERDESK_TEST_GUILESS_MAIN(TestProfileFile)
#include "tst_profilefile.moc"
