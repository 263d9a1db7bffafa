// The history view, used the way an agent uses it: the table fills, the
// search box narrows it by TID, mobile or amount, the filters work, the
// detail panel shows the trail, CSV export and the end-of-day totals match
// a known journal. Offscreen; the journal is real, in a temporary dir.
#include "HistoryFixture.h"
#include "TestRunner.h"
#include "history/DaySummaryDialog.h"
#include "history/HistoryModel.h"
#include "history/HistoryText.h"
#include "history/HistoryView.h"
#include "history/PendingCountLabel.h"
#include "history/TransferDetailPanel.h"
#include "i18n/Catalogue.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <utility>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::history::testing;
using journal::TransferState;

class TestHistoryView : public QObject
{
    Q_OBJECT

    HistoryFixture f;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryView> m_view;
    // As LanguageManager does for English: the plural forms ("1 transfer").
    QTranslator m_english;

    template <typename T> T* find(const char* name) const { return childNamed<T>(m_view.get(), name); }

    QStringList refsShown() const
    {
        QStringList refs;
        for (int r = 0; r < m_view->model()->rowCount(); ++r)
            refs << m_view->model()->transferAt(r)->clientRefId;
        return refs;
    }

    void search(const QString& text)
    {
        auto* box = find<QLineEdit>("historySearch");
        box->setFocus();
        box->selectAll();
        QTest::keyClick(box, Qt::Key_Backspace);
        // QTest types Latin-1 only; "₹" arrives the way an input method delivers it.
        bool latin1 = true;
        for (QChar c : text)
            latin1 = latin1 && c.unicode() < 0x80;
        if (latin1)
            QTest::keyClicks(box, text);
        else
            box->insert(text);
        QTest::keyClick(box, Qt::Key_Return);
    }

