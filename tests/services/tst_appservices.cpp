// AppServices: the GUI's client, journal and reconciler, started the way the
// main window starts them: through the ClientFactory, with the keys from the
// one SecretStore. Talks real loopback HTTP to the in-process sandbox.
#include "TestRunner.h"
#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "profile/BuiltInProfiles.h"
#include "profile/ConnectionCheck.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"
#include "security/LogRedactor.h"
#include "security/RotatingLog.h"
#include "services/AppServices.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace counterdesk;
using services::AppServices;

namespace {

// A partner's own keys (made up), which only this test's sandbox accepts. No
// long digit runs, so only their registration can redact them.
const QString partnerDeveloperKey = QStringLiteral("partner-devkey-abcdefabcdefabcd");
const QByteArray partnerAccessKey = QByteArrayLiteral("partner-acckey-fedcba-fedcba-fedcba");

} // namespace

class TestAppServices : public QObject
{
    Q_OBJECT

private:
    static AppServices::StartProblem start(AppServices& services, const profile::ConnectionProfile& profile,
                                           const QUrl& sandboxBaseUrl = {})
    {
        QSignalSpy started(&services, &AppServices::started);
        services.start(profile, sandboxBaseUrl);
        if (!started.wait(15000)) {
            qWarning("started() never came");
            return AppServices::StartProblem::NoClient;
        }
        return started.at(0).at(0).value<AppServices::StartProblem>();
    }

    static void storeKeys(secrets::SecretStore& store, const QString& profile)
    {
        int left = 2;
        store.write(profile, secrets::SecretKind::DeveloperKey, partnerDeveloperKey.toUtf8(),
                    [&left](secrets::SecretWrite) { --left; });
        store.write(profile, secrets::SecretKind::AccessKey, partnerAccessKey,
                    [&left](secrets::SecretWrite) { --left; });
        QTRY_COMPARE(left, 0);
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("COUNTERDESK_DEVELOPER_KEY");
        qunsetenv("COUNTERDESK_ACCESS_KEY");
        security::LogRedactor::clearSecrets();
    }

    // Done-when of issue 10: the GUI's client redacts its keys in the log.
    void uatProfile_storedKeys_neverReachTheLog()
    {
        sandbox::SandboxOptions options;
        options.developerKey = partnerDeveloperKey;
        options.accessKey = QString::fromLatin1(partnerAccessKey);
        sandbox::SandboxServer sandbox;
        QVERIFY(sandbox.start(options));

        QTemporaryDir dir;
        AppServices services(dir.filePath(QStringLiteral("data")));
        services.secretStore().forceSessionOnly(); // keys typed in Settings, no keychain
        profile::ConnectionProfile uat = profile::BuiltInProfiles::uat();
        uat.baseUrl = sandbox.baseUrl();
        storeKeys(services.secretStore(), uat.name);

        security::RotatingLogOptions log; // what Application installs
        log.directory = dir.filePath(QStringLiteral("logs"));
        QVERIFY(security::RotatingLog::install(log));
        const auto problem = start(services, uat);
        QCOMPARE(problem, AppServices::StartProblem::None);
        QVERIFY(services.isReady());
        QVERIFY(services.journal()->isOpen());
        // The stored keys, not the public UAT fallback, sign the calls...
        QCOMPARE(services.client()->config().credentials.developerKey, partnerDeveloperKey);
        profile::ConnectionCheck check;
        QSignalSpy checked(&check, &profile::ConnectionCheck::finished);
        check.start(uat, services.client());
        QVERIFY(checked.wait(15000));
        QCOMPARE(checked.at(0).at(0).value<profile::ConnectionCheckResult>().status,
                 profile::ConnectionCheckResult::Status::Accepted);
        // ...and a careless line carrying them is written without them.
        qInfo().noquote() << "support: signing as" << partnerDeveloperKey << "with"
                          << QString::fromLatin1(partnerAccessKey);
        qWarning("header developer: %s", qPrintable(partnerDeveloperKey));
        const QString logFile = security::RotatingLog::currentFile();
        security::RotatingLog::uninstall();

        QFile file(logFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("support: signing as"), text.constData());
        QVERIFY2(!text.contains(partnerDeveloperKey.toUtf8()), text.constData());
        QVERIFY2(!text.contains(partnerAccessKey), text.constData());
        QVERIFY2(!text.contains("abcdefabcdef"), text.constData());
    }

    // The GUI's training client used to ignore the profile's timeout.
    void training_honoursTheProfile()
    {
        sandbox::SandboxServer sandbox;
        QVERIFY(sandbox.start(sandbox::SandboxOptions{}));
        QTemporaryDir dir;
        AppServices services(dir.path());
        services.secretStore().forceSessionOnly();
        profile::ConnectionProfile training = profile::BuiltInProfiles::training();
        training.timeoutSeconds = 9;
        QCOMPARE(start(services, training, sandbox.baseUrl()), AppServices::StartProblem::None);
        QCOMPARE(services.client()->config().timeoutMs, 9000);
        QCOMPARE(services.client()->config().endpoints.baseUrl(), sandbox.baseUrl());
        QVERIFY(services.reconciler());
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("journal.sqlite"))));
    }

    void missingKeys_startNothing()
    {
        QTemporaryDir dir;
        AppServices services(dir.path());
        services.secretStore().forceSessionOnly();
        profile::ConnectionProfile custom;
        custom.name = QStringLiteral("Shop 12");
        custom.kind = ProfileKind::Custom;
        custom.baseUrl = QUrl(QStringLiteral("https://staging.eko.in/ekoapi/v3"));
        QCOMPARE(start(services, custom), AppServices::StartProblem::NoClient);
        QCOMPARE(services.configError(), profile::ClientConfigError::NoCredentials);
        QVERIFY(!services.isReady());
        QVERIFY(!services.client());
        QVERIFY(!services.journal());
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestAppServices)
#include "tst_appservices.moc"
