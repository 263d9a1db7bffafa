// History view benchmark: a counter's lifetime of history (1,000,000
// transfers, written with the journal's bulk import) and what the agent
// waits for. Reports figures against the goals; never fails on time.
//
//   opening the history view to its first rows     goal < 200 ms
//   quick search (TID, mobile, amount) in the view  goal < 50 ms
//
// COUNTERDESK_BENCH_HISTORY_ROWS changes the size (default 1000000).
#include "TestRunner.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "journal/Journal.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace counterdesk;
using namespace counterdesk::journal;

namespace {

constexpr int kRepeats = 7;

QString formatMicros(qint64 us)
{
    return QStringLiteral("%1.%2 ms").arg(us / 1000).arg(us % 1000, 3, 10, QLatin1Char('0'));
}

void report(const QString& what, QList<qint64> micros, qint64 goalMs)
{
    std::sort(micros.begin(), micros.end());
    const qint64 median = micros.at(micros.size() / 2);
    qInfo().noquote() << QStringLiteral("%1 median %2, max %3 (n=%4)  goal < %5 ms  %6")
                             .arg(what, -40)
                             .arg(formatMicros(median), formatMicros(micros.last()))
                             .arg(micros.size())
                             .arg(goalMs)
                             .arg(median < goalMs * 1000 ? QStringLiteral("OK")
                                                         : QStringLiteral("OVER GOAL"));
}

} // namespace

class BenchHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Journal m_journal;
    std::unique_ptr<Settings> m_settings;
    qint64 m_rows = 1000000;
    QString m_tid, m_mobile;

private Q_SLOTS:
    void initTestCase()
    {
        bool ok = false;
        const qint64 rows = qEnvironmentVariable("COUNTERDESK_BENCH_HISTORY_ROWS").toLongLong(&ok);
        if (ok && rows > 0)
            m_rows = rows;
        QVERIFY(m_journal.open(m_dir.path()).ok());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));

        // A year of history ending now, oldest first, as a counter writes it.
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const qint64 stepMs = qint64(365) * 24 * 3600 * 1000 / m_rows;
        QRandomGenerator rng(20261123);
        const TransferState states[] = {TransferState::Success, TransferState::Success,
                                        TransferState::Success, TransferState::Failed,
                                        TransferState::Refunded};
        qint64 i = 0;
        QElapsedTimer timer;
        timer.start();
        const auto written = m_journal.importHistory([&]() -> std::optional<ImportedTransfer> {
            if (i == m_rows)
                return std::nullopt;
            ImportedTransfer t;
            t.transfer.clientRefId = QStringLiteral("B%1").arg(i);
            t.transfer.rail = i % 3 ? Rail::DigiKhata : Rail::Levin;
            t.transfer.profile = QStringLiteral("Production");
            t.transfer.senderMobile = QString::number(9000000000LL + rng.bounded(50000));
            t.transfer.senderName = QStringLiteral("Customer %1").arg(rng.bounded(50000));
            t.transfer.recipientId = QString::number(rng.bounded(100000));
            t.transfer.recipientName = QStringLiteral("Recipient %1").arg(rng.bounded(100000));
            t.transfer.recipientBank = QStringLiteral("State Bank of India");
            t.transfer.recipientAccount =
                QStringLiteral("XXXXXX%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
            t.transfer.recipientIfsc = QStringLiteral("SBIN0000001");
            t.transfer.amount = Money::fromRupees(100 + rng.bounded(25000));
            t.transfer.channel = QStringLiteral("2");
            t.createdAt = end.addMSecs(-(m_rows - i) * stepMs);
            t.state = states[rng.bounded(int(std::size(states)))];
            t.outcomeAt = t.createdAt.addSecs(5);
            t.fields.tid = QString::number(1000000000LL + i);
            t.fields.fee = Money::fromRupees(10);
            if (i == m_rows / 2) {
                m_tid = *t.fields.tid;
                m_mobile = t.transfer.senderMobile;
            }
            ++i;
            return t;
        });
        QVERIFY2(written.ok(), qPrintable(written.detail()));
        qInfo().noquote() << QStringLiteral("imported %1 transfers in %2 s")
                                 .arg(written.value())
                                 .arg(timer.elapsed() / 1000);
    }

    void openToFirstRows()
    {
        QList<qint64> rowsShown, painted;
        for (int r = 0; r < kRepeats; ++r) {
            QElapsedTimer t;
            t.start();
            ui::HistoryView view(m_journal, nullptr, *m_settings);
            view.resize(1366, 768);
            view.show();
            QVERIFY(view.model()->rowCount() > 0);
            rowsShown << t.nsecsElapsed() / 1000;
            // The first frame with the rows painted, as the agent sees it.
            (void)view.grab();
            painted << t.nsecsElapsed() / 1000;
        }
        report(QStringLiteral("open history: first rows in the model"), rowsShown, 200);
        report(QStringLiteral("open history: first rows painted"), painted, 200);
    }

    void scrollOnePage()
    {
        ui::HistoryView view(m_journal, nullptr, *m_settings);
        QList<qint64> micros;
        for (int r = 0; r < kRepeats; ++r) {
            QElapsedTimer t;
            t.start();
            view.model()->fetchMore({});
            micros << t.nsecsElapsed() / 1000;
        }
        report(QStringLiteral("scroll: fetch the next page"), micros, 50);
    }

    void quickSearch_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("text");
        QTest::newRow("tid") << QStringLiteral("TID") << m_tid;
        QTest::newRow("mobile") << QStringLiteral("mobile") << m_mobile;
        QTest::newRow("amount") << QStringLiteral("amount") << QStringLiteral("12345");
    }
    void quickSearch()
    {
        QFETCH(QString, what);
        QFETCH(QString, text);
        ui::HistoryView view(m_journal, nullptr, *m_settings);
        auto* box = view.findChild<QLineEdit*>(QStringLiteral("historySearch"));
        QList<qint64> micros;
        int rows = 0;
        for (int r = 0; r < kRepeats; ++r) {
            box->clear();
            box->setText(text);
            QElapsedTimer t;
            t.start();
            Q_EMIT box->returnPressed(); // what Enter does
            rows = view.model()->rowCount();
            micros << t.nsecsElapsed() / 1000;
        }
        report(QStringLiteral("quick search %1 \"%2\" (%3 rows)").arg(what, text).arg(rows), micros, 50);
    }
};

COUNTERDESK_TEST_MAIN(BenchHistory)
#include "bench_history.moc"
