// Schema versions: a v1 file (as the first release wrote it) and a v2 file
// open, are upgraded in place, keep every row and event, and gain what the
// later versions add.
#include "JournalFixtures.h"
#include "JournalV2File.h"
#include "TestRunner.h"
#include "journal/Journal.h"
#include "journal/Schema.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace counterdesk;
using namespace counterdesk::journal;
using namespace counterdesk::journal::test;

namespace {
const QString kConnection = QStringLiteral("v1-writer");

qint64 ms(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

// Writes a v1 file through the v1 migration step and v1 column names only,
// the way the first release would have.
bool writeV1File(const QString& dir, const QDateTime& t0)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(dir + QStringLiteral("/journal.sqlite"));
        ok = db.open() && Schema::migrate(db, 1).ok();
        QSqlQuery q(db);
        const QString insertTransfer = QStringLiteral(
            "INSERT INTO transfers (id, client_ref_id, rail, profile, sender_mobile, sender_name, "
            "recipient_id,"
            " recipient_name, recipient_bank, recipient_account, recipient_ifsc, amount_paise, channel, "
            "otp_ref_id,"
            " created_at, state, updated_at, tid, fee_paise, last_event_id) VALUES"
            " (%1, '%2', 'digikhata', 'UAT', '9876543210', 'Ramesh Kumar', '10019064', 'Sita Devi', 'SBI',"
            " 'XXXXXX4321', 'SBIN0001234', 150000, '2', 'otpref', %3, '%4', %5, %6, %7, %8)");
        const QString insertEvent = QStringLiteral("INSERT INTO events (id, transfer_id, at, source, "
                                                   "from_state, to_state, tid, fee_paise, eko_message)"
                                                   " VALUES (%1, %2, %3, '%4', %5, '%6', %7, %8, %9)");
        const QStringList statements = {
            // v1a: settled.
            insertTransfer.arg(1)
                .arg(QStringLiteral("v1a"))
                .arg(ms(t0))
                .arg(QStringLiteral("SUCCESS"))
                .arg(ms(t0.addSecs(3)))
                .arg(QStringLiteral("'2882726255'"))
                .arg(1180)
                .arg(2),
            insertEvent.arg(1).arg(1).arg(ms(t0)).arg(QStringLiteral("submit"), QStringLiteral("NULL"),
                                                      QStringLiteral("SUBMITTING"), QStringLiteral("NULL"),
                                                      QStringLiteral("NULL"), QStringLiteral("NULL")),
            insertEvent.arg(2)
                .arg(1)
                .arg(ms(t0.addSecs(3)))
                .arg(QStringLiteral("initiate-response"), QStringLiteral("'SUBMITTING'"),
                     QStringLiteral("SUCCESS"), QStringLiteral("'2882726255'"), QStringLiteral("1180"),
                     QStringLiteral("'Transaction successful'")),
            // v1b: left UNKNOWN after two reconciler inquiries.
            insertTransfer.arg(2)
                .arg(QStringLiteral("v1b"))
                .arg(ms(t0))
                .arg(QStringLiteral("UNKNOWN"))
                .arg(ms(t0.addSecs(60)))
                .arg(QStringLiteral("NULL"))
                .arg(QStringLiteral("NULL"))
                .arg(5),
            insertEvent.arg(3).arg(2).arg(ms(t0)).arg(QStringLiteral("submit"), QStringLiteral("NULL"),
                                                      QStringLiteral("SUBMITTING"), QStringLiteral("NULL"),
                                                      QStringLiteral("NULL"), QStringLiteral("NULL")),
            insertEvent.arg(4)
                .arg(2)
                .arg(ms(t0.addSecs(30)))
                .arg(QStringLiteral("initiate-response"), QStringLiteral("'SUBMITTING'"),
                     QStringLiteral("UNKNOWN"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                     QStringLiteral("'timeout'")),
            insertEvent.arg(5)
                .arg(2)
                .arg(ms(t0.addSecs(60)))
                .arg(QStringLiteral("reconcile"), QStringLiteral("'UNKNOWN'"), QStringLiteral("UNKNOWN"),
                     QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL")),
        };
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(kConnection);
    return ok;
}
// A journal file left at `version` with writeV1File's rows, as an older
// build would have left it.
bool writeFileAtVersion(const QString& dir, const QDateTime& t0, int version)
{
    bool ok = writeV1File(dir, t0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(dir + QStringLiteral("/journal.sqlite"));
        ok = ok && db.open() && Schema::migrate(db, version).ok() && Schema::version(db).value() == version;
        db.close();
    }
    QSqlDatabase::removeDatabase(kConnection);
    return ok;
}
} // namespace

class TestJournalMigration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void v1FileIsUpgraded()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
        QVERIFY(writeV1File(dir.path(), t0));

        Journal journal;
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(errorName(opened.error()) + u' ' + opened.detail()));
        QCOMPARE(journal.schemaVersion(), Schema::latestVersion);

