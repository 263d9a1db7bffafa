// First run: Training needs nothing but Next and Finish; UAT asks for the
// connection and both keys before it lets the agent on.
#include "MessageWidget.h"
#include "SettingsFixture.h"
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

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
