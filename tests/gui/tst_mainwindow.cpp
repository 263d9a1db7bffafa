// MainWindow, used the way an agent uses it: look at the title and the
// status bar, press the big buttons and the shortcuts, switch language,
// open About, move the window and start again.
#include "AboutDialog.h"
#include "CoreInfo.h"
#include "CounterFixture.h"
#include "CustomerPhonePanel.h"
#include "TestRunner.h"
#include "TransferFixture.h"
#include "history/HistoryView.h"
#include "journal/TransferState.h"
#include "lock/IdleLock.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxTypes.h"
#include "services/AppServices.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QWizard>

using counterdesk::SettingKey;
using counterdesk::ui::AboutDialog;
using counterdesk::ui::CustomerPhonePanel;
using counterdesk::ui::MessageWidget;

namespace {

// What a screen reader announces: Qt's accessible interface takes the
// accessible name, else a button's own text, else the text of the label
// whose buddy the widget is. A tooltip or a placeholder is not a name.
QString spokenName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Every visible control the agent can reach or press says what it is.
void checkEveryControlIsNamed(QWidget* root)
{
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() ||
            (!(widget->focusPolicy() & Qt::TabFocus) && !qobject_cast<QAbstractButton*>(widget)))
            continue;
        ++checked;
        // The line edit inside a date edit or a combo box is Qt's own part of
        // it: a screen reader announces the outer control, so that one is named.
        QWidget* parent = widget->parentWidget();
        const bool innerPart = qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent);
        QWidget* announced = innerPart ? parent : widget;
        QVERIFY2(!spokenName(announced).isEmpty(),
                 qPrintable(announced->objectName() + QLatin1Char(' ') +
                            QString::fromLatin1(announced->metaObject()->className())));
    }
    QVERIFY2(checked > 0, "no control was checked");
}

