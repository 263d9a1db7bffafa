// The windows around the wizard, as a screen reader meets them: the home
// screen, History, every Settings page and About. Every focusable control
// must have a name it can say (AccessibilityAudit; the wizard's pages are
// walked in tests/wizard/tst_accessibility).
#include "../wizard/AccessibilityAudit.h"
#include "CounterFixture.h"
#include "history/HistoryView.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QDialog>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;

class TestAccessibilityWindows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyWindow()
    {
        QTemporaryDir dir;
        CounterFixture counter(dir.filePath(QStringLiteral("counter.ini")));
        QVERIFY(counter.showAndSettle());
        QStringList failures;
        const auto audit = [&failures](QWidget* root, const QString& where) {
            QTest::qWait(50);
            const QStringList nameless = namelessControls(root);
            if (!nameless.isEmpty())
                failures << where + QStringLiteral(": ") + nameless.join(QStringLiteral(", "));
        };
        audit(counter.window.get(), QStringLiteral("home"));

        counter.find<QAction>(QStringLiteral("historyAction"))->trigger();
        QTRY_VERIFY(counter.window->historyView() && counter.window->historyView()->isVisible());
        audit(counter.window.get(), QStringLiteral("history"));

        counter.find<QAction>(QStringLiteral("settingsAction"))->trigger();
        SettingsDialog* settings = nullptr;
        QTRY_VERIFY((settings = counter.find<SettingsDialog>(QStringLiteral("settingsDialog"))) &&
                    settings->isVisible());
        for (const auto& [page, name] : {std::pair{SettingsDialog::Page::Profiles, "settings: profiles"},
                                         std::pair{SettingsDialog::Page::Counter, "settings: counter"},
                                         std::pair{SettingsDialog::Page::Security, "settings: security"}}) {
            settings->showPage(page);
            audit(settings, QLatin1String(name));
        }
        settings->reject();

        counter.find<QAction>(QStringLiteral("aboutAction"))->trigger();
        QDialog* about = nullptr;
        QTRY_VERIFY((about = counter.find<QDialog>(QStringLiteral("aboutDialog"))) && about->isVisible());
        audit(about, QStringLiteral("about"));
        about->reject();

        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("\n") + failures.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestAccessibilityWindows)
#include "tst_accessibilitywindows.moc"
