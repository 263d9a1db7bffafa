// Switching the connection profile while CounterDesk runs (no restart): the
// client, the reconciler and the training sandbox follow the profile chosen
// in Settings at once; a switch chosen while a transfer window is open waits
// for it to close and says so; a profile that cannot make a client leaves the
// one in use running. The title, the TRAINING marker, the phone panel and the
// status bar follow. The "shop" profile talks to a sandbox on 127.0.0.1 with
// the public UAT keys from the environment, as a real one would to Eko.
#include "CounterFixture.h"
#include "CustomerPhonePanel.h"
#include "MessageWidget.h"
#include "TestRunner.h"
#include "eko/EkoClient.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "services/AppServices.h"
#include "settings/ProfilesPage.h"
#include "settings/SettingsDialog.h"
#include "wizard/TransferWizard.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>

using namespace counterdesk;
using namespace counterdesk::ui;

class TestProfileSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The public UAT keys (REFERENCE.md §2.3), where a real counter has its keychain.
        qputenv("COUNTERDESK_DEVELOPER_KEY", "becbbce45f79c6f5109f848acd540567");
        qputenv("COUNTERDESK_ACCESS_KEY", "d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_shopServer.start({}, &error), qPrintable(error));
    }
    void init() { m_path = m_dir.filePath(QStringLiteral("counter-%1.ini").arg(++m_counter)); }

    void switchesAtOnceAndBack();
    void waitsForAnOpenTransferWindow();
    void aProfileWithoutKeysLeavesTheOneInUse();

private:
    // A custom profile on the shop's own sandbox, saved in the counter's settings.
    void saveShopProfile(const QString& name, bool withUserCode = true)
    {
        profile::ProfileStore store(m_path);
        profile::ConnectionProfile shop;
        shop.name = name;
        shop.kind = ProfileKind::Custom;
        shop.baseUrl = m_shopServer.baseUrl();
        shop.initiatorId = QStringLiteral("9962981729");
        shop.userCode = withUserCode ? QStringLiteral("20810200") : QString();
        QVERIFY(store.save(shop));
    }

    // Settings → Profiles → the profile → Use, as the agent does it.
    void choose(CounterFixture& counter, const QString& name)
    {
        counter.find<QAction>(QStringLiteral("settingsAction"))->trigger();
        SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = counter.find<SettingsDialog>(QStringLiteral("settingsDialog"))) &&
                    dialog->isVisible());
        QVERIFY(dialog->profilesPage()->selectProfile(name));
        QTest::mouseClick(counter.find<QPushButton>(QStringLiteral("profileUse")), Qt::LeftButton);
        dialog->accept();
        QTRY_VERIFY(!counter.find<SettingsDialog>(QStringLiteral("settingsDialog")));
    }

    static QString banner(CounterFixture& counter)
    {
        auto* messages = counter.find<MessageWidget>(QStringLiteral("messageWidget"));
        return messages && messages->isVisible() ? messages->text() : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    sandbox::SandboxServer m_shopServer;
};

void TestProfileSwitch::switchesAtOnceAndBack()
{
    saveShopProfile(QStringLiteral("Shop 12"));
    CounterFixture counter(m_path);
    QVERIFY(counter.showAndSettle());
    QCOMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk — TRAINING"));
    QVERIFY(counter.find<QLabel>(QStringLiteral("trainingMarker"))->isVisible());
    QVERIFY(counter.window->customerPhonePanel()->isVisible());

    choose(counter, QStringLiteral("Shop 12"));
    QTRY_COMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk — Shop 12"));
    QVERIFY(!counter.find<QLabel>(QStringLiteral("trainingMarker"))->isVisible());
    QVERIFY(!counter.window->customerPhonePanel()->isVisible());
    QCOMPARE(counter.find<QLabel>(QStringLiteral("profileStatusLabel"))->text(),
             QStringLiteral("Profile: Shop 12"));
    QVERIFY2(banner(counter).contains(QStringLiteral("Shop 12")), qPrintable(banner(counter)));
    // The client in use is the shop's: its sandbox answers, the training one is gone.
    services::AppServices* services = counter.window->services();
    QVERIFY(services->isReady());
    QCOMPARE(services->profile().name, QStringLiteral("Shop 12"));
    QCOMPARE(services->client()->config().endpoints.baseUrl(), m_shopServer.baseUrl());
    QCOMPARE(services->client()->config().profileName, QStringLiteral("Shop 12"));

    choose(counter, QStringLiteral("Training"));
    QTRY_COMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk — TRAINING"));
    QVERIFY(counter.find<QLabel>(QStringLiteral("trainingMarker"))->isVisible());
    QVERIFY(counter.window->customerPhonePanel()->isVisible());
    QTRY_VERIFY(counter.find<QLabel>(QStringLiteral("profileStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("127.0.0.1")));
    QVERIFY(services->client()->config().endpoints.baseUrl() != m_shopServer.baseUrl());
}

void TestProfileSwitch::waitsForAnOpenTransferWindow()
{
    saveShopProfile(QStringLiteral("Shop 12"));
    CounterFixture counter(m_path);
    QVERIFY(counter.showAndSettle());
    counter.find<QAction>(QStringLiteral("newTransferAction"))->trigger();
    TransferWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = counter.window->findChild<TransferWizard*>()) && wizard->isVisible());
    eko::EkoClient* trainingClient = counter.window->services()->client();

    // The wizard is window-modal, so an agent cannot reach Settings now;
    // the switch can still be asked for (a settings dialog already open, a
    // first-run wizard) and must then wait.
    choose(counter, QStringLiteral("Shop 12"));
    QTRY_VERIFY2(banner(counter).contains(QStringLiteral("as soon as")), qPrintable(banner(counter)));
    QCOMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk — TRAINING"));
    QCOMPARE(counter.window->services()->client(), trainingClient);

    wizard->reject(); // nothing in flight: the wizard closes
    QTRY_COMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk — Shop 12"));
    QCOMPARE(counter.window->services()->profile().name, QStringLiteral("Shop 12"));
}

void TestProfileSwitch::aProfileWithoutKeysLeavesTheOneInUse()
{
    saveShopProfile(QStringLiteral("No user code"), false);
    CounterFixture counter(m_path);
    QVERIFY(counter.showAndSettle());
    const QByteArray developerKey = qgetenv("COUNTERDESK_DEVELOPER_KEY");
    qunsetenv("COUNTERDESK_DEVELOPER_KEY");
    choose(counter, QStringLiteral("No user code"));
    QTRY_VERIFY2(banner(counter).contains(QStringLiteral("goes on with the connection profile \"Training\"")),
                 qPrintable(banner(counter)));
    qputenv("COUNTERDESK_DEVELOPER_KEY", developerKey);
    QCOMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk — TRAINING"));
    QVERIFY(counter.window->services()->isReady());
    QCOMPARE(counter.window->services()->profile().name, QStringLiteral("Training"));
    QVERIFY(counter.find<QLabel>(QStringLiteral("trainingMarker"))->isVisible());
}

COUNTERDESK_TEST_MAIN(TestProfileSwitch)
#include "tst_profileswitch.moc"