counterdesk::sandbox::FaultRule faultRule(const char* call, counterdesk::sandbox::Fault fault, int times,
                                          int delayMs = 0)
{
    counterdesk::sandbox::FaultRule rule;
    rule.callName = QLatin1String(call);
    rule.fault = fault;
    rule.times = times;
    rule.delayMs = delayMs;
    return rule;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    // Before QApplication: a 1920x1080 screen instead of the offscreen
    // plugin's default, which is smaller than a counter PC's 1366x768 and so
    // would keep the window small even without its own size caps. Qt splits
    // the platform argument at ':', so the file is named relative to the
    // working directory (no Windows drive letter).
    static void initMain()
    {
        const QString config = QDir::current().relativeFilePath(QStringLiteral(COUNTERDESK_OFFSCREEN_CONFIG));
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + QFile::encodeName(config));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("counter-%1.ini").arg(++m_counter));
    }

    void titleMarkerAndStatusInTraining()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        QCOMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk — TRAINING"));
        auto* marker = counter.find<QLabel>(QStringLiteral("trainingMarker"));
        QVERIFY(marker);
        QVERIFY(marker->isVisible());
        QVERIFY(marker->text().startsWith(QStringLiteral("TRAINING")));
        auto* status = counter.find<QLabel>(QStringLiteral("profileStatusLabel"));
        QVERIFY(status);
        QVERIFY2(status->text().startsWith(QStringLiteral("Training — ")), qPrintable(status->text()));
        QVERIFY(counter.window->customerPhonePanel());
        QVERIFY(counter.window->customerPhonePanel()->isVisible());
    }

    // A profile chosen in Settings takes effect at the next start: until then
    // the client still talks to the training sandbox, so a new transfer must
    // still be a training one (a sandbox transfer journalled as UAT would
    // print a receipt without TRAINING on it).
    void profileChosenMidSessionLeavesTransfersOnTheRunningProfile()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        QVERIFY(counter.window->services()->isReady());
        counter.settings.setValue(SettingKey::ActiveProfile, QStringLiteral("UAT"));
        counter.find<QAction>(QStringLiteral("newTransferAction"))->trigger();
        QDialog* wizard = nullptr;
        QTRY_VERIFY((wizard = counter.window->findChild<QDialog*>(QStringLiteral("transferWizard"))) &&
                    wizard->isVisible());
        QVERIFY2(wizard->windowTitle().contains(QStringLiteral("TRAINING")),
                 qPrintable(wizard->windowTitle()));
        wizard->reject();
    }

    void otherProfileHasNoTrainingMarker()
    {
        {
            counterdesk::Settings settings(m_path);
            settings.setValue(SettingKey::ActiveProfile, QStringLiteral("UAT"));
        }
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        QVERIFY(!counter.find<QLabel>(QStringLiteral("trainingMarker"))->isVisible());
        QCOMPARE(counter.find<QLabel>(QStringLiteral("profileStatusLabel"))->text(),
                 QStringLiteral("Profile: UAT"));
        QVERIFY(!counter.window->customerPhonePanel());
        QVERIFY(!counter.find<MessageWidget>(QStringLiteral("messageWidget"))->isVisible());
    }

    void newTransferOpensTheWizard()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        QVERIFY(counter.window->services()->isReady());
        auto* button = counter.find<QPushButton>(QStringLiteral("newTransferButton"));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = counter.find<QWizard>(QStringLiteral("transferWizard"))) &&
                    wizard->isVisible());
        // Esc on the first page closes it, and the home screen is back.
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!counter.find<QWizard>(QStringLiteral("transferWizard")));
    }

    void historyAndHomeByKeyboard()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        QVERIFY(QTest::qWaitForWindowActive(counter.window.get()));
        auto* pages = counter.find<QStackedWidget>(QStringLiteral("pages"));
        QVERIFY(pages);
        // Alt+I: the accelerator of the big History button (Alt+H is the Help menu).
        QTest::keyClick(counter.window.get(), Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(counter.window->historyView() && counter.window->historyView()->isVisible());
        QCOMPARE(pages->currentWidget(), counter.window->historyView());
        // Alt+Home goes back to the two big buttons.
        QTest::keyClick(counter.window.get(), Qt::Key_Home, Qt::AltModifier);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("homeWidget"));
        // Ctrl+N opens a transfer from anywhere.
        QTest::keyClick(counter.window.get(), Qt::Key_N, Qt::ControlModifier);
        QWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = counter.find<QWizard>(QStringLiteral("transferWizard"))) &&
                    wizard->isVisible());
        wizard->reject();
        QTRY_VERIFY(!counter.find<QWizard>(QStringLiteral("transferWizard")));
        // Enter on the focused History button.
        QTest::keyClick(counter.window.get(), Qt::Key_Home, Qt::AltModifier);
        auto* history = counter.find<QPushButton>(QStringLiteral("historyButton"));
        history->setFocus();
        QTest::keyClick(history, Qt::Key_Return);
        QTRY_COMPARE(pages->currentWidget(), counter.window->historyView());
    }

    void journalGoesToTheDataDirectory()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        QVERIFY(counter.window->services()->isReady());
        QVERIFY(QFile::exists(QDir(counter.dataDir.path()).filePath(QStringLiteral("journal.sqlite"))));
        // Nothing is open in a fresh journal, so the status bar says nothing.
        QVERIFY(!counter.find<QLabel>(QStringLiteral("pendingCountLabel"))->isVisible());
    }

    // A transfer left UNKNOWN by a lost answer is counted in the status bar
    // as soon as the window is up, and the count goes once the reconciler
    // has settled it with the (real, loopback) sandbox.
    void statusBarCountsWhatTheReconcilerSettles()
    {
        using namespace counterdesk::transfer::testing;
        using counterdesk::sandbox::Fault;
        namespace call = counterdesk::sandbox::CallName;
        TransferFixture f;
        QVERIFY(f.start());
        QString ref;
        {
            // Eko applies the Initiate but the answer is lost, and no inquiry
            // gets through: the row is left UNKNOWN, as after a crash.
            f.server->addFault(faultRule(call::InitiateTransaction, Fault::CommitThenDrop, 1));
            f.server->addFault(faultRule(call::TransactionInquiry, Fault::Http500Html, -1));
            // Sent on the profile the window will use: only its client asks about it.
            const std::unique_ptr<counterdesk::transfer::TransferSession> session =
                f.session(counterdesk::Rail::DigiKhata, QStringLiteral("Loopback sandbox"),
                          counterdesk::ProfileKind::Custom);
            QVERIFY(verifySender(f, *session, QStringLiteral("9000000001")));
            QVERIFY(reachConfirm(f, *session, 10017680, counterdesk::Money::fromRupees(210)));
            QCOMPARE(session->confirmAndSend(), counterdesk::transfer::TransferSession::SendResult::Sent);
            QVERIFY(waitForState(*session, State::Finished));
            QCOMPARE(session->transfer()->state, counterdesk::journal::TransferState::Unknown);
            ref = session->transfer()->clientRefId;
        }
        f.journal.reset(); // the window opens this journal itself
        f.server->clearFaults();
        // Eko answers again, slowly the first time: long enough to see the count.
        f.server->addFault(faultRule(call::TransactionInquiry, Fault::Delay, 1, 1500));

        // A profile that talks to this sandbox, its keys from the environment.
        {
            counterdesk::profile::ConnectionProfile loopback;
            loopback.name = QStringLiteral("Loopback sandbox");
            loopback.baseUrl = f.server->baseUrl();
            loopback.initiatorId = uatCredentials().initiatorId;
            loopback.userCode = uatCredentials().userCode;
            counterdesk::profile::ProfileStore profiles(m_path);
            QVERIFY(profiles.save(loopback));
            profiles.sync();
            counterdesk::Settings settings(m_path);
            settings.setValue(SettingKey::ActiveProfile, loopback.name);
        }
        const counterdesk::sandbox::SandboxOptions sandboxKeys;
        qputenv("COUNTERDESK_DEVELOPER_KEY", sandboxKeys.developerKey.toUtf8());
        qputenv("COUNTERDESK_ACCESS_KEY", sandboxKeys.accessKey.toUtf8());
        const auto unsetKeys = qScopeGuard([] {
            qunsetenv("COUNTERDESK_DEVELOPER_KEY");
            qunsetenv("COUNTERDESK_ACCESS_KEY");
        });

        CounterFixture counter(m_path, f.dir->path());
        QVERIFY(counter.showAndSettle());
        // Found anew each time: the window replaces the label once its
        // services run.
        const auto pending = [&counter] {
            return counter.find<QLabel>(QStringLiteral("pendingCountLabel"));
        };
        QTRY_VERIFY(pending()->isVisible());
        QCOMPARE(pending()->text(), QStringLiteral("1 transfer pending"));
        QTRY_VERIFY_WITH_TIMEOUT(!pending()->isVisible(), 15000);
        QVERIFY(pending()->text().isEmpty());
        QCOMPARE(f.server->initiateCount(ref), 1); // settled by asking, never by sending again
    }

    void settingsAndLockFromTheToolsMenu()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        auto* lock = counter.find<QAction>(QStringLiteral("lockAction"));
        QVERIFY(lock);
        // No PIN yet: the agent is told why nothing locks, rather than nothing happening.
        lock->trigger();
        auto* banner = counter.find<MessageWidget>(QStringLiteral("messageWidget"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("agent PIN")), qPrintable(banner->text()));
        QVERIFY(counter.window->idleLock());
        QVERIFY(!counter.window->idleLock()->isLocked());

        counter.find<QAction>(QStringLiteral("settingsAction"))->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = counter.find<QDialog>(QStringLiteral("settingsDialog"))) &&
                    dialog->isVisible());
        dialog->reject();
    }

    void languageSwitchesAtRunTimeAndIsRemembered()
    {
        {
            CounterFixture counter(m_path);
            QVERIFY(counter.showAndSettle());
            auto* button = counter.find<QPushButton>(QStringLiteral("newTransferButton"));
            QCOMPARE(button->text(), QStringLiteral("&New transfer"));

            auto* hindi = counter.find<QAction>(QStringLiteral("languageAction_hi"));
            QVERIFY(hindi);
            QCOMPARE(hindi->text(), QStringLiteral("हिन्दी"));
            hindi->trigger();
            QTRY_COMPARE(button->text(), QStringLiteral("नया ट्रांसफ़र (&N)"));
            QCOMPARE(counter.find<QPushButton>(QStringLiteral("historyButton"))->text(),
                     QStringLiteral("इतिहास (&I)"));
            QVERIFY(hindi->isChecked());
            QCOMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk — प्रशिक्षण"));
            QVERIFY(counter.find<QLabel>(QStringLiteral("trainingMarker"))
                        ->text()
                        .startsWith(QStringLiteral("प्रशिक्षण")));
            QCOMPARE(counter.settings.stringValue(SettingKey::UiLanguage), QStringLiteral("hi"));

            counter.find<QAction>(QStringLiteral("languageAction_en"))->trigger();
            QTRY_COMPARE(button->text(), QStringLiteral("&New transfer"));
            hindi->trigger();
            QTRY_COMPARE(button->text(), QStringLiteral("नया ट्रांसफ़र (&N)"));
        }
        // A new start reads the choice back.
        CounterFixture again(m_path);
        QVERIFY(again.showAndSettle());
        QCOMPARE(again.languages.currentLanguage(), QStringLiteral("hi"));
        QCOMPARE(again.find<QPushButton>(QStringLiteral("newTransferButton"))->text(),
                 QStringLiteral("नया ट्रांसफ़र (&N)"));
        QVERIFY(again.find<QAction>(QStringLiteral("languageAction_hi"))->isChecked());
        again.languages.setLanguage(QStringLiteral("en"));
    }

    void aboutShowsTheVersion()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        auto* about = counter.find<QAction>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        AboutDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = counter.find<AboutDialog>(QStringLiteral("aboutDialog"))) &&
                    dialog->isVisible());
        auto* version = dialog->findChild<QLabel*>(QStringLiteral("aboutVersionLabel"));
        QVERIFY(version->text().contains(counterdesk::coreVersion()));
        dialog->close();
    }

    void geometryIsRememberedAcrossStarts()
    {
        const QSize size(900, 620);
        {
            CounterFixture counter(m_path);
            QVERIFY(counter.showAndSettle());
            counter.window->resize(size);
            QTRY_COMPARE(counter.window->size(), size);
            counter.window->close();
        }
        QVERIFY(!QSettings(m_path, QSettings::IniFormat)
                     .value(counterdesk::Settings::keyName(SettingKey::MainWindowGeometry))
                     .toByteArray()
                     .isEmpty());
        CounterFixture again(m_path);
        QVERIFY(again.showAndSettle());
        QCOMPARE(again.window->size(), size);
    }

    void firstStartFitsACounterScreen()
    {
        CounterFixture counter(m_path);
        // The screen (initMain) is larger than the counter PC's: nine tenths
        // of it would not fit 1366x768, so only the window's caps can.
        const QRect available = counter.window->screen()->availableGeometry();
        QVERIFY2(available.width() * 9 / 10 > 1366 && available.height() * 9 / 10 > 768,
                 qPrintable(QStringLiteral("screen too small to test the caps: %1x%2")
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY(counter.showAndSettle());
        QVERIFY2(counter.window->width() <= 1366, qPrintable(QString::number(counter.window->width())));
        QVERIFY2(counter.window->height() <= 768, qPrintable(QString::number(counter.window->height())));
    }

    void everyControlHasAnAccessibleName()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        checkEveryControlIsNamed(counter.window.get());
        if (QTest::currentTestFailed())
            return;
        // The history page has the search field and the filters.
        QTest::keyClick(counter.window.get(), Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(counter.window->historyView() && counter.window->historyView()->isVisible());
        checkEveryControlIsNamed(counter.window.get());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

COUNTERDESK_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