    void chooseStatus(TransferState state)
    {
        auto* combo = find<QComboBox>("historyStatus");
        const int index = combo->findData(static_cast<int>(state));
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    void useKnownDay()
    {
        find<QDateEdit>("historyFrom")->setDate(knownDay());
        find<QDateEdit>("historyTo")->setDate(knownDay());
        auto* dates = find<QCheckBox>("historyUseDates");
        if (!dates->isChecked()) {
            dates->setFocus();
            QTest::keyClick(dates, Qt::Key_Space);
        }
        QVERIFY(dates->isChecked());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        QVERIFY(f.fillKnown());
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

    void tableShowsEveryTransferNewestFirst()
    {
        QCOMPARE(refsShown(), (QStringList{"H5", "H4", "H3", "H2", "H1", "H6"}));
        const QAbstractItemModel* m = find<QTableView>("historyTable")->model();
        QCOMPARE(m->columnCount(), int(HistoryModel::ColumnCount));
        // H4: ₹10,000 SUCCESS; the status is a word, not only a colour.
        QCOMPARE(m->index(1, HistoryModel::Amount).data().toString(), QStringLiteral("₹10,000.00"));
        QCOMPARE(m->index(1, HistoryModel::Fee).data().toString(), QStringLiteral("₹50.00"));
        QCOMPARE(m->index(1, HistoryModel::Status).data().toString(), QStringLiteral("Success"));
        QVERIFY(m->index(1, HistoryModel::Status).data(Qt::ForegroundRole).isValid());
        QCOMPARE(m->index(1, HistoryModel::Tid).data().toString(), QStringLiteral("4234567890"));
        QCOMPARE(m->index(1, HistoryModel::Utr).data().toString(), QStringLiteral("UTR4234567890"));
        QVERIFY(m->index(1, HistoryModel::Customer).data().toString().contains(QStringLiteral("सीता देवी")));
        QVERIFY(m->index(1, HistoryModel::Date).data().toString().endsWith(QLatin1String("IST")));
        QCOMPARE(m->index(2, HistoryModel::Fee).data().toString(), QStringLiteral("\u2014")); // fee unknown
    }

    void quickSearchByTid()
    {
        search(QStringLiteral("1234567890"));
        QCOMPARE(refsShown(), QStringList{"H1"});
    }

    void quickSearchByMobile()
    {
        search(QStringLiteral("98765 43210"));
        QCOMPARE(refsShown(), (QStringList{"H3", "H1"}));
    }

    void quickSearchByAmount()
    {
        search(QStringLiteral("2500"));
        QCOMPARE(refsShown(), QStringList{"H2"});
        search(QStringLiteral("₹10,000"));
        QCOMPARE(refsShown(), QStringList{"H4"});
    }

    void typingSearchesAfterAPause()
    {
        auto* box = find<QLineEdit>("historySearch");
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("5234567890"));
        QTRY_COMPARE(refsShown(), QStringList{"H5"});
    }

    void statusAndRailFilters()
    {
        chooseStatus(TransferState::Success);
        QCOMPARE(refsShown(), (QStringList{"H4", "H1", "H6"}));
        auto* rail = find<QComboBox>("historyRail");
        const int levin = rail->findData(static_cast<int>(journal::Rail::Levin));
        rail->setCurrentIndex(levin);
        Q_EMIT rail->activated(levin);
        QCOMPARE(refsShown(), QStringList{"H4"});
    }

    void dateRangeFilter()
    {
        useKnownDay();
        QCOMPARE(refsShown(), (QStringList{"H5", "H4", "H3", "H2", "H1"}));
        find<QDateEdit>("historyFrom")->setDate(knownDay().addDays(-1));
        find<QDateEdit>("historyTo")->setDate(knownDay().addDays(-1));
        QCOMPARE(refsShown(), QStringList{"H6"});
    }

    void detailShowsEventTrail()
    {
        // One more event on H3, the way a status check records it.
        journal::OutcomeFields fields;
        fields.ekoMessage = QStringLiteral("Transaction <b>awaited</b>"); // plain text, never markup
        fields.txStatus = QStringLiteral("2");
        QVERIFY(f.journal
                    ->recordOutcome(QStringLiteral("H3"), TransferState::Pending, fields,
                                    journal::EventSource::Inquiry)
                    .ok());
        m_view->refresh();
        QVERIFY(m_view->selectTransfer(QStringLiteral("H3")));
        const QTableWidget* trail = find<QTableWidget>("eventTrail");
        QCOMPARE(trail->rowCount(), 3); // submit, the import's answer, the inquiry
        QCOMPARE(trail->item(0, 1)->text(), QStringLiteral("Sending"));
        QCOMPARE(trail->item(2, 1)->text(), QStringLiteral("Pending"));
        QCOMPARE(trail->item(2, 2)->text(), QStringLiteral("Status check"));
        QVERIFY(trail->item(2, 3)->text().contains(QStringLiteral("Transaction <b>awaited</b>")));
        QVERIFY(trail->item(2, 0)->text().endsWith(QLatin1String("IST")));
        const auto* summary = find<QLabel>("detailSummary");
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        QVERIFY(summary->text().contains(QStringLiteral("3234567890")));
        // Without an Eko client there is nothing to check or refund with.
        QVERIFY(!find<QPushButton>("historyCheckNow")->isVisible());
        QVERIFY(find<QPushButton>("historyReprint")->isEnabled());
    }

    void keyboardMovesThroughRows()
    {
        auto* table = find<QTableView>("historyTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(m_view->selectedTransfer()->clientRefId, QStringLiteral("H5"));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(m_view->selectedTransfer()->clientRefId, QStringLiteral("H4"));
        QVERIFY(find<QTableWidget>("eventTrail")->rowCount() >= 2);
    }

    void exportCsvWritesTheFilteredRows()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("export.csv"));
        m_view->setSavePathChooser([&](QWidget*, const QString& suggested) {
            return suggested.endsWith(QLatin1String(".csv")) ? path : QString();
        });
        useKnownDay();
        chooseStatus(TransferState::Success);
        QTest::mouseClick(find<QPushButton>("historyExport"), Qt::LeftButton);
        // Written on a worker thread: the window says when it is done.
        QTRY_VERIFY(find<QLabel>("historyInfo")->text().startsWith(QLatin1String("Exported 2 transfers to")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QLatin1String("created_at,client_ref_id,rail,status,")));
        QVERIFY(
            lines.at(1).startsWith(QLatin1String("2026-11-20T13:00:00+05:30,H4,levin,SUCCESS,9988776655,")));
        QVERIFY(lines.at(1).contains(QStringLiteral(",\"Rahul, \"\"Raju\"\" Singh\",")));
        QVERIFY(lines.at(2).startsWith(QLatin1String("2026-11-20T10:00:00+05:30,H1,digikhata,SUCCESS,")));
        QVERIFY(find<QLabel>("historyInfo")->text().contains(path));
    }

    void endOfDayTotals()
    {
        useKnownDay();
        QTest::mouseClick(find<QPushButton>("historyEndOfDay"), Qt::LeftButton);
        auto* dialog = m_view->findChild<DaySummaryDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const DaySummary& s = dialog->summary();
        QCOMPARE(s.day, knownDay());
        QCOMPARE(s.count(), 5);
        QCOMPARE(s.successCount(), 2);
        QCOMPARE(s.sent(), Money::fromRupees(11500));
        QCOMPARE(s.feesCollected(), Money::fromRupees(65));
        QCOMPARE(s.openCount(), 2);
        QCOMPARE(s.openAmount(), Money::fromRupees(1900));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("summaryTable"));
        QCOMPARE(table->rowCount(), int(s.rows.size()));
        const QString totals = dialog->findChild<QLabel*>(QStringLiteral("summaryTotals"))->text();
        QVERIFY2(totals.contains(QStringLiteral("₹11,500.00")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("₹65.00")), qPrintable(totals));

