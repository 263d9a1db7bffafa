// ClientFactory: every client of the program is made here, so these are the
// rules every client follows: the keys come from the secret store (or Eko's
// public UAT keys for UAT and Training), the profile's timeout and endpoint
// table always apply, and every key handed to a client is redacted from logs.
#include "TestRunner.h"
#include "profile/BuiltInProfiles.h"
#include "profile/ClientFactory.h"
#include "secrets/SecretStore.h"
#include "security/LogRedactor.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace counterdesk;
using namespace counterdesk::profile;

namespace {

const QString ownDeveloperKey = QStringLiteral("devkey-partner-abcdefabcdef");
const QByteArray ownAccessKey = QByteArrayLiteral("acckey-partner-fedcbafedcba");
const QByteArray counterSecret = QByteArrayLiteral("cds_counter_secret_for_tests_only");
const QUrl sandboxUrl(QStringLiteral("http://127.0.0.1:18080/ekoapi/v3"));

} // namespace

class TestClientFactory : public QObject
{
    Q_OBJECT

private:
    // A store that never touches a keychain, holding `profile`'s keys if given.
    void storeKeys(const QString& profile, const QString& developerKey, const QByteArray& accessKey)
    {
        int left = 2;
        m_secrets->write(profile, secrets::SecretKind::DeveloperKey, developerKey.toUtf8(),
                         [&left](secrets::SecretWrite) { --left; });
        m_secrets->write(profile, secrets::SecretKind::AccessKey, accessKey,
                         [&left](secrets::SecretWrite) { --left; });
        QTRY_COMPARE(left, 0);
    }

    ClientBuild create(const ConnectionProfile& profile, eko::Credentials typed = {})
    {
        std::optional<ClientBuild> build;
        bool returned = false;
        ClientFactory(m_secrets.get(), &m_network)
            .create(
                profile, sandboxUrl,
                [&](ClientBuild made) {
                    // From the event loop, never inside create().
                    if (!returned)
                        qWarning("the factory answered inside create()");
                    build = std::move(made);
                },
                std::move(typed));
        returned = true;
        if (!QTest::qWaitFor([&build] { return build.has_value(); }, 5000))
            return {};
        return std::move(*build);
    }

