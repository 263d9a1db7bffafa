// Exporting a large history from the window: the work runs on a worker
// thread with a progress bar; Cancel (clicked through the real window)
// stops it mid-way and leaves no file, not even half of one, under the
// chosen name; a finished export says how many transfers it wrote.
//
// Deterministic without timing: CsvExportJob's worker waits after each page
// until the window has shown it, so a Cancel clicked while the first page's
// progress is on screen always lands before the second page.
#include "HistoryFixture.h"
#include "TestRunner.h"
#include "history/HistoryView.h"
#include "i18n/Catalogue.h"
#include "settings/Settings.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::history::testing;

namespace {
// Three journal pages of 1,000 (CsvExporter's page) and a bit.
constexpr int kRows = 3210;
} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT

    HistoryFixture f;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryView> m_view;
    QTranslator m_english;
    QTemporaryDir m_out;

    template <typename T> T* find(const char* name) const { return childNamed<T>(m_view.get(), name); }
    QString info() const { return find<QLabel>("historyInfo")->text(); }
    void exportTo(const QString& path)
    {
        m_view->setSavePathChooser([path](QWidget*, const QString&) { return path; });
        QTest::mouseClick(find<QPushButton>("historyExport"), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        QVERIFY(f.fillCopies(kRows, QStringLiteral("E")));
        QVERIFY(i18n::load(m_english, QStringLiteral("en")));
        QCoreApplication::installTranslator(&m_english);
        m_settings = std::make_unique<Settings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    }

    void init()
    {
        m_view = std::make_unique<HistoryView>(*f.journal, nullptr, *m_settings);
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void cancelMidWayLeavesNoFile()
    {
        const QString path = m_out.filePath(QStringLiteral("cancelled.csv"));
        auto* bar = find<QProgressBar>("historyExportProgress");
        auto* cancel = find<QPushButton>("historyExportCancel");
        QList<int> seen;
        connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
            if (value <= 0)
                return;
            seen += value;
            if (seen.size() == 1) {
                QVERIFY(cancel->isVisible());
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        });
        exportTo(path);
        // The window is not blocked: the bar is up and the button waits.
        QVERIFY(bar->isVisible());
        QVERIFY(!find<QPushButton>("historyExport")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(info(), QStringLiteral("Export cancelled. No file was saved."), 60000);
        QCOMPARE(seen, QList<int>{1000}); // stopped after the first page
        QCOMPARE(bar->maximum(), kRows);
        QVERIFY(!bar->isVisible());
        QVERIFY(find<QPushButton>("historyExport")->isEnabled());
        QVERIFY(!QFile::exists(path));
        // Nor a temporary file beside it.
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{});
    }

    void cancelKeepsTheFileThatWasThere()
    {
        const QString path = m_out.filePath(QStringLiteral("yesterday.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("yesterday's export\r\n");
        }
        auto* cancel = find<QPushButton>("historyExportCancel");
        connect(find<QProgressBar>("historyExportProgress"), &QProgressBar::valueChanged, this,
                [cancel](int value) {
                    if (value > 0 && cancel->isVisible())
                        QTest::mouseClick(cancel, Qt::LeftButton);
                });
        exportTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(info(), QStringLiteral("Export cancelled. No file was saved."), 60000);
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("yesterday's export\r\n"));
    }

    void finishedExportSaysHowMany()
    {
        const QString path = m_out.filePath(QStringLiteral("all.csv"));
        exportTo(path);
        QTRY_VERIFY2_WITH_TIMEOUT(info().startsWith(QLatin1String("Exported")), qPrintable(info()), 60000);
        QCOMPARE(info(), QStringLiteral("Exported 3,210 transfers to %1").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), kRows + 1);
    }

    void failedExportSaysSoAndLeavesNoFile()
    {
        // A directory that does not exist: the save file cannot open.
        const QString path = m_out.filePath(QStringLiteral("missing/dir/out.csv"));
        exportTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(
            info(), QStringLiteral("The export was not saved. Try again; if it keeps failing, call support."),
            60000);
        QVERIFY(!QFile::exists(path));
    }

    void closingTheWindowStopsARunningExport()
    {
        const QString path = m_out.filePath(QStringLiteral("closed.csv"));
        exportTo(path);
        m_view.reset(); // the job is cancelled and its thread joined
        QVERIFY(!QFile::exists(path));
    }
};

COUNTERDESK_TEST_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