        const Transfer a = journal.transfer(QStringLiteral("v1a"))->value();
        QCOMPARE(a.state, TransferState::Success);
        QCOMPARE(a.tid, QStringLiteral("2882726255"));
        QCOMPARE(a.fee, std::optional(Money::fromPaise(1180)));
        QCOMPARE(a.createdAt, t0);
        QVERIFY(!a.nextCheckAt.isValid());

        // v2's back-off columns were derived from the v1 events.
        const Transfer b = journal.transfer(QStringLiteral("v1b"))->value();
        QCOMPARE(b.state, TransferState::Unknown);
        QCOMPARE(b.checkAttempts, 1);
        QCOMPARE(b.nextCheckAt, t0.addSecs(60 + 15));
        QCOMPARE(journal.dueForCheck(t0.addSecs(75))->size(), 1);

        // v2's search index was filled for the old rows.
        SearchQuery byName;
        byName.text = QStringLiteral("sita");
        QCOMPARE(journal.count(byName).value(), Q_INT64_C(2));
        SearchQuery byTail;
        byTail.text = QStringLiteral("4321");
        QCOMPARE(journal.count(byTail).value(), Q_INT64_C(2));

        // The projection still equals the fold of the (old) events.
        for (const QString& ref : {QStringLiteral("v1a"), QStringLiteral("v1b")})
            QCOMPARE(journal.rebuildFromEvents(ref).value(), journal.transfer(ref)->value());