    static QString writeLegacyTable(const QTemporaryDir& dir)
    {
        QFile table(dir.filePath(QStringLiteral("legacy.json")));
        if (!table.open(QIODevice::WriteOnly))
            return {};
        table.write("{\"version\": 1, \"path_set\": \"legacy\"}");
        return table.fileName();
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<secrets::SecretStore> m_secrets;

private Q_SLOTS:
    void init()
    {
        // Environment keys would win over the store.
        qunsetenv("COUNTERDESK_DEVELOPER_KEY");
        qunsetenv("COUNTERDESK_ACCESS_KEY");
        qunsetenv("COUNTERDESK_COUNTER_SECRET");
        m_secrets = std::make_unique<secrets::SecretStore>(QStringLiteral("CounterDeskTest"));
        m_secrets->forceSessionOnly();
        security::LogRedactor::clearSecrets();
    }

    void training_usesPublicIdentity_andTheProfilesTimeoutAndTable()
    {
        QTemporaryDir dir;
        ConnectionProfile training = BuiltInProfiles::training();
        training.timeoutSeconds = 7;
        training.endpointsFile = writeLegacyTable(dir);
        // Keys stored or typed for Training are not used: the sandbox knows
        // only the public ones.
        storeKeys(training.name, ownDeveloperKey, ownAccessKey);
        const ClientBuild build =
            create(training, eko::Credentials{ownDeveloperKey, ownAccessKey, QString(), QString()});
        QVERIFY(build.ok());
        const eko::ClientConfig& config = build.client->config();
        QCOMPARE(config.endpoints.baseUrl(), sandboxUrl);
        QCOMPARE(config.credentials.developerKey, BuiltInProfiles::uatDeveloperKey());
        QCOMPARE(config.credentials.accessKey, BuiltInProfiles::uatAccessKey());
        QCOMPARE(config.credentials.initiatorId, BuiltInProfiles::uatInitiatorId());
        QCOMPARE(config.credentials.userCode, BuiltInProfiles::uatUserCode());
        QCOMPARE(config.timeoutMs, 7000);
        QCOMPARE(config.endpoints.pathSet(), eko::PathSet::Legacy);
    }

    void training_withoutSandbox_hasNoBaseUrl()
    {
        std::optional<ClientBuild> build;
        ClientFactory(m_secrets.get(), &m_network)
            .create(BuiltInProfiles::training(), QUrl(),
                    [&build](ClientBuild made) { build = std::move(made); });
        QTRY_VERIFY(build.has_value());
        QCOMPARE(build->error, ClientConfigError::NoBaseUrl);
        QVERIFY(!build->client);
    }

    void uat_withoutKeys_fallsBackToPublicKeys()
    {
        ConnectionProfile uat = BuiltInProfiles::uat();
        uat.timeoutSeconds = 12;
        const ClientBuild build = create(uat);
        QVERIFY(build.ok());
        QCOMPARE(build.client->config().credentials.developerKey, BuiltInProfiles::uatDeveloperKey());
        QCOMPARE(build.client->config().credentials.accessKey, BuiltInProfiles::uatAccessKey());
        QCOMPARE(build.client->config().timeoutMs, 12000);
        QCOMPARE(build.client->config().endpoints.baseUrl(), uat.baseUrl);
    }

    void uat_withStoredKeys_usesAndRedactsThem()
    {
        const ConnectionProfile uat = BuiltInProfiles::uat();
        storeKeys(uat.name, ownDeveloperKey, ownAccessKey);
        const ClientBuild build = create(uat);
        QVERIFY(build.ok());
        QCOMPARE(build.client->config().credentials.developerKey, ownDeveloperKey);
        QCOMPARE(build.client->config().credentials.accessKey, ownAccessKey);
        const QString line = security::LogRedactor::redact(
            QStringLiteral("signing with %1 and %2").arg(ownDeveloperKey, QString::fromLatin1(ownAccessKey)));
        QVERIFY2(!line.contains(ownDeveloperKey), qPrintable(line));
        QVERIFY2(!line.contains(QString::fromLatin1(ownAccessKey)), qPrintable(line));
    }

    void typedKeys_winOverStoredOnes()
    {
        ConnectionProfile custom;
        custom.name = QStringLiteral("Shop 12");
        custom.kind = ProfileKind::Custom;
        custom.baseUrl = QUrl(QStringLiteral("https://staging.eko.in/ekoapi/v3"));
        storeKeys(custom.name, QStringLiteral("stored-developer-key"),
                  QByteArrayLiteral("stored-access-key"));
        // Only the access key typed: the developer key still comes from the store.
        const ClientBuild build =
            create(custom, eko::Credentials{QString(), ownAccessKey, QString(), QString()});
        QVERIFY(build.ok());
        QCOMPARE(build.client->config().credentials.developerKey, QStringLiteral("stored-developer-key"));
        QCOMPARE(build.client->config().credentials.accessKey, ownAccessKey);
    }

    void custom_withoutKeys_isNoCredentials()
    {
        ConnectionProfile custom;
        custom.name = QStringLiteral("Shop 12");
        custom.kind = ProfileKind::Custom;
        custom.baseUrl = QUrl(QStringLiteral("https://staging.eko.in/ekoapi/v3"));
        QCOMPARE(create(custom).error, ClientConfigError::NoCredentials);
        // One key alone is not enough either.
        storeKeys(custom.name, ownDeveloperKey, QByteArray());
        const ClientBuild build = create(custom);
        QCOMPARE(build.error, ClientConfigError::NoCredentials);
        QVERIFY(!build.client);
    }

    void refusesInsecureUrlAndBadTable()
    {
        ConnectionProfile uat = BuiltInProfiles::uat();
        uat.baseUrl = QUrl(QStringLiteral("http://staging.eko.in/ekoapi/v3"));
        QCOMPARE(create(uat).error, ClientConfigError::InsecureUrl);
        uat = BuiltInProfiles::uat();
        uat.endpointsFile = QStringLiteral("/nonexistent/endpoints.json");
        QCOMPARE(create(uat).error, ClientConfigError::BadEndpointsFile);
    }

    static ConnectionProfile gateway()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Partner gateway");
        p.kind = ProfileKind::Gateway;
        p.baseUrl = QUrl(QStringLiteral("https://gateway.partner.example/ekoapi/v3"));
        p.counterId = QStringLiteral("shop-12");
        p.timeoutSeconds = 9;
        return p;
    }

