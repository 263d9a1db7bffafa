// History queries: quick search through the real SQL, filters, paging, totals.
#include "JournalFixtures.h"
#include "TestRunner.h"
#include "journal/Journal.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace counterdesk;
using namespace counterdesk::journal;
using namespace counterdesk::journal::test;

namespace {
struct Row
{
    const char* ref;
    const char* mobile;
    const char* sender;
    const char* recipient;
    const char* account;
    qint64 paise;
    Rail rail;
    TransferState state;
    const char* tid;
    const char* utr;
    qint64 feePaise; // -1: unknown
    int day;         // of November 2026
};

// A small shop's week. TIDs, mobiles and accounts are chosen so that the
// ambiguous readings (a TID that looks like a mobile...) are exercised.
const Row kRows[] = {
    {"r01", "9876543210", "Ramesh Kumar", "Sita Devi", "XXXXXX4321", 150000, Rail::DigiKhata,
     TransferState::Success, "2882726255", "432112345678", 1180, 20},
    {"r02", "9876543210", "Ramesh Kumar", "Gita Sharma", "XXXXXX7788", 50000, Rail::DigiKhata,
     TransferState::Failed, "2882726256", "", 0, 20},
    {"r03", "8123456789", "Anil Verma", "Sita Devi", "XXXXXX4321", 250050, Rail::Levin,
     TransferState::Success, "9876543210", "SBIN123456789012", 2500, 21},
    {"r04", "7000000001", "Kumari Lata", "Mohan Das", "XXXXXXXX1500", 99900, Rail::Levin,
     TransferState::Pending, "31234567890", "", -1, 21},
    {"r05", "6999999999", "Priya Singh", "Ramesh Kumar", "XXXX0001", 150000, Rail::DigiKhata,
     TransferState::Unknown, "", "", -1, 22},
    {"r06", "9123412345", "Suresh Kumar", "Amit Kumar", "XXXXXX9999", 1000000, Rail::DigiKhata,
     TransferState::Refunded, "2882726300", "", 1180, 22},
    {"r07", "9123412346", "Devi Prasad", "Rita", "XXXXXX2222", 100, Rail::Levin, TransferState::RefundPending,
     "2882726301", "", 500, 23},
};

QDateTime dayTime(int day, int hour = 10)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc());
}
} // namespace

class TestJournalSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Journal m_journal;

    QStringList refsOf(const SearchQuery& q)
    {
        const auto page = m_journal.search(q);
        if (!page)
            return {QStringLiteral("error ") + errorName(page.error())};
        QStringList refs;
        for (const Transfer& t : page->transfers)
            refs += t.clientRefId;
        return refs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_journal.open(m_dir.path()).ok());
        const auto n = std::size(kRows);
        std::size_t i = 0;
        const auto written = m_journal.importHistory([&i]() -> std::optional<ImportedTransfer> {
            if (i == n)
                return std::nullopt;
            const Row& r = kRows[i++];
            ImportedTransfer t;
            t.transfer = newTransfer(QLatin1String(r.ref), QLatin1String(r.mobile));
            t.transfer.senderName = QLatin1String(r.sender);
            t.transfer.recipientName = QLatin1String(r.recipient);
            t.transfer.recipientAccount = QLatin1String(r.account);
            t.transfer.amount = Money::fromPaise(r.paise);
            t.transfer.rail = r.rail;
            // Same day rows differ by hour so the order is known: r01 < r02.
            t.createdAt = dayTime(r.day, int(i));
            t.outcomeAt = t.createdAt.addSecs(5);
            t.state = r.state;
            if (*r.tid)
                t.fields.tid = QLatin1String(r.tid);
            if (*r.utr)
                t.fields.bankRefNum = QLatin1String(r.utr);
            if (r.feePaise >= 0)
                t.fields.fee = Money::fromPaise(r.feePaise);
            return t;
        });
        QCOMPARE(written.value(), qint64(n));
    }

    // Newest first, so expected lists are in descending creation order.
    void quickText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << "" << QStringList{"r07", "r06", "r05", "r04", "r03", "r02", "r01"};
        QTest::newRow("TID") << "2882726255" << QStringList{"r01"};
        QTest::newRow("11-digit TID") << "31234567890" << QStringList{"r04"};
        QTest::newRow("mobile that is also a TID") << "9876543210" << QStringList{"r03", "r02", "r01"};
        QTest::newRow("+91 mobile") << "+91 81234 56789" << QStringList{"r03"};
        QTest::newRow("full account number -> tail") << "001234567894321" << QStringList{"r03", "r01"};
        QTest::newRow("account tail") << "4321" << QStringList{"r03", "r01"};
        QTest::newRow("tail or amount 1500") << "1500" << QStringList{"r05", "r04", "r01"};
        QTest::newRow("amount 1") << "1" << QStringList{"r07"};
        QTest::newRow("amount with paise") << "2,500.50" << QStringList{"r03"};
        QTest::newRow("amount 10000") << "10000" << QStringList{"r06"};
        QTest::newRow("client_ref_id") << "r04" << QStringList{"r04"};
        QTest::newRow("IMPS UTR") << "432112345678" << QStringList{"r01"};
        QTest::newRow("NEFT UTR") << "SBIN123456789012" << QStringList{"r03"};
        QTest::newRow("sender or recipient name") << "ramesh" << QStringList{"r05", "r02", "r01"};
        QTest::newRow("word prefix") << "kum" << QStringList{"r06", "r05", "r04", "r02", "r01"};
        QTest::newRow("two words") << "Kumar Ram" << QStringList{"r05", "r02", "r01"};
        QTest::newRow("middle of a word does not match") << "umar" << QStringList{};
        QTest::newRow("nor as a second word") << "Kumar mesh" << QStringList{};
        QTest::newRow("second word a whole name") << "kumar ramesh" << QStringList{"r05", "r02", "r01"};
        QTest::newRow("no such thing") << "zzz" << QStringList{};
        QTest::newRow("SQL characters are data") << "'; DROP TABLE transfers; --" << QStringList{};
        QTest::newRow("LIKE wildcards are data") << "%" << QStringList{};
    }
    void quickText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        SearchQuery q;
        q.text = text;
        QCOMPARE(refsOf(q), expected);
        QCOMPARE(m_journal.count(q).value(), qint64(expected.size()));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QList<int>>("states");
        QTest::addColumn<QList<int>>("rails");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one day") << "" << dayTime(21, 0) << dayTime(22, 0) << QList<int>{} << QList<int>{}
                                 << QStringList{"r04", "r03"};
        QTest::newRow("from only") << "" << dayTime(22, 0) << QDateTime() << QList<int>{} << QList<int>{}
                                   << QStringList{"r07", "r06", "r05"};
        QTest::newRow("to is exclusive")
            << "" << QDateTime() << dayTime(20, 2) << QList<int>{} << QList<int>{} << QStringList{"r01"};
        QTest::newRow("state") << "" << QDateTime() << QDateTime() << QList<int>{int(TransferState::Success)}
                               << QList<int>{} << QStringList{"r03", "r01"};
        QTest::newRow("open states") << "" << QDateTime() << QDateTime()
                                     << QList<int>{int(TransferState::Pending), int(TransferState::Unknown)}
                                     << QList<int>{} << QStringList{"r05", "r04"};
        QTest::newRow("rail") << "" << QDateTime() << QDateTime() << QList<int>{}
                              << QList<int>{int(Rail::Levin)} << QStringList{"r07", "r04", "r03"};
        QTest::newRow("text + rail + state")
            << "kumar" << QDateTime() << QDateTime() << QList<int>{int(TransferState::Success)}
            << QList<int>{int(Rail::DigiKhata)} << QStringList{"r01"};
        QTest::newRow("text + date") << "9876543210" << dayTime(21, 0) << QDateTime() << QList<int>{}
                                     << QList<int>{} << QStringList{"r03"};
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QList<int>, states);
        QFETCH(QList<int>, rails);
        QFETCH(QStringList, expected);
        SearchQuery q;
        q.text = text;
        q.from = from;
        q.to = to;
        for (int s : states)
            q.states += static_cast<TransferState>(s);
        for (int r : rails)
            q.rails += static_cast<Rail>(r);
        QCOMPARE(refsOf(q), expected);
        QCOMPARE(m_journal.count(q).value(), qint64(expected.size()));
    }

    void paging()
    {
        SearchQuery q;
        q.limit = 3;
        QStringList all;
        for (int page = 0;; ++page) {
            q.offset = page * q.limit;
            const auto r = m_journal.search(q);
            QVERIFY(r.ok());
            for (const Transfer& t : r->transfers)
                all += t.clientRefId;
            QVERIFY(r->transfers.size() <= q.limit);
            if (!r->hasMore)
                break;
            QCOMPARE(r->transfers.size(), q.limit);
        }
        QCOMPARE(all, (QStringList{"r07", "r06", "r05", "r04", "r03", "r02", "r01"}));

        q.offset = 6;
        q.limit = 1;
        const auto last = m_journal.search(q);
        QCOMPARE(last->transfers.size(), 1);
        QVERIFY(!last->hasMore);
        q.offset = 100;
        QVERIFY(m_journal.search(q)->transfers.isEmpty());
    }

    void nameSearchPagesAcrossTimeWindows_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("page of 1") << 1;
        QTest::newRow("page of 2") << 2;
        QTest::newRow("page of 3") << 3;
        QTest::newRow("one page") << 50;
    }
    void nameSearchPagesAcrossTimeWindows()
    {
        // Matches hours, days, months and years apart: the newest-first
        // windows of a name search must page as one ordered list.
        QFETCH(int, limit);
        QTemporaryDir dir;
        Journal j;
        QVERIFY(j.open(dir.path()).ok());
        const QDateTime newest = dayTime(23, 12);
        const qint64 agesHours[] = {0, 5, 30, 24 * 6, 24 * 20, 24 * 45, 24 * 200, 24 * 400, 24 * 3000};
        std::size_t i = 0;
        QVERIFY(j.importHistory([&]() -> std::optional<ImportedTransfer> {
                     if (i == std::size(agesHours))
                         return std::nullopt;
                     ImportedTransfer t;
                     t.transfer = newTransfer(QStringLiteral("w%1").arg(i),
                                              QStringLiteral("9%1").arg(i, 9, 10, QLatin1Char('0')));
                     t.transfer.senderName =
                         i % 2 ? QStringLiteral("Zoya Khan") : QStringLiteral("Zubin Khan");
                     t.createdAt = newest.addSecs(-agesHours[i] * 3600);
                     t.outcomeAt = t.createdAt;
                     ++i;
                     return t;
                 }).ok());
        const QStringList all = {"w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"};
        for (const QString& text : {QStringLiteral("z"), QStringLiteral("khan z"), QStringLiteral("Khan")}) {
            SearchQuery q;
            q.text = text;
            q.limit = limit;
            QStringList seen;
            for (q.offset = 0;; q.offset += limit) {
                const auto page = j.search(q);
                QVERIFY(page.ok());
                for (const Transfer& t : page->transfers)
                    seen += t.clientRefId;
                if (!page->hasMore)
                    break;
            }
            QCOMPARE(seen, all);
            QCOMPARE(j.count(q).value(), qint64(all.size()));
        }
        SearchQuery zoya;
        zoya.text = QStringLiteral("zoya");
        zoya.limit = limit;
        zoya.from = newest.addDays(-100);
        QStringList seen;
        for (zoya.offset = 0;; zoya.offset += limit) {
            const auto page = j.search(zoya);
            for (const Transfer& t : page->transfers)
                seen += t.clientRefId;
            if (!page->hasMore)
                break;
        }
        QCOMPARE(seen, (QStringList{"w1", "w3", "w5"}));
    }

    void totalsPerStateAndRail()
    {
        const auto rows = m_journal.totals(dayTime(20, 0), dayTime(23, 0));
        QVERIFY(rows.ok());
        // 20th-22nd: r01..r06 (r07 is on the 23rd).
        QList<TotalsRow> expected = {
            {TransferState::Failed, Rail::DigiKhata, 1, Money::fromPaise(50000), Money::fromPaise(0)},
            {TransferState::Pending, Rail::Levin, 1, Money::fromPaise(99900), Money()},
            {TransferState::Refunded, Rail::DigiKhata, 1, Money::fromPaise(1000000), Money::fromPaise(1180)},
            {TransferState::Success, Rail::DigiKhata, 1, Money::fromPaise(150000), Money::fromPaise(1180)},
            {TransferState::Success, Rail::Levin, 1, Money::fromPaise(250050), Money::fromPaise(2500)},
            {TransferState::Unknown, Rail::DigiKhata, 1, Money::fromPaise(150000), Money()},
        };
        QCOMPARE(rows->size(), expected.size());
        for (const TotalsRow& e : expected)
            QVERIFY2(rows->contains(e), qPrintable(stateName(e.state) + u' ' + railStoredName(e.rail)));

        Money sum;
        for (const TotalsRow& r : *rows)
            sum += r.amount;
        QCOMPARE(sum, Money::fromPaise(150000 + 50000 + 250050 + 99900 + 150000 + 1000000));

        const auto oneDay = m_journal.totals(dayTime(23, 0), dayTime(24, 0));
        QCOMPARE(oneDay->size(), 1);
        QCOMPARE(oneDay->at(0), (TotalsRow{TransferState::RefundPending, Rail::Levin, 1,
                                           Money::fromPaise(100), Money::fromPaise(500)}));
        QVERIFY(m_journal.totals(dayTime(1, 0), dayTime(2, 0))->isEmpty());
    }

    void exactMatchesRankFirst()
    {
        // One number, three readings: x1's TID, x3's customer's mobile, and
        // the tail of x2's account (and of x1's). Newest first would list
        // the look-alikes x3 and x2 above the transfer whose TID it is.
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.path()).ok());
        struct Ranked
        {
            const char* ref;
            const char* mobile;
            const char* account;
            const char* tid;
            int day;
        };
        const Ranked rows[] = {
            {"x1", "9000000001", "XXXXXX5678", "7012345678", 20},
            {"x2", "9000000002", "XXXXXX5678", "2882700002", 21},
            {"x3", "7012345678", "XXXXXX2222", "2882700003", 22},
            {"x4", "9000000004", "XXXXXX4444", "2882700004", 23},
        };
        std::size_t i = 0;
        const auto written = journal.importHistory([&]() -> std::optional<ImportedTransfer> {
            if (i == std::size(rows))
                return std::nullopt;
            const Ranked& r = rows[i++];
            ImportedTransfer t;
            t.transfer = newTransfer(QLatin1String(r.ref), QLatin1String(r.mobile));
            t.transfer.recipientAccount = QLatin1String(r.account);
            t.createdAt = dayTime(r.day);
            t.outcomeAt = t.createdAt.addSecs(5);
            t.state = TransferState::Success;
            t.fields.tid = QLatin1String(r.tid);
            return t;
        });
        QCOMPARE(written.value(), qint64(std::size(rows)));

        SearchQuery q;
        q.text = QStringLiteral("7012345678");
        const auto page = journal.search(q);
        QVERIFY(page.ok());
        QStringList refs;
        for (const Transfer& t : page->transfers)
            refs += t.clientRefId;
        QCOMPARE(refs, (QStringList{"x1", "x3", "x2"}));
        QCOMPARE(page->matches,
                 (QList<SearchMatch>{SearchMatch::Tid, SearchMatch::Mobile, SearchMatch::AccountTail}));
        QCOMPARE(journal.count(q).value(), qint64(3));

        // Page by page the order holds, and nothing repeats across the tiers.
        q.limit = 1;
        QStringList paged;
        for (q.offset = 0;; ++q.offset) {
            const auto one = journal.search(q);
            QVERIFY(one.ok());
            for (const Transfer& t : one->transfers)
                paged += t.clientRefId;
            if (!one->hasMore)
                break;
        }
        QCOMPARE(paged, refs);

        // The mobile alone: exact, newest first; then a tail only: all similar.
        q = SearchQuery{};
        q.text = QStringLiteral("+91 70123 45678");
        QCOMPARE(journal.search(q)->matches, QList<SearchMatch>{SearchMatch::Mobile});
        q.text = QStringLiteral("5678");
        QCOMPARE(journal.search(q)->matches,
                 (QList<SearchMatch>{SearchMatch::AccountTail, SearchMatch::AccountTail}));
        // A filter applies to both tiers.
        q.text = QStringLiteral("7012345678");
        q.from = dayTime(21, 0);
        QCOMPARE(journal.search(q)->matches,
                 (QList<SearchMatch>{SearchMatch::Mobile, SearchMatch::AccountTail}));
    }

    void openTransfersForTheReconciler()
    {
        const auto open = m_journal.openTransfers();
        QVERIFY(open.ok());
        QStringList refs;
        for (const Transfer& t : *open)
            refs += t.clientRefId;
        QCOMPARE(refs, (QStringList{"r04", "r05"}));
        // Imported long ago: all due now.
        QCOMPARE(m_journal.dueForCheck(QDateTime::currentDateTimeUtc())->size(), 2);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestJournalSearch)
#include "tst_journalsearch.moc"