        // And the upgraded file works as a v2 journal: guard and writes.
        QCOMPARE(journal.blockingTransferFor(QStringLiteral("9876543210"))->value().clientRefId,
                 QStringLiteral("v1b"));
        QVERIFY(
            journal.recordOutcome(QStringLiteral("v1b"), TransferState::Success, {}, EventSource::Reconcile));
        QVERIFY(journal.recordSubmitting(newTransfer(QStringLiteral("v2a"))).ok());
        QCOMPARE(journal.transfer(QStringLiteral("v2a"))->value().id.value, Q_INT64_C(3));
    }

    void v2FileIsUpgraded()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
        QVERIFY(writeV2File(dir.path(), t0, QStringLiteral("9876543210")));

        Journal journal;
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(errorName(opened.error()) + u' ' + opened.detail()));
        QCOMPARE(journal.schemaVersion(), Schema::latestVersion);

        // Every row and every event is kept.
        QCOMPARE(journal.count({}).value(), Q_INT64_C(3));
        const QList<TransferEvent> open = journal.events(QStringLiteral("v2open")).value();
        QCOMPARE(open.size(), 7);
        QCOMPARE(journal.events(QStringLiteral("v2done"))->size(), 2);
        QCOMPARE(journal.events(QStringLiteral("v2sub"))->size(), 1);
        QCOMPARE(journal.transfer(QStringLiteral("v2open"))->value().state, TransferState::Unknown);
        QCOMPARE(journal.transfer(QStringLiteral("v2done"))->value().tid, QStringLiteral("2882726255"));

        // The old "not found" notes became the structured verdict (so the
        // reconciler's count survives); nothing else got one.
        int notFound = 0;
        for (const TransferEvent& e : open) {
            if (e.fields.note == v2NotFoundNote()) {
                QCOMPARE(e.fields.verdict, std::optional(InquiryVerdict::NotFound));
                ++notFound;
            } else {
                QVERIFY(!e.fields.verdict);
            }
        }
        QCOMPARE(notFound, 4);

        // The built-in "Training" name is training; a custom profile called
        // "training" and every other old row have no known kind.
        QCOMPARE(journal.transfer(QStringLiteral("v2open"))->value().profileKind,
                 std::optional(ProfileKind::Training));
        QVERIFY(!journal.transfer(QStringLiteral("v2done"))->value().profileKind);
        QVERIFY(!journal.transfer(QStringLiteral("v2sub"))->value().profileKind);

        // A SUBMITTING row is due from its submit time plus the asker's grace.
        const Transfer sub = journal.transfer(QStringLiteral("v2sub"))->value();
        QCOMPARE(sub.nextCheckAt, t0.addSecs(100));
        const auto dueRefs = [&journal](const QDateTime& now, std::chrono::seconds grace) {
            QStringList refs;
            const QList<Transfer> due = journal.dueForCheck(now, grace).value();
            for (const Transfer& t : due)
                refs << t.clientRefId;
            return refs;
        };
        QVERIFY(!dueRefs(t0.addSecs(100 + 89), std::chrono::seconds(90)).contains(QStringLiteral("v2sub")));
        QVERIFY(dueRefs(t0.addSecs(100 + 90), std::chrono::seconds(90)).contains(QStringLiteral("v2sub")));
        QVERIFY(!dueRefs(t0.addSecs(100 + 899), std::chrono::seconds(900)).contains(QStringLiteral("v2sub")));

        // The projection still equals the fold of the (old) events.
        for (const QString& ref :
             {QStringLiteral("v2open"), QStringLiteral("v2done"), QStringLiteral("v2sub")})
            QCOMPARE(journal.rebuildFromEvents(ref).value(), journal.transfer(ref)->value());

        // The upgraded file works as a v3 journal: a verdict is stored and
        // read back, and a new row keeps its kind.
        OutcomeFields answer;
        answer.verdict = InquiryVerdict::NotFound;
        QVERIFY(journal.recordOutcome(QStringLiteral("v2open"), TransferState::Unknown, answer,
                                      EventSource::Reconcile));
        QCOMPARE(journal.events(QStringLiteral("v2open"))->last().fields.verdict,
                 std::optional(InquiryVerdict::NotFound));
        NewTransfer uat = newTransfer(QStringLiteral("v3a"), QStringLiteral("9123456789"));
        uat.profileKind = ProfileKind::Uat;
        QVERIFY(journal.recordSubmitting(uat).ok());
        QCOMPARE(journal.transfer(QStringLiteral("v3a"))->value().profileKind,
                 std::optional(ProfileKind::Uat));
    }

    // The one-time back-fill put the guards back: events stay append-only
    // and a row's kind is part of its fixed identity.
    void v3KeepsTheGuards()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
        QVERIFY(writeV2File(dir.path(), t0, QStringLiteral("9876543210")));
        {
            Journal journal;
            QVERIFY(journal.open(dir.path()).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
            db.setDatabaseName(dir.filePath(QStringLiteral("journal.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE events SET verdict = 'decisive' WHERE id = 3")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE transfers SET profile_kind = 'training' WHERE id = 2")));
            QVERIFY(
                !q.exec(QStringLiteral("INSERT INTO events (id, transfer_id, at, source, to_state, verdict)"
                                       " VALUES (99, 1, 0, 'reconcile', 'UNKNOWN', 'maybe')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(kConnection);
    }

    // v4 rebuilds the transfers table to allow REFUNDING: every row, event,
    // index and guard of a v3 file survives, and a refund can be claimed.
    void v3FileIsUpgradedForRefunds()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
        QVERIFY(writeFileAtVersion(dir.path(), t0, 3));

        Journal journal;
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(errorName(opened.error()) + u' ' + opened.detail()));
        QCOMPARE(journal.schemaVersion(), Schema::latestVersion);
        QCOMPARE(journal.count({}).value(), Q_INT64_C(2));
        QCOMPARE(journal.events(QStringLiteral("v1b"))->size(), 3);
        QCOMPARE(journal.transfer(QStringLiteral("v1a"))->value().tid, QStringLiteral("2882726255"));
        SearchQuery byName;
        byName.text = QStringLiteral("sita");
        QCOMPARE(journal.count(byName).value(), Q_INT64_C(2)); // the name index still finds both
        for (const QString& ref : {QStringLiteral("v1a"), QStringLiteral("v1b")})
            QCOMPARE(journal.rebuildFromEvents(ref).value(), journal.transfer(ref)->value());

        // The bank returns v1a's money: refund pending, then claimed once.
        QVERIFY(journal.recordOutcome(QStringLiteral("v1a"), TransferState::RefundPending, {},
                                      EventSource::Reconcile));
        QVERIFY(journal.recordRefunding(QStringLiteral("v1a")).ok());
        QCOMPARE(journal.transfer(QStringLiteral("v1a"))->value().state, TransferState::Refunding);
        QCOMPARE(journal.recordRefunding(QStringLiteral("v1a")).error(), JournalError::RefundInProgress);
        QVERIFY(
            journal.recordSubmitting(newTransfer(QStringLiteral("v4a"), QStringLiteral("9811112222"))).ok());
        QCOMPARE(journal.transfer(QStringLiteral("v4a"))->value().id.value, Q_INT64_C(3));
        journal.close();

        // The guards came back with the table.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM transfers WHERE id = 2")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE transfers SET amount_paise = 1 WHERE id = 2")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE events SET note = 'x' WHERE id = 1")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE transfers SET state = 'MAYBE' WHERE id = 2")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY(!q.next()); // every event still points at its transfer
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'transfers'"
                                          " AND type IN ('index', 'trigger')")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 6);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kConnection);
    }

    // v7: a journal from before the Gateway profile kind keeps its rows and
    // journals a gateway counter's transfer by its kind (the CHECK refused it).
    void v6FileTakesGatewayTransfers()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
        QVERIFY(writeFileAtVersion(dir.path(), t0, 6));

        Journal journal;
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(errorName(opened.error()) + u' ' + opened.detail()));
        QCOMPARE(journal.schemaVersion(), Schema::latestVersion);
        QCOMPARE(journal.count({}).value(), Q_INT64_C(2));
        QCOMPARE(journal.events(QStringLiteral("v1b"))->size(), 3);
        NewTransfer viaGateway = newTransfer(QStringLiteral("gw1"), QStringLiteral("9811113333"));
        viaGateway.profile = QStringLiteral("Partner gateway");
        viaGateway.profileKind = ProfileKind::Gateway;
        QVERIFY(journal.recordSubmitting(viaGateway).ok());
        QCOMPARE(journal.transfer(QStringLiteral("gw1"))->value().profileKind,
                 std::optional<ProfileKind>(ProfileKind::Gateway));
        journal.close();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'transfers'")) &&
                    q.next());
            QVERIFY(q.value(0).toString().contains(QStringLiteral("'custom','gateway')")));
            // The guards came back with the rebuilt table.
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM transfers WHERE id = 3")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE transfers SET profile_kind = 'uat' WHERE id = 3")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY(!q.next());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kConnection);
    }

    // v8 drops two indexes; what they served still works on the upgraded
    // file: the customer's open transfer blocks a new one, the history is
    // newest first, and a two-word name search checks its second word in the
    // backfilled name_words.
    void v7FileLosesTwoIndexes()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
        QVERIFY(writeFileAtVersion(dir.path(), t0, 7));

        Journal journal;
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(errorName(opened.error()) + u' ' + opened.detail()));
        QCOMPARE(journal.schemaVersion(), 8);
        const auto blocking = journal.blockingTransferFor(QStringLiteral("9876543210"));
        QVERIFY(blocking.ok());
        QVERIFY(blocking->has_value());
        QCOMPARE(blocking->value().clientRefId, QStringLiteral("v1b"));
        QVERIFY(
            journal.recordSubmitting(newTransfer(QStringLiteral("v8a"), QStringLiteral("9811114444"))).ok());
        const auto page = journal.search({});
        QVERIFY(page.ok());
        QCOMPARE(page->transfers.size(), 3);
        QCOMPARE(page->transfers.first().clientRefId, QStringLiteral("v8a"));
        SearchQuery bothNames;
        bothNames.text = QStringLiteral("ramesh si");
        QCOMPARE(journal.search(bothNames)->transfers.size(), 3);
        bothNames.text = QStringLiteral("ramesh gita");
        QCOMPARE(journal.search(bothNames)->transfers.size(), 0);
        journal.close();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                                      " ('name_tokens_by_transfer', 'transfers_by_sender_state')")) &&
                q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT name_words FROM transfers WHERE id = 1")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral(" ramesh kumar sita devi"));
            // The words are as fixed as the names they come from.
            QVERIFY(!q.exec(QStringLiteral("UPDATE transfers SET name_words = ' x' WHERE id = 1")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kConnection);
    }

    void reopeningTheLatestIsANoOp()
    {
        QTemporaryDir dir;
        {
            Journal j;
            QVERIFY(j.open(dir.path()).ok());
            QVERIFY(j.recordSubmitting(newTransfer(QStringLiteral("k1"))).ok());
        }
        Journal j;
        QVERIFY(j.open(dir.path()).ok());
        QCOMPARE(j.schemaVersion(), Schema::latestVersion);
        QCOMPARE(j.count({}).value(), Q_INT64_C(1));
    }

    void newerFileIsRefused()
    {
        QTemporaryDir dir;
        {
            Journal j;
            QVERIFY(j.open(dir.path()).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
            db.setDatabaseName(dir.filePath(QStringLiteral("journal.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(kConnection);
        Journal j;
        QCOMPARE(j.open(dir.path()).error(), JournalError::NewerSchema);
        QVERIFY(!j.isOpen());
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestJournalMigration)
#include "tst_journalmigration.moc"