    // A gateway counter holds no Eko key: even keys saved (or typed) under
    // the profile's name are not handed to its client; the counter's own
    // secret from the keychain signs, and is redacted from every log line.
    void gateway_signsWithTheCounterSecretOnly()
    {
        const ConnectionProfile p = gateway();
        storeKeys(p.name, ownDeveloperKey, ownAccessKey);
        int left = 1;
        m_secrets->write(p.name, secrets::SecretKind::CounterSecret, counterSecret,
                         [&left](secrets::SecretWrite) { --left; });
        QTRY_COMPARE(left, 0);
        const ClientBuild build =
            create(p, eko::Credentials{ownDeveloperKey, ownAccessKey, QString(), QString()});
        QVERIFY(build.ok());
        const eko::ClientConfig& config = build.client->config();
        QCOMPARE(config.credentials.signedBy, eko::SignedBy::GatewayCounter);
        QCOMPARE(config.credentials.counterId, QStringLiteral("shop-12"));
        QCOMPARE(config.credentials.counterSecret, counterSecret);
        QVERIFY(config.credentials.developerKey.isEmpty());
        QVERIFY(config.credentials.accessKey.isEmpty());
        QVERIFY(config.credentials.initiatorId.isEmpty());
        QVERIFY(config.credentials.userCode.isEmpty());
        // The gateway serves Eko's paths under its own base URL.
        QCOMPARE(config.endpoints.baseUrl(), p.baseUrl);
        QCOMPARE(config.timeoutMs, 9000);
        QCOMPARE(config.profileKind, std::optional<ProfileKind>(ProfileKind::Gateway));
        QVERIFY(config.trustedCaCertificates.isEmpty());
        const QString line =
            security::LogRedactor::redact(QStringLiteral("secret ") + QString::fromUtf8(counterSecret));
        QVERIFY(!line.contains(QString::fromUtf8(counterSecret)));
    }

    // counterdesk-cli on a counter without a keychain.
    void gateway_secretFromTheEnvironment()
    {
        qputenv("COUNTERDESK_COUNTER_SECRET", counterSecret);
        const ClientBuild build = create(gateway());
        qunsetenv("COUNTERDESK_COUNTER_SECRET");
        QVERIFY(build.ok());
        QCOMPARE(build.client->config().credentials.counterSecret, counterSecret);
    }

    void gateway_typedSecretIsTested()
    {
        eko::Credentials typed;
        typed.counterSecret = counterSecret;
        const ClientBuild build = create(gateway(), typed);
        QVERIFY(build.ok());
        QCOMPARE(build.client->config().credentials.counterSecret, counterSecret);
    }

    void gateway_errorsNameWhatIsMissing()
    {
        QCOMPARE(create(gateway()).error, ClientConfigError::NoCounterSecret);
        eko::Credentials typed;
        typed.counterSecret = counterSecret;
        ConnectionProfile noId = gateway();
        noId.counterId.clear();
        QCOMPARE(create(noId, typed).error, ClientConfigError::NoCounterId);
        ConnectionProfile badCa = gateway();
        badCa.caFile = QStringLiteral("/nonexistent/partner-ca.pem");
        QCOMPARE(create(badCa, typed).error, ClientConfigError::BadCaFile);
        ConnectionProfile plain = gateway();
        plain.baseUrl = QUrl(QStringLiteral("http://gateway.partner.example/ekoapi/v3"));
        QCOMPARE(create(plain, typed).error, ClientConfigError::InsecureUrl);
        // Plain HTTP only on this PC, as for every profile.
        plain.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8443/ekoapi/v3"));
        QVERIFY(create(plain, typed).ok());
    }

    // The partner's own CA is trusted by this client only, besides the system's.
    void gateway_trustsThePartnersCa()
    {
        ConnectionProfile p = gateway();
        p.caFile = QFINDTESTDATA("data/partner-ca.pem");
        QVERIFY(!p.caFile.isEmpty());
        eko::Credentials typed;
        typed.counterSecret = counterSecret;
        const ClientBuild build = create(p, typed);
        QVERIFY(build.ok());
        const QList<QSslCertificate> trusted = build.client->config().trustedCaCertificates;
        QCOMPARE(trusted.size(), 1);
        QCOMPARE(trusted.first().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("CounterDesk test partner CA")});
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestClientFactory)
#include "tst_clientfactory.moc"
