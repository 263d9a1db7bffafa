// Schema versions: a v1 file (as the first release wrote it) opens, is
// upgraded in place, keeps every row, and gains what v2 adds.
#include "JournalFixtures.h"
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
        QCOMPARE(journal.schemaVersion(), 2);

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

QTEST_GUILESS_MAIN(TestJournalMigration)
#include "tst_journalmigration.moc"