        // The day before: only H6.
        dialog->setDay(knownDay().addDays(-1));
        QCOMPARE(dialog->summary().count(), 1);
        QCOMPARE(dialog->summary().feesCollected(), Money::fromRupees(5));

        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("summary.pdf"));
        dialog->setSavePathChooser([&](QWidget*, const QString&) { return pdf; });
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("summaryPdf")), Qt::LeftButton);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        dialog->close();
    }

    void pendingCountLabel()
    {
        QStatusBar bar;
        auto* label = new PendingCountLabel(nullptr);
        bar.addPermanentWidget(label);
        bar.show();
        label->setCounts(0, 0);
        QVERIFY(!label->isVisible());
        label->setCounts(3, 1);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(QLatin1String("3 transfers pending")));
        QVERIFY(label->text().contains(QLatin1String("1 refund")));
        QCOMPARE(label->accessibleName(), label->text());
    }

    void countsArePlural_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("lakh");
        const QString en = QStringLiteral("en");
        const QString hi = QStringLiteral("hi");
        const QString one = QStringLiteral("1234567890");  // H1's TID
        const QString two = QStringLiteral("98765 43210"); // H1's and H3's customer
        QTest::newRow("en one") << en << one << QStringLiteral("1 transfer")
                                << QStringLiteral("1,00,000 transfers");
        QTest::newRow("en many") << en << two << QStringLiteral("2 transfers")
                                 << QStringLiteral("1,00,000 transfers");
        QTest::newRow("hi one") << hi << one << QStringLiteral("1 ट्रांसफ़र")
                                << QStringLiteral("1,00,000 ट्रांसफ़र");
        QTest::newRow("hi many") << hi << two << QStringLiteral("2 ट्रांसफ़र")
                                 << QStringLiteral("1,00,000 ट्रांसफ़र");
    }
    void countsArePlural()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, lakh);
        QTranslator hindi;
        if (language == u"hi") {
            QVERIFY(i18n::load(hindi, language));
            QCoreApplication::installTranslator(&hindi);
        }
        const auto uninstall = qScopeGuard([&hindi] { QCoreApplication::removeTranslator(&hindi); });
        search(text);
        QCOMPARE(find<QLabel>("historyCount")->text(), expected);
        // Large counts keep the Indian grouping of every other number.
        QCOMPARE(HistoryText::transferCount(100000), lakh);
    }

    void searchRanksExactMatchFirstAndSaysSo()
    {
        // H7's TID ends in 5678, like H2's and H5's accounts: newest first
        // would put those two look-alikes above the transfer asked for.
        KnownRow h7 = knownRows().first();
        h7.ref = "H7";
        h7.mobile = "9000000007";
        h7.account = "XXXXXX2468";
        h7.tid = "9000005678";
        h7.created = ist(knownDay().addDays(-3), 9, 0);
        bool given = false;
        QVERIFY(f.journal
                    ->importHistory([&]() -> std::optional<journal::ImportedTransfer> {
                        if (std::exchange(given, true))
                            return std::nullopt;
                        return imported(h7);
                    })
                    .ok());
        search(QStringLiteral("9000005678"));
        QCOMPARE(refsShown(), (QStringList{"H7", "H5", "H2"}));
        const QString note = find<QLabel>("historyMatch")->text();
        QVERIFY2(note.startsWith(QLatin1String("Exact match: TID 9000005678")), qPrintable(note));
        QVERIFY(find<QLabel>("historyMatch")->isVisible());
        const QAbstractItemModel* m = m_view->model();
        // One word above each date; the whole reason in its tooltip.
        QVERIFY(m->index(0, HistoryModel::Date).data().toString().startsWith(QLatin1String("Exact match\n")));
        QCOMPARE(m->index(0, HistoryModel::Date).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Exact match: TID 9000005678"));
        for (int row : {1, 2}) {
            QVERIFY(
                m->index(row, HistoryModel::Date).data().toString().startsWith(QLatin1String("Similar\n")));
            QCOMPARE(m->index(row, HistoryModel::Date).data(Qt::ToolTipRole).toString(),
                     QStringLiteral("Similar: account ending 5678"));
        }
        QCOMPARE(find<QLabel>("historyCount")->text(), QStringLiteral("3 transfers"));

        // Only look-alikes: the note says there is no exact match.
        search(QStringLiteral("5678"));
        QVERIFY(find<QLabel>("historyMatch")->text().startsWith(QLatin1String("No exact")));
        // No search, no note.
        search(QString());
        QVERIFY(!find<QLabel>("historyMatch")->isVisible());
    }

    void grabScreenshot()
    {
        // For docs/screenshots/history.png: COUNTERDESK_SCREENSHOT=<path>.
        const QString path = qEnvironmentVariable("COUNTERDESK_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set COUNTERDESK_SCREENSHOT to save a picture of the view");
        m_view->resize(1366, 768);
        QVERIFY(m_view->selectTransfer(QStringLiteral("H4")));
        QTest::qWait(100); // let the posted layout requests size the detail panel
        QVERIFY(m_view->grab().save(path));
    }
};

COUNTERDESK_TEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
