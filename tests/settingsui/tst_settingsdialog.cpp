// The settings dialog acts like an agent would use it: find fields by object
// name, type, click, then check what was stored and what the agent is told.
#include "MessageWidget.h"
#include "SettingsFixture.h"
#include "TestRunner.h"
#include "profile/BuiltInProfiles.h"
#include "profile/ConnectionCheck.h"
#include "settings/ConnectionTestText.h"
#include "settings/CounterPage.h"
#include "settings/ProfileForm.h"
#include "settings/ProfilesPage.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace counterdesk;
using namespace counterdesk::ui;
using counterdesk::profile::ConnectionCheckResult;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T* find(QWidget* root, const char* name)
    {
        T* w = root->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    static void type(QWidget* root, const char* name, const QString& text)
    {
        auto* edit = find<QLineEdit>(root, name);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void fillCustom(QWidget* root, const QString& name, const QString& url)
    {
        QTest::mouseClick(find<QPushButton>(root, "profileNew"), Qt::LeftButton);
        type(root, "profileName", name);
        type(root, "profileBaseUrl", url);
        type(root, "profileInitiatorId", profile::BuiltInProfiles::uatInitiatorId());
        type(root, "profileUserCode", profile::BuiltInProfiles::uatUserCode());
    }

    static ConnectionCheckResult runTest(SettingsDialog& dialog)
    {
        QSignalSpy tested(dialog.profilesPage(), &ProfilesPage::connectionTested);
        QTest::mouseClick(find<QPushButton>(&dialog, "profileTest"), Qt::LeftButton);
        if (!tested.wait(15000))
            return {};
        return tested.at(0).at(0).value<ConnectionCheckResult>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ConnectionCheckResult>(); }

    void lists_builtInProfiles()
    {
        SettingsFixture f;
        SettingsDialog dialog(f.context());
        auto* list = find<QListWidget>(&dialog, "profileList");
        QVERIFY(list);
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Training")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("in use")));
        QVERIFY(dialog.profilesPage()->selectProfile(QStringLiteral("UAT")));
        QCOMPARE(find<QLineEdit>(&dialog, "profileBaseUrl")->text(),
                 QStringLiteral("https://staging.eko.in/ekoapi/v3"));
        // A built-in's name is fixed; its fields are not.
        QVERIFY(find<QLineEdit>(&dialog, "profileName")->isReadOnly());
        QVERIFY(find<QLineEdit>(&dialog, "profileAccessKey")->echoMode() == QLineEdit::Password);
    }

    void editedProfile_isPersisted_withoutSecrets()
    {
        SettingsFixture f;
        const QString developerKey = QStringLiteral("dev-0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QString accessKey = QStringLiteral("acc-7d9e2c44-1b2a-4c3d-9e8f-aa11bb22cc33");
        {
            SettingsDialog dialog(f.context());
            dialog.show();
            fillCustom(&dialog, QStringLiteral("Shop 12 UAT"),
                       QStringLiteral("https://staging.eko.in/ekoapi/v3"));
            type(&dialog, "profileLatlong", QStringLiteral("28.63,77.22"));
            type(&dialog, "profileDeveloperKey", developerKey);
            type(&dialog, "profileAccessKey", accessKey);
            QSignalSpy saved(dialog.profilesPage(), &ProfilesPage::secretsSaved);
            QTest::mouseClick(find<QPushButton>(&dialog, "profileSave"), Qt::LeftButton);
            QVERIFY(saved.count() > 0 || saved.wait(5000));
            // No keychain in CI: the agent is told the keys live for this session only.
            QVERIFY2(saved.at(0).at(0).toString().contains(QStringLiteral("session only")),
                     qPrintable(saved.at(0).at(0).toString()));
            auto* messages = find<MessageWidget>(&dialog, "profileMessages");
            QVERIFY(messages->text().contains(QStringLiteral("session only")));
            QVERIFY(find<QLineEdit>(&dialog, "profileAccessKey")->text().isEmpty());
        }
        f.settings.sync();
        f.profiles.sync();

        profile::ProfileStore reread(f.file);
        const auto stored = reread.profile(QStringLiteral("Shop 12 UAT"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->baseUrl, QUrl(QStringLiteral("https://staging.eko.in/ekoapi/v3")));
        QCOMPARE(stored->latlong, QStringLiteral("28.63,77.22"));

        QFile file(f.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Shop 12 UAT") || text.contains("Shop%2012%20UAT") ||
                text.contains("staging.eko.in"));
        QVERIFY2(!text.contains(developerKey.toUtf8()), "developer key written to settings");
        QVERIFY2(!text.contains(accessKey.toUtf8()), "access key written to settings");
        QVERIFY(!text.contains("7d9e2c44"));

        // The keys are readable for this session from the SecretStore.
        QByteArray read;
        bool done = false;
        f.secrets.read(QStringLiteral("Shop 12 UAT"), secrets::SecretKind::AccessKey,
                       [&](const secrets::SecretRead& r) {
                           read = r.value;
                           done = true;
                       });
        QTRY_VERIFY(done);
        QCOMPARE(read, accessKey.toUtf8());
    }

    void httpForRemoteHost_isRefused()
    {
        SettingsFixture f;
        SettingsDialog dialog(f.context());
        dialog.show();
        fillCustom(&dialog, QStringLiteral("Plain"), QStringLiteral("http://staging.eko.in/ekoapi/v3"));
        QTest::mouseClick(find<QPushButton>(&dialog, "profileSave"), Qt::LeftButton);
        auto* messages = find<MessageWidget>(&dialog, "profileMessages");
        QCOMPARE(messages->type(), MessageWidget::Type::Error);
        QVERIFY2(messages->text().contains(QStringLiteral("https://")), qPrintable(messages->text()));
        QVERIFY(messages->text().contains(QStringLiteral("staging.eko.in")));
        QVERIFY(!f.profiles.profile(QStringLiteral("Plain")).has_value());

        // Loopback may use http:// (the sandbox, a local gateway).
        type(&dialog, "profileBaseUrl", QStringLiteral("http://127.0.0.1:8080/ekoapi/v3"));
        QTest::mouseClick(find<QPushButton>(&dialog, "profileSave"), Qt::LeftButton);
        QVERIFY(f.profiles.profile(QStringLiteral("Plain")).has_value());
    }

    void testConnection_againstSandbox_succeeds()
    {
        SettingsFixture f;
        QVERIFY(f.startSandbox());
        SettingsDialog dialog(f.context());
        dialog.show();
        fillCustom(&dialog, QStringLiteral("Local"), f.sandbox->baseUrl().toString());
        type(&dialog, "profileDeveloperKey", profile::BuiltInProfiles::uatDeveloperKey());
        type(&dialog, "profileAccessKey", QString::fromLatin1(profile::BuiltInProfiles::uatAccessKey()));
        const ConnectionCheckResult result = runTest(dialog);
        QCOMPARE(result.status, ConnectionCheckResult::Status::Accepted);
        auto* messages = find<MessageWidget>(&dialog, "profileMessages");
        QCOMPARE(messages->type(), MessageWidget::Type::Positive);
        QVERIFY2(messages->text().startsWith(QStringLiteral("Connected")), qPrintable(messages->text()));
        QCOMPARE(f.sandbox->callCount(QStringLiteral("transaction_inquiry")), 1);
    }

    void testConnection_training_usesSandbox()
    {
        SettingsFixture f;
        QVERIFY(f.startSandbox());
        SettingsDialog dialog(f.context());
        QVERIFY(dialog.profilesPage()->selectProfile(QStringLiteral("Training")));
        QCOMPARE(runTest(dialog).status, ConnectionCheckResult::Status::Accepted);
    }

    void testConnection_wrongAccessKey_explains403()
    {
        SettingsFixture f;
        QVERIFY(f.startSandbox());
        SettingsDialog dialog(f.context());
        dialog.show();
        fillCustom(&dialog, QStringLiteral("Local"), f.sandbox->baseUrl().toString());
        type(&dialog, "profileDeveloperKey", profile::BuiltInProfiles::uatDeveloperKey());
        type(&dialog, "profileAccessKey", QStringLiteral("00000000-wrong-key-0000-000000000000"));
        const ConnectionCheckResult result = runTest(dialog);
        QCOMPARE(result.status, ConnectionCheckResult::Status::Forbidden);
        const QString text = find<MessageWidget>(&dialog, "profileMessages")->text();
        QVERIFY2(text.contains(QStringLiteral("403")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("allow-list")));
        QVERIFY(text.contains(QStringLiteral("access key")));
        QVERIFY(text.contains(QStringLiteral("production keys")));
        // The clock is fine here, so it is the last cause, not the first.
        QVERIFY(text.indexOf(QStringLiteral("allow-list")) <
                text.indexOf(QStringLiteral("clock looks fine")));
        QVERIFY(!text.contains(QStringLiteral("00000000-wrong")));
    }

    void testConnection_clockOffset_isReported()
    {
        SettingsFixture f;
        QVERIFY(f.startSandbox());
        f.sandbox->setClockOffsetMs(10 * 60 * 1000); // the PC is ten minutes slow
        SettingsDialog dialog(f.context());
        dialog.show();
        fillCustom(&dialog, QStringLiteral("Local"), f.sandbox->baseUrl().toString());
        type(&dialog, "profileDeveloperKey", profile::BuiltInProfiles::uatDeveloperKey());
        type(&dialog, "profileAccessKey", QString::fromLatin1(profile::BuiltInProfiles::uatAccessKey()));
        const ConnectionCheckResult result = runTest(dialog);
        QVERIFY(result.clockSkewLarge);
        QVERIFY(qAbs(result.clockOffsetMs - 600000) < 3000);
        const QString text = find<MessageWidget>(&dialog, "profileMessages")->text();
        QVERIFY2(text.contains(QStringLiteral("clock")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("slow")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("59")) || text.contains(QStringLiteral("600")),
                 qPrintable(text));
        QCOMPARE(find<MessageWidget>(&dialog, "profileMessages")->type() == MessageWidget::Type::Positive,
                 false);
    }

    // The agent makes a Gateway profile: only the counter's fields show, the
    // secret goes to the SecretStore (the keychain; CI has none, so this
    // session's store) and never to the settings file, and a test against a
    // server that refuses the counter names a gateway cause, not Eko's keys.
    void gatewayProfile_keepsItsSecretInTheStore_andTestsAsACounter()
    {
        SettingsFixture f;
        QVERIFY(f.startSandbox());
        const QString secret = QStringLiteral("cds_settings_counter_secret_42");
        const QString ca = QFINDTESTDATA("../profile/data/partner-ca.pem");
        QVERIFY(!ca.isEmpty());
        {
            SettingsDialog dialog(f.context());
            dialog.show();
            QTest::mouseClick(find<QPushButton>(&dialog, "profileNew"), Qt::LeftButton);
            auto* kind = find<QComboBox>(&dialog, "profileKind");
            QVERIFY(kind && kind->isVisible());
            kind->setFocus();
            QTest::keyClick(kind, Qt::Key_Down);
            QCOMPARE(kind->currentData().value<ProfileKind>(), ProfileKind::Gateway);
            for (const char* eko :
                 {"profileDeveloperKey", "profileAccessKey", "profileInitiatorId", "profileUserCode"})
                QVERIFY2(!find<QWidget>(&dialog, eko)->isVisible(), eko);
            type(&dialog, "profileName", QStringLiteral("Partner gateway"));
            type(&dialog, "profileBaseUrl", f.sandbox->baseUrl().toString());
            type(&dialog, "profileCounterId", QStringLiteral("shop-12"));
            type(&dialog, "profileCounterSecret", secret);
            type(&dialog, "profileCaFile", ca);
            QCOMPARE(find<QLineEdit>(&dialog, "profileCounterSecret")->echoMode(), QLineEdit::Password);

            // The sandbox is Eko-shaped, not a gateway: it refuses a counter's
            // credential with Eko's 403, which the test words as the gateway's.
            const ConnectionCheckResult result = runTest(dialog);
            QCOMPARE(result.status, ConnectionCheckResult::Status::Forbidden);
            const QString text = find<MessageWidget>(&dialog, "profileMessages")->text();
            QVERIFY2(text.contains(QStringLiteral("gateway refused this counter")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("allow-list")), qPrintable(text));
            QVERIFY(!text.contains(secret));

            QSignalSpy saved(dialog.profilesPage(), &ProfilesPage::secretsSaved);
            QTest::mouseClick(find<QPushButton>(&dialog, "profileSave"), Qt::LeftButton);
            QVERIFY(saved.count() > 0 || saved.wait(5000));
            QVERIFY(find<QLineEdit>(&dialog, "profileCounterSecret")->text().isEmpty());
            // Shown again: the secret is never shown back, only where it lives.
            QVERIFY(dialog.profilesPage()->selectProfile(QStringLiteral("Partner gateway")));
            QVERIFY(find<QLineEdit>(&dialog, "profileCounterSecret")->text().isEmpty());
            QVERIFY(find<QWidget>(&dialog, "profileCounterId")->isVisible());
            QVERIFY(!find<QWidget>(&dialog, "profileAccessKey")->isVisible());
        }
        f.settings.sync();
        f.profiles.sync();
        profile::ProfileStore reread(f.file);
        const auto stored = reread.profile(QStringLiteral("Partner gateway"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->kind, ProfileKind::Gateway);
        QCOMPARE(stored->counterId, QStringLiteral("shop-12"));
        QCOMPARE(stored->caFile, ca);
        QFile file(f.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("kind=gateway"));
        QVERIFY2(!text.contains(secret.toUtf8()), "counter secret written to settings");

        QByteArray kept;
        bool done = false;
        f.secrets.read(QStringLiteral("Partner gateway"), secrets::SecretKind::CounterSecret,
                       [&](const secrets::SecretRead& r) {
                           kept = r.value;
                           done = true;
                       });
        QTRY_VERIFY(done);
        QCOMPARE(kept, secret.toUtf8());
    }

    // Each cause the gateway names, in the agent's words.
    void gatewayRefusal_isWordedForTheAgent()
    {
        ConnectionCheckResult result;
        result.status = ConnectionCheckResult::Status::Forbidden;
        result.profile.kind = ProfileKind::Gateway;
        result.gatewayRefusal = eko::GatewayRefusal::Revoked;
        QVERIFY(ConnectionTestText::describe(result).contains(
            QStringLiteral("This counter's access was revoked by the gateway's administrator")));
        result.gatewayRefusal = eko::GatewayRefusal::BadSignature;
        QVERIFY(ConnectionTestText::describe(result).contains(QStringLiteral("counter's secret")));
        result.gatewayRefusal = eko::GatewayRefusal::UnknownCounter;
        QVERIFY(ConnectionTestText::describe(result).contains(QStringLiteral("does not know this counter")));
    }

    void useProfile_setsActive()
    {
        SettingsFixture f;
        SettingsDialog dialog(f.context());
        QSignalSpy changed(&dialog, &SettingsDialog::activeProfileChanged);
        QVERIFY(dialog.profilesPage()->selectProfile(QStringLiteral("UAT")));
        QTest::mouseClick(find<QPushButton>(&dialog, "profileUse"), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.settings.stringValue(SettingKey::ActiveProfile), QStringLiteral("UAT"));
    }

    void counterPage_savesReceiptSettings()
    {
        SettingsFixture f;
        SettingsDialog dialog(f.context());
        dialog.show();
        dialog.showPage(SettingsDialog::Page::Counter);
        type(&dialog, "counterShopName", QStringLiteral("Sharma Mobile Point"));
        type(&dialog, "counterAgentCode", QStringLiteral("20810200"));
        QTest::mouseClick(find<QPushButton>(&dialog, "settingsSave"), Qt::LeftButton);
        QCOMPARE(f.settings.stringValue(SettingKey::ShopName), QStringLiteral("Sharma Mobile Point"));
        QCOMPARE(f.settings.stringValue(SettingKey::AgentCode), QStringLiteral("20810200"));
    }

    // Not a check: writes the pages as PNGs for a person to look at, when
    // COUNTERDESK_SCREENSHOT_DIR is set.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("COUNTERDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("COUNTERDESK_SCREENSHOT_DIR not set");
        SettingsFixture f;
        QVERIFY(f.startSandbox());
        SettingsDialog dialog(f.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A partner's own profile against the simulator, with a mistyped access key.
        fillCustom(&dialog, QStringLiteral("Shop 12 test"), f.sandbox->baseUrl().toString());
        type(&dialog, "profileDeveloperKey", profile::BuiltInProfiles::uatDeveloperKey());
        type(&dialog, "profileAccessKey", QStringLiteral("mistyped-access-key"));
        runTest(dialog);
        QTest::qWait(50);
        dialog.grab().save(out + QStringLiteral("/settings-connection.png"));
        dialog.showPage(SettingsDialog::Page::Counter);
        QTest::qWait(50);
        dialog.grab().save(out + QStringLiteral("/settings-counter.png"));
        dialog.showPage(SettingsDialog::Page::Security);
        QTest::qWait(50);
        dialog.grab().save(out + QStringLiteral("/settings-security.png"));
    }
};

COUNTERDESK_TEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
