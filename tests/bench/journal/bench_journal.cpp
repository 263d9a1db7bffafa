// Journal benchmark: a counter's lifetime of history (1,000,000 transfers)
// and the queries an agent waits for. Reports figures against the goals;
// never fails on time.
//
//   quick search (TID, mobile, account, amount, name, ref)   goal < 50 ms
//   opening a history page                                   goal < 200 ms
//   one transfer written with a durable commit               goal < 5 ms
//
// COUNTERDESK_BENCH_JOURNAL_ROWS changes the size (default 1000000);
// COUNTERDESK_BENCH_DIR puts the file on a chosen disk (default: a temp
// dir, which on tmpfs makes fsync free: the commit figure is then a floor).
#include "TestRunner.h"
#include "journal/Journal.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <ctime>

using namespace counterdesk;
using namespace counterdesk::journal;

namespace {

constexpr int kRepeats = 15;

const char* const kFirst[] = {"Ramesh", "Suresh", "Sita",  "Gita",  "Anil",   "Sunil",  "Priya", "Pooja",
                              "Amit",   "Sumit",  "Rahul", "Rohit", "Kavita", "Savita", "Mohan", "Sohan",
                              "Lata",   "Asha",   "Vijay", "Ajay",  "Deepak", "Manoj",  "Neha",  "Sneha",
                              "Arjun",  "Karan",  "Meena", "Reena", "Raju",   "Shyam",  "Geeta", "Rekha"};
const char* const kLast[] = {"Kumar", "Sharma", "Verma",  "Singh",  "Yadav", "Gupta", "Devi", "Das",
                             "Patel", "Shah",   "Mishra", "Pandey", "Jha",   "Khan",  "Ali",  "Roy"};

QString formatMicros(qint64 us)
{
    // Integer arithmetic keeps the printout exact and free of floats.
    return QStringLiteral("%1.%2 ms").arg(us / 1000).arg(us % 1000, 3, 10, QLatin1Char('0'));
}

struct Figures
{
    QList<qint64> micros;
    QString summary() const
    {
        QList<qint64> s = micros;
        std::sort(s.begin(), s.end());
        return QStringLiteral("median %1, p90 %2, max %3 (n=%4)")
            .arg(formatMicros(s.at(s.size() / 2)), formatMicros(s.at(s.size() * 9 / 10)),
                 formatMicros(s.last()))
            .arg(s.size());
    }
    qint64 median() const
    {
        QList<qint64> s = micros;
        std::sort(s.begin(), s.end());
        return s.at(s.size() / 2);
    }
};

void report(const char* what, const Figures& f, qint64 goalMs)
{
    const bool met = f.median() < goalMs * 1000;
    qInfo().noquote() << QStringLiteral("%1 %2  goal < %3 ms  %4")
                             .arg(QLatin1String(what), -34)
                             .arg(f.summary())
                             .arg(goalMs)
                             .arg(met ? QStringLiteral("OK") : QStringLiteral("OVER GOAL"));
}

// Where the file's bytes go: SQLite's dbstat table gives the pages of each
// b-tree (the rows of a table, or one index), so the size per transfer can
// be read per table and index. A second, read-only connection sees what the
// journal committed.
void reportSizeBreakdown(const QString& file, qint64 transfers)
{
    const QString connection = QStringLiteral("bench-dbstat");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("SELECT name, SUM(pgsize), SUM(unused) FROM dbstat"
                                                 " GROUP BY name ORDER BY SUM(pgsize) DESC"))) {
            qWarning().noquote() << "no size breakdown (SQLite without dbstat?):" << q.lastError().text();
        } else {
            qint64 total = 0;
            while (q.next()) {
                const qint64 bytes = q.value(1).toLongLong();
                total += bytes;
                // Tables and indexes of a few pages are not per-transfer costs.
                if (bytes * 100 < transfers)
                    continue;
                qInfo().noquote() << QStringLiteral("  %1 %2 bytes a transfer, %3 % of its pages unused")
                                         .arg(q.value(0).toString(), -30)
                                         .arg(bytes / transfers, 4)
                                         .arg(bytes > 0 ? q.value(2).toLongLong() * 100 / bytes : 0);
            }
            qInfo().noquote() << QStringLiteral("journal size: %1 bytes a transfer (%2 MB for %3 transfers)")
                                     .arg(total / transfers)
                                     .arg(total / (1000 * 1000))
                                     .arg(transfers);
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

class BenchJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tempDir;
    QString m_dir;
    Journal m_journal;
    qint64 m_rows = 1000000;
    QDateTime m_end;
    // Values known to exist, picked while generating.
    QString m_someTid, m_someMobile, m_someRef, m_someTail;

    Figures measure(const SearchQuery& q, qint64* hits = nullptr)
    {
        Figures f;
        for (int i = 0; i < kRepeats; ++i) {
            QElapsedTimer t;
            t.start();
            const auto page = m_journal.search(q);
            f.micros += t.nsecsElapsed() / 1000;
            if (!page.ok())
                qWarning() << "search failed" << errorName(page.error()) << page.detail();
            else if (hits)
                *hits = page->transfers.size();
        }
        return f;
    }

    void quick(const char* what, const QString& text)
    {
        SearchQuery q;
        q.text = text;
        qint64 hits = 0;
        const Figures f = measure(q, &hits);
        report(qPrintable(QStringLiteral("quick search %1 \"%2\" (%3 on page)")
                              .arg(QLatin1String(what), text)
                              .arg(hits)),
               f, 50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        bool ok = false;
        const qint64 rows = qEnvironmentVariable("COUNTERDESK_BENCH_JOURNAL_ROWS").toLongLong(&ok);
        if (ok && rows > 0)
            m_rows = rows;
        m_dir = qEnvironmentVariableIsSet("COUNTERDESK_BENCH_DIR")
                    ? qEnvironmentVariable("COUNTERDESK_BENCH_DIR")
                    : m_tempDir.path();
        QVERIFY(m_journal.open(m_dir).ok());
        QVERIFY2(m_journal.count({}).value() == 0, "the bench needs an empty directory");
        const QStorageInfo storage(m_dir);
        qInfo().noquote() << QStringLiteral("journal file %1 on %2 (%3)")
                                 .arg(m_journal.filePath(), storage.rootPath(),
                                      QString::fromLatin1(storage.fileSystemType()));

        // A year of history ending now, oldest first, as a counter writes it.
        m_end = QDateTime::currentDateTimeUtc();
        const qint64 spanMs = qint64(365) * 24 * 3600 * 1000;
        const QDateTime start = m_end.addMSecs(-spanMs);
        QRandomGenerator rng(20261123);
        auto pick = [&rng](const auto& array) {
            return QLatin1String(array[rng.bounded(int(std::size(array)))]);
        };
        qint64 i = 0;
        const qint64 total = m_rows;
        const qint64 probe = total / 2;

        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const auto written = m_journal.importHistory([&]() -> std::optional<ImportedTransfer> {
            if (i == total)
                return std::nullopt;
            ImportedTransfer t;
            NewTransfer& n = t.transfer;
            n.clientRefId = QStringLiteral("b%1").arg(i, 0, 36);
            n.rail = rng.bounded(4) == 0 ? Rail::Levin : Rail::DigiKhata;
            n.profile = QStringLiteral("Production");
            // 50,000 regular customers.
            n.senderMobile =
                QStringLiteral("9%1").arg(rng.bounded(50000) * 7919 % 1000000000, 9, 10, QLatin1Char('0'));
            n.senderName = pick(kFirst) + u' ' + pick(kLast);
            n.recipientId = QString::number(10000000 + rng.bounded(200000));
            n.recipientName = pick(kFirst) + u' ' + pick(kLast);
            n.recipientBank = QStringLiteral("State Bank of India");
            const QString tail = QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
            n.recipientAccount = QStringLiteral("XXXXXXXX") + tail;
            n.recipientIfsc = QStringLiteral("SBIN0001234");
            // Half the amounts are round hundreds, as at a real counter.
            const qint64 rupees = rng.bounded(2) ? 100 * (1 + rng.bounded(250)) : 100 + rng.bounded(24900);
            n.amount = Money::fromRupees(rupees);
            n.channel = QStringLiteral("2");
            n.otpRefId = QStringLiteral("otp%1").arg(i);
            t.createdAt = start.addMSecs(spanMs * i / total);
            t.outcomeAt = t.createdAt.addSecs(4);
            const quint32 roll = rng.bounded(1000u);
            t.state = roll < 920   ? TransferState::Success
                      : roll < 970 ? TransferState::Failed
                      : roll < 985 ? TransferState::Refunded
                      : roll < 993 ? TransferState::Pending
                      : roll < 997 ? TransferState::Unknown
                                   : TransferState::RefundPending;
            if (t.state != TransferState::Unknown) {
                t.fields.tid = QString::number(2800000000LL + i * 3);
                t.fields.txStatus = QStringLiteral("0");
                t.fields.fee = Money::fromRupees(std::max<qint64>(10, rupees / 100));
            }
            if (t.state == TransferState::Success)
                t.fields.bankRefNum = QString::number(400000000000LL + i * 7);
            if (i == probe) {
                m_someTid = QString::number(2800000000LL + i * 3);
                m_someMobile = n.senderMobile;
                m_someRef = n.clientRefId;
                m_someTail = tail;
                t.state = TransferState::Success;
                t.fields.tid = m_someTid;
            }
            ++i;
            return t;
        });
        const qint64 ms = timer.elapsed();
        // CPU time tells a busy shared machine from a slow journal.
        const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        QVERIFY2(written.ok(), qPrintable(errorName(written.error()) + u' ' + written.detail()));
        const qint64 size = QFileInfo(m_journal.filePath()).size();
        qInfo().noquote()
            << QStringLiteral(
                   "generated %1 transfers in one transaction: %2 s wall, %5 s CPU (%3 rows/s), file %4 MB")
                   .arg(*written)
                   .arg(ms / 1000)
                   .arg(ms > 0 ? *written * 1000 / ms : 0)
                   .arg(size / (1000 * 1000))
                   .arg(cpuMs / 1000);
        reportSizeBreakdown(m_journal.filePath(), *written);
    }

    void quickSearch()
    {
        quick("TID", m_someTid);
        quick("mobile", m_someMobile);
        quick("account tail", m_someTail);
        quick("account number", QStringLiteral("00112233") + m_someTail);
        quick("amount", QStringLiteral("1500"));
        quick("amount with paise", QStringLiteral("1,234.00"));
        quick("client_ref_id", m_someRef);
        quick("name", QStringLiteral("Ramesh"));
        quick("two names", QStringLiteral("Ramesh Kumar"));
        quick("name prefix", QStringLiteral("sun"));
        quick("no match", QStringLiteral("zzzz"));
    }

    void historyPage()
    {
        SearchQuery newest;
        report("history: newest page of 50", measure(newest), 200);

        SearchQuery week;
        week.from = m_end.addDays(-7);
        week.to = m_end;
        week.states = {TransferState::Success};
        report("history: last week, SUCCESS", measure(week), 200);

        SearchQuery rail;
        rail.from = m_end.addDays(-30);
        rail.rails = {Rail::Levin};
        rail.states = {TransferState::Pending, TransferState::Unknown};
        report("history: 30 days, levin, open", measure(rail), 200);

        SearchQuery deep;
        deep.offset = 5000;
        report("history: page 101 (offset 5000)", measure(deep), 200);

        SearchQuery name;
        name.text = QStringLiteral("ramesh");
        name.from = m_end.addDays(-30);
        report("history: name within 30 days", measure(name), 200);

        Figures count;
        for (int r = 0; r < kRepeats; ++r) {
            QElapsedTimer t;
            t.start();
            SearchQuery month;
            month.from = m_end.addDays(-30);
            QVERIFY(m_journal.count(month).ok());
            count.micros += t.nsecsElapsed() / 1000;
        }
        report("history: count of last 30 days", count, 200);

        Figures totals;
        for (int r = 0; r < kRepeats; ++r) {
            QElapsedTimer t;
            t.start();
            QVERIFY(m_journal.totals(m_end.addDays(-1), m_end).ok());
            totals.micros += t.nsecsElapsed() / 1000;
        }
        report("end-of-day totals", totals, 200);

        Figures due;
        for (int r = 0; r < kRepeats; ++r) {
            QElapsedTimer t;
            t.start();
            QVERIFY(m_journal.dueForCheck(m_end, Backoff::defaultSubmittingGrace, 100).ok());
            due.micros += t.nsecsElapsed() / 1000;
        }
        report("reconciler: due checks (100)", due, 200);
    }

    void durableInsert()
    {
        Figures submit;
        Figures outcome;
        for (int r = 0; r < 50; ++r) {
            NewTransfer n;
            n.clientRefId = QStringLiteral("live%1").arg(r);
            n.senderMobile = QStringLiteral("6%1").arg(r, 9, 10, QLatin1Char('0'));
            n.senderName = QStringLiteral("Live Sender");
            n.recipientId = QStringLiteral("1");
            n.recipientName = QStringLiteral("Live Recipient");
            n.recipientAccount = QStringLiteral("XXXX1234");
            n.amount = Money::fromRupees(500);
            QElapsedTimer t;
            t.start();
            const auto id = m_journal.recordSubmitting(n);
            submit.micros += t.nsecsElapsed() / 1000;
            QVERIFY2(id.ok(), qPrintable(errorName(id.error()) + u' ' + id.detail()));
            t.restart();
            QVERIFY(
                m_journal
                    .recordOutcome(n.clientRefId, TransferState::Success, {}, EventSource::InitiateResponse)
                    .ok());
            outcome.micros += t.nsecsElapsed() / 1000;
        }
        report("recordSubmitting (durable commit)", submit, 5);
        report("recordOutcome (durable commit)", outcome, 5);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(BenchJournal)
#include "bench_journal.moc"
