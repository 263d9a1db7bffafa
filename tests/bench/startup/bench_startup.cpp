// Startup benchmark: how long until the agent sees the CounterDesk window,
// against a bare QMainWindow as the floor Qt itself sets. Heavy work is
// queued after the first show, so the two should stay close; the time until
// that queued work is done is reported separately.
//
// Offscreen platform, where show() exposes the window at once, so "shown"
// is read as show() returns. Figures only, never a failure on timing.
#include "Figures.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestRunner.h"
#include "settings/Settings.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int rounds = 15;

QString inMs(const Figures& figures)
{
    return QString::fromStdString(figures.summary(1e6, "ms"));
}

} // namespace

class BenchStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeToFirstWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Figures bare;
        Figures counterDesk;
        Figures deferred;

        // Round 0 warms fonts, styles and plugins for both and is not counted.
        for (int round = 0; round <= rounds; ++round) {
            {
                QElapsedTimer timer;
                timer.start();
                QMainWindow window;
                window.show();
                const qint64 shown = timer.nsecsElapsed();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                if (round > 0) {
                    bare.add(shown);
                }
            }
            {
                QElapsedTimer timer;
                timer.start();
                counterdesk::Settings settings(dir.filePath(QStringLiteral("bench-%1.ini").arg(round)));
                counterdesk::ui::LanguageManager languages(settings);
                languages.applySaved();
                counterdesk::ui::MainWindow window(settings, languages);
                QSignalSpy settled(&window, &counterdesk::ui::MainWindow::deferredStartFinished);
                window.show();
                // Read before any event is processed: the queued work must
                // not count as part of showing the window.
                const qint64 shown = timer.nsecsElapsed();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QVERIFY(settled.count() > 0 || settled.wait(10000));
                if (round > 0) {
                    counterDesk.add(shown);
                    deferred.add(timer.nsecsElapsed());
                }
            }
        }

        qInfo().noquote() << "startup: bare QMainWindow shown:        " << inMs(bare);
        qInfo().noquote() << "startup: CounterDesk MainWindow shown:  " << inMs(counterDesk);
        qInfo().noquote() << "startup: CounterDesk queued work done:  " << inMs(deferred);
    }
};

COUNTERDESK_TEST_MAIN(BenchStartup)
#include "bench_startup.moc"
