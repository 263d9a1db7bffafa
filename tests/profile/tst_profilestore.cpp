// ProfileStore and ClientFactory::configFor: built-ins, round trip, and the
// refusal of plain http to a real host.
#include "TestRunner.h"
#include "platform/Platform.h"
#include "profile/BuiltInProfiles.h"
#include "profile/ClientFactory.h"
#include "profile/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace counterdesk;
using namespace counterdesk::profile;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInsAreListed();
    void roundTripWithoutSecrets();
    void overrideAndRemoveBuiltIn();
    void refusesInsecureUrl();
    void clientConfigRefusesHttpToRealHost();
    void clientConfigUsesProfile();
    void trainingNeedsNoSecret();
};

void TestProfileStore::builtInsAreListed()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
    const QList<ConnectionProfile> list = store.profiles();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).kind, ProfileKind::Training);
    QCOMPARE(list.at(1).kind, ProfileKind::Uat);
    QCOMPARE(list.at(1).baseUrl.toString(), QStringLiteral("https://staging.eko.in/ekoapi/v3"));
    QCOMPARE(list.at(1).initiatorId, QStringLiteral("9962981729"));
    QCOMPARE(list.at(1).userCode, QStringLiteral("20810200"));
    QCOMPARE(list.at(2).kind, ProfileKind::Production);
}

void TestProfileStore::roundTripWithoutSecrets()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    ConnectionProfile p;
    p.name = QStringLiteral("Shop 12 / back office");
    p.kind = ProfileKind::Custom;
    p.baseUrl = QUrl(QStringLiteral("https://gateway.example.in/eko"));
    p.initiatorId = QStringLiteral("9876543210");
    p.userCode = QStringLiteral("12345678");
    p.rail = eko::Rail::Levin;
    p.timeoutSeconds = 20;
    p.latlong = QStringLiteral("19.07,72.87");
    {
        ProfileStore store(file);
        QVERIFY(store.save(p));
        store.sync();
    }
    ProfileStore again(file);
    const std::optional<ConnectionProfile> read = again.profile(p.name);
    QVERIFY(read);
    QCOMPARE(*read, p);
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(!text.contains("access"));
    QVERIFY(!text.contains("developer"));
    QVERIFY(raw.permissions() & QFileDevice::ReadOwner);
    QVERIFY(counterdesk::platform::isOwnerOnly(raw.fileName()));
}

void TestProfileStore::overrideAndRemoveBuiltIn()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
    ConnectionProfile uat = BuiltInProfiles::uat();
    uat.initiatorId = QStringLiteral("9000000099");
    QVERIFY(store.save(uat));
    QCOMPARE(store.profile(QStringLiteral("UAT"))->initiatorId, QStringLiteral("9000000099"));
    QCOMPARE(store.profiles().size(), 3);
    store.remove(QStringLiteral("UAT"));
    QCOMPARE(store.profile(QStringLiteral("UAT"))->initiatorId, BuiltInProfiles::uatInitiatorId());
}

void TestProfileStore::refusesInsecureUrl()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
    ConnectionProfile p;
    p.name = QStringLiteral("plain");
    p.baseUrl = QUrl(QStringLiteral("http://staging.eko.in/ekoapi/v3"));
    QVERIFY(!store.save(p));
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/ekoapi/v3"));
    QVERIFY(store.save(p));
}

void TestProfileStore::clientConfigRefusesHttpToRealHost()
{
    ConnectionProfile p = BuiltInProfiles::uat();
    p.baseUrl = QUrl(QStringLiteral("http://staging.eko.in/ekoapi/v3"));
    eko::Credentials c{BuiltInProfiles::uatDeveloperKey(), BuiltInProfiles::uatAccessKey(), {}, {}};
    QCOMPARE(ClientFactory::configFor(p, c).error, ClientConfigError::InsecureUrl);
}

void TestProfileStore::clientConfigUsesProfile()
{
    ConnectionProfile p = BuiltInProfiles::uat();
    p.timeoutSeconds = 12;
    eko::Credentials c{BuiltInProfiles::uatDeveloperKey(), BuiltInProfiles::uatAccessKey(), {}, {}};
    const ClientConfigBuild build = ClientFactory::configFor(p, c);
    QVERIFY(build.ok());
    QCOMPARE(build.config.timeoutMs, 12000);
    QCOMPARE(build.config.credentials.initiatorId, QStringLiteral("9962981729"));
    QCOMPARE(build.config.credentials.userCode, QStringLiteral("20810200"));
    QCOMPARE(build.config.endpoints.baseUrl(), p.baseUrl);
}

void TestProfileStore::trainingNeedsNoSecret()
{
    QVERIFY(!BuiltInProfiles::training().needsSecrets());
    QVERIFY(BuiltInProfiles::uat().needsSecrets());
    eko::Credentials none;
    QCOMPARE(ClientFactory::configFor(BuiltInProfiles::training(), none).error, ClientConfigError::NoBaseUrl);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
