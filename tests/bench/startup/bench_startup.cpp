// Startup benchmark: how long until the agent sees the CounterDesk window,
// against a bare QMainWindow as the floor Qt itself sets. Heavy work is
// queued after the first show, so the two should stay close; the time until
// that queued work is done is reported separately.
//
// Offscreen platform, where show() exposes the window at once, so "shown"
// is read as show() returns. Figures only, never a failure on timing.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "settings/Settings.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

constexpr int rounds = 15;

struct Figures
{
    QList<qint64> nanoseconds;

    void add(qint64 ns) { nanoseconds.append(ns); }
    QString summary() const
    {
        QList<qint64> sorted = nanoseconds;
        std::sort(sorted.begin(), sorted.end());
        const auto ms = [](qint64 ns) {
            return QString::number(static_cast<double>(ns) / 1e6, 'f', 2);
        };
        return QStringLiteral("median %1 ms, min %2 ms, max %3 ms (n=%4)")
            .arg(ms(sorted.at(sorted.size() / 2)), ms(sorted.first()), ms(sorted.last()))
            .arg(sorted.size());
    }
};

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

        qInfo().noquote() << "startup: bare QMainWindow shown:        " << bare.summary();
        qInfo().noquote() << "startup: CounterDesk MainWindow shown:  " << counterDesk.summary();
        qInfo().noquote() << "startup: CounterDesk queued work done:  " << deferred.summary();
    }
};

QTEST_MAIN(BenchStartup)
#include "bench_startup.moc"
