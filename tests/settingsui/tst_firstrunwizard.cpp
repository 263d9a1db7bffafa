// First run: Training needs nothing but Next and Finish; UAT asks for the
// connection and both keys before it lets the agent on.
#include "MessageWidget.h"
#include "SettingsFixture.h"
#include "TestRunner.h"
#include "settings/FirstRunWizard.h"
#include "settings/ProfileForm.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace counterdesk;
using namespace counterdesk::ui;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void training_isTheDefault_andEndsActive()
    {
        SettingsFixture f;
        QVERIFY(FirstRunWizard::isNeeded(f.settings));
        FirstRunWizard wizard(f.context());
        QSignalSpy finished(&wizard, &FirstRunWizard::finishedWithProfile);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("firstRunTraining"))->isChecked());
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::StartPage));
        wizard.next();
        // Training skips the connection page: no keys to ask for.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ShopPage));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("firstRunShopName")),
                         QStringLiteral("Gupta Telecom"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Training"));
        QCOMPARE(f.settings.stringValue(SettingKey::ActiveProfile), QStringLiteral("Training"));
        QCOMPARE(f.settings.stringValue(SettingKey::ShopName), QStringLiteral("Gupta Telecom"));
        QVERIFY(!f.pinGuard.hasPin()); // optional in training
        QVERIFY(!FirstRunWizard::isNeeded(f.settings));
    }

    void uat_asksForKeys_andKeepsThemOutOfTheFile()
    {
        SettingsFixture f;
        FirstRunWizard wizard(f.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.setMode(FirstRunWizard::Mode::Uat);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectionPage));
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("profileBaseUrl"))->text(),
                 QStringLiteral("https://staging.eko.in/ekoapi/v3"));
        wizard.next(); // no keys yet: refused
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectionPage));
        QVERIFY(wizard.findChild<MessageWidget*>(QStringLiteral("firstRunConnectionError"))->isVisible());

        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("profileDeveloperKey")),
                         QStringLiteral("my-partner-developer-key-1"));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("profileAccessKey")),
                         QStringLiteral("my-partner-access-key-22"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ShopPage));
        auto* status = wizard.findChild<QLabel*>(QStringLiteral("firstRunSecretStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("session only")));

        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("firstRunPin")), QStringLiteral("1357"));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("firstRunPinRepeat")),
                         QStringLiteral("1357"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(f.settings.stringValue(SettingKey::ActiveProfile), QStringLiteral("UAT"));
        QVERIFY(f.pinGuard.hasPin());
        f.settings.sync();
        QFile file(f.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("my-partner-access-key-22"));
        QVERIFY(!text.contains("my-partner-developer-key-1"));
        QVERIFY(!text.contains("1357"));
    }

    // A counter of the partner's gateway: counter ID and secret, no Eko key
    // field at all; the secret goes to the SecretStore (the keychain; CI has
    // none, so this session's store), never to the settings file.
    void gateway_asksForTheCounterCredential_andKeepsTheSecretOutOfTheFile()
    {
        SettingsFixture f;
        const QString secret = QStringLiteral("cds_first_run_counter_secret_77");
        FirstRunWizard wizard(f.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* gatewayChoice = wizard.findChild<QRadioButton*>(QStringLiteral("firstRunGateway"));
        QVERIFY(gatewayChoice);
        QTest::mouseClick(gatewayChoice, Qt::LeftButton, {}, QPoint(8, gatewayChoice->height() / 2));
        QVERIFY(gatewayChoice->isChecked());
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectionPage));
        const auto visible = [&wizard](const char* name) {
            auto* w = wizard.findChild<QWidget*>(QString::fromLatin1(name));
            return w && w->isVisible();
        };
        for (const char* eko :
             {"profileDeveloperKey", "profileAccessKey", "profileInitiatorId", "profileUserCode"})
            QVERIFY2(!visible(eko), eko);
        for (const char* counter : {"profileCounterId", "profileCounterSecret", "profileCaFile"})
            QVERIFY2(visible(counter), counter);

        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("profileBaseUrl")),
                         QStringLiteral("https://gateway.partner.example/ekoapi/v3"));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("profileCounterId")),
                         QStringLiteral("shop-12"));
        wizard.button(QWizard::NextButton)->click(); // no secret yet: refused, and said why
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectionPage));
        auto* problem = wizard.findChild<MessageWidget*>(QStringLiteral("firstRunConnectionError"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("counter secret")), qPrintable(problem->text()));

        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("profileCounterSecret")), secret);
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ShopPage));
        QTRY_VERIFY(wizard.findChild<QLabel*>(QStringLiteral("firstRunSecretStatus"))
                        ->text()
                        .contains(QStringLiteral("session only")));
        // Real money goes through a gateway: the PIN is not optional.
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ShopPage));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("firstRunPin")), QStringLiteral("2468"));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("firstRunPinRepeat")),
                         QStringLiteral("2468"));
        wizard.button(QWizard::FinishButton)->click();

        const QString name = f.settings.stringValue(SettingKey::ActiveProfile);
        const std::optional<profile::ConnectionProfile> stored = f.profiles.profile(name);
        QVERIFY(stored);
        QCOMPARE(stored->kind, ProfileKind::Gateway);
        QCOMPARE(stored->counterId, QStringLiteral("shop-12"));
        QVERIFY(stored->initiatorId.isEmpty());
        f.settings.sync();
        f.profiles.sync();
        QFile file(f.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("gateway"));
        QVERIFY2(!text.contains(secret.toUtf8()), "counter secret written to the settings file");

        QByteArray kept;
        bool read = false;
        f.secrets.read(name, secrets::SecretKind::CounterSecret, [&](const secrets::SecretRead& r) {
            kept = r.value;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(kept, secret.toUtf8());
        // And no Eko key was stored for it.
        bool readKey = false;
        QByteArray key;
        f.secrets.read(name, secrets::SecretKind::AccessKey, [&](const secrets::SecretRead& r) {
            key = r.value;
            readKey = true;
        });
        QTRY_VERIFY(readKey);
        QVERIFY(key.isEmpty());
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("COUNTERDESK_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("COUNTERDESK_SCREENSHOT_DIR not set");
        SettingsFixture f;
        FirstRunWizard wizard(f.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::qWait(50);
        wizard.grab().save(out + QStringLiteral("/firstrun-start.png"));
        wizard.setMode(FirstRunWizard::Mode::Uat);
        wizard.next();
        QTest::qWait(50);
        wizard.grab().save(out + QStringLiteral("/firstrun-connection.png"));
    }
};

COUNTERDESK_TEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
