// MainWindow, used the way an agent uses it: look at the title and the
// status bar, press the big buttons and the shortcuts, switch language,
// open About, move the window and start again.
#include "AboutDialog.h"
#include "CoreInfo.h"
#include "CounterFixture.h"
#include "CustomerPhonePanel.h"
#include "history/HistoryView.h"
#include "lock/IdleLock.h"
#include "services/AppServices.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QWizard>

using counterdesk::SettingKey;
using counterdesk::ui::AboutDialog;
using counterdesk::ui::CustomerPhonePanel;
using counterdesk::ui::MessageWidget;

class TestMainWindow : public QObject
{
    Q_OBJECT

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
        QCOMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk"));
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
        // The reconciler's count is in the status bar's reach from the start.
        QVERIFY(counter.find<QLabel>(QStringLiteral("pendingCountLabel")));
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
            QCOMPARE(counter.window->windowTitle(), QStringLiteral("CounterDesk"));
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
        QVERIFY(counter.showAndSettle());
        QVERIFY(counter.window->width() <= 1366);
        QVERIFY(counter.window->height() <= 768);
    }

    void everyButtonHasAnAccessibleName()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        const auto buttons = counter.window->findChildren<QAbstractButton*>();
        for (QAbstractButton* button : buttons) {
            if (!button->isVisible()) {
                continue;
            }
            const bool named = !button->accessibleName().isEmpty() || !button->text().isEmpty() ||
                               !button->toolTip().isEmpty();
            QVERIFY2(named, qPrintable(button->objectName() + QLatin1Char(' ') +
                                       QString::fromLatin1(button->metaObject()->className())));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
