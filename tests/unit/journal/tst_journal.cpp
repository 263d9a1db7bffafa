// Journal: writes, transitions, events, guards, durability, errors.
// Search, filters and totals are in tst_journalsearch.cpp; schema upgrades
// in tst_journalmigration.cpp; the kill -9 test in tst_journalcrash.cpp.
#include "JournalFixtures.h"
#include "TestRunner.h"
#include "journal/Backoff.h"
#include "journal/Journal.h"
#include "journal/Schema.h"
#include "journal/SqlErrors.h"
#include "journal/TransitionTable.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <atomic>

using namespace counterdesk;
using namespace counterdesk::journal;
using namespace counterdesk::journal::test;

Q_DECLARE_METATYPE(counterdesk::journal::NewTransfer)

class TestJournal : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Journal> m_journal;

    Journal::Options options()
    {
        Journal::Options o;
        o.clock = [this] {
            return m_clock.now;
        };
        return o;
    }

    // A raw connection, as support tooling would open the file.
    QSqlDatabase rawConnection(const QString& name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_journal->filePath());
        db.open();
        return db;
    }

    int eventCount(const QString& ref)
    {
        const auto events = m_journal->events(ref);
        return events ? int(events->size()) : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = ManualClock{};
        m_journal = std::make_unique<Journal>();
        const Result<void> opened = m_journal->open(m_dir->path(), options());
        QVERIFY2(opened.ok(), qPrintable(errorName(opened.error()) + u' ' + opened.detail()));
    }
    void cleanup()
    {
        m_journal.reset();
        m_dir.reset();
    }

    void opensWithWalFullAndLatestSchema()
    {
        QCOMPARE(m_journal->schemaVersion(), Schema::latestVersion);
        QVERIFY(m_journal->filePath().endsWith(QLatin1String("journal.sqlite")));
        {
            QSqlDatabase db = rawConnection(QStringLiteral("pragmas"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pragmas"));
    }

    void fileIsOwnerOnly()
    {
#ifdef Q_OS_UNIX
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("perm1"))).ok());
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            const QFile::Permissions p = QFile::permissions(m_journal->filePath() + suffix);
            QVERIFY2(p & QFile::ReadOwner, qPrintable(suffix));
            QVERIFY(!(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        }
#else
        QSKIP("POSIX permissions only");
#endif
    }

    void submittingIsDurableForOtherConnections()
    {
        const auto id = m_journal->recordSubmitting(newTransfer(QStringLiteral("dur1")));
        QVERIFY(id.ok());
        // A second Journal (own connection) sees it at once...
        Journal other;
        QVERIFY(other.open(m_dir->path(), options()).ok());
        const auto seen = other.transfer(QStringLiteral("dur1"));
        QVERIFY(seen.ok() && seen->has_value());
        QCOMPARE(seen->value().state, TransferState::Submitting);
        QCOMPARE(seen->value().id.value, id->transferId());
        QCOMPARE(id->kind(), MoneyCallTicket::Kind::Initiate);
        QCOMPARE(id->clientRefId(), QStringLiteral("dur1"));
        // ...and so does a fresh open after closing everything.
        other.close();
        m_journal->close();
        Journal reopened;
        QVERIFY(reopened.open(m_dir->path(), options()).ok());
        const auto again = reopened.transfer(QStringLiteral("dur1"));
        QVERIFY(again.ok() && again->has_value());
        QCOMPARE(again->value().amount, Money::fromRupees(1500));
        QCOMPARE(again->value().otpRefId, newTransfer(QStringLiteral("x")).otpRefId);
    }

    void storesEveryFieldAndMasksAccount()
    {
        NewTransfer n = newTransfer(QStringLiteral("fields1"));
        n.rail = Rail::Levin;
        n.recipientAccount = QStringLiteral("123456789012"); // a full number slipped through
        QVERIFY(m_journal->recordSubmitting(n).ok());
        const Transfer t = m_journal->transfer(QStringLiteral("fields1"))->value();
        QCOMPARE(t.rail, Rail::Levin);
        QCOMPARE(t.recipientAccountMasked, QStringLiteral("\u2022\u2022\u2022\u20229012"));
        QCOMPARE(t.senderName, n.senderName);
        QCOMPARE(t.recipientIfsc, n.recipientIfsc);
        QCOMPARE(t.channel, n.channel);
        QCOMPARE(t.createdAt, m_clock.now);
        QCOMPARE(t.createdAt.offsetFromUtc(), 0);

        m_clock.advanceSecs(3);
        OutcomeFields f;
        f.tid = QStringLiteral("2882726255");
        f.bankRefNum = QStringLiteral("432112345678");
        f.fee = Money::fromPaise(1180);
        f.balanceAfter = Money::parse(u"2.20834002375E9").value;
        f.channelDesc = QStringLiteral("IMPS");
        f.txStatus = QStringLiteral("0");
        f.txStatusDesc = QStringLiteral("Success");
        f.ekoStatus = 0;
        f.ekoMessage = QStringLiteral("Transaction successful");
        const auto moved = m_journal->recordOutcome(QStringLiteral("fields1"), TransferState::Success, f,
                                                    EventSource::InitiateResponse);
        QVERIFY(moved.ok());
        const Transfer s = m_journal->transfer(QStringLiteral("fields1"))->value();
        QCOMPARE(s, *moved);
        QCOMPARE(s.tid, *f.tid);
        QCOMPARE(s.bankRefNum, *f.bankRefNum);
        QCOMPARE(s.fee, f.fee);
        QCOMPARE(s.balanceAfter->paise(), Q_INT64_C(220834002375));
        QCOMPARE(s.txStatusDesc, QStringLiteral("Success"));
        QCOMPARE(s.updatedAt, m_clock.now);
        QVERIFY(!s.nextCheckAt.isValid());

        const auto events = m_journal->events(QStringLiteral("fields1"));
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).source, EventSource::Submit);
        QVERIFY(!events->at(0).fromState.has_value());
        QCOMPARE(events->at(1).source, EventSource::InitiateResponse);
        QCOMPARE(events->at(1).fromState, std::optional(TransferState::Submitting));
        QCOMPARE(events->at(1).toState, TransferState::Success);
        QCOMPARE(events->at(1).fields, f);
        QCOMPARE(events->at(1).at, m_clock.now);
    }

    void emptyOptionalTextsAreAccepted()
    {
        NewTransfer n;
        n.clientRefId = QStringLiteral("bare1");
        n.senderMobile = QStringLiteral("9876543210");
        n.recipientId = QStringLiteral("1");
        n.amount = Money::fromPaise(1);
        QVERIFY(m_journal->recordSubmitting(n).ok());
        const Transfer t = m_journal->transfer(QStringLiteral("bare1"))->value();
        QVERIFY(t.recipientBank.isEmpty() && t.otpRefId.isEmpty());
    }

    void absentFieldsKeepWhatWasKnown()
    {
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("keep1"))).ok());
        OutcomeFields first;
        first.tid = QStringLiteral("1234567890");
        first.txStatus = QStringLiteral("2");
        QVERIFY(m_journal->recordOutcome(QStringLiteral("keep1"), TransferState::Pending, first,
                                         EventSource::InitiateResponse));
        OutcomeFields second;
        second.txStatus = QStringLiteral("0");
        second.bankRefNum = QStringLiteral("UTR1");
        const auto t = m_journal->recordOutcome(QStringLiteral("keep1"), TransferState::Success, second,
                                                EventSource::Inquiry);
        QVERIFY(t.ok());
        QCOMPARE(t->tid, QStringLiteral("1234567890"));
        QCOMPARE(t->txStatus, QStringLiteral("0"));
        QCOMPARE(t->bankRefNum, QStringLiteral("UTR1"));
    }

    // Every (from, to) pair through the real journal: the move happens
    // exactly when the table allows it, and a refused move leaves no trace.
    void transitionsThroughTheJournal_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        for (TransferState from : allTransferStates()) {
            for (TransferState to : allTransferStates()) {
                const QByteArray name = (stateName(from) + QLatin1String(" -> ") + stateName(to)).toLatin1();
                QTest::newRow(name.constData()) << int(from) << int(to);
            }
        }
    }
    void transitionsThroughTheJournal()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        const auto fromState = static_cast<TransferState>(from);
        const auto toState = static_cast<TransferState>(to);
        const QString ref = QStringLiteral("tr%1x%2").arg(from).arg(to);
        QVERIFY(m_journal->recordSubmitting(newTransfer(ref)).ok());
        if (fromState == TransferState::Refunding) {
            // The one way in: a refund claimed on a REFUND_PENDING row.
            OutcomeFields failed;
            failed.tid = QStringLiteral("2882700002");
            QVERIFY(
                m_journal->recordOutcome(ref, TransferState::RefundPending, failed, EventSource::Reconcile));
            QVERIFY(m_journal->recordRefunding(ref).ok());
        } else if (fromState != TransferState::Submitting) {
            QVERIFY(m_journal->recordOutcome(ref, fromState, {}, EventSource::InitiateResponse).ok());
        }
        const int before = eventCount(ref);
        const auto result = m_journal->recordOutcome(ref, toState, {}, EventSource::Inquiry);
        const bool allowed = TransitionTable::isAllowed(fromState, toState);
        // The same final state again is a no-op: accepted, nothing appended.
        const bool repeat = fromState == toState && isFinal(toState);
        QCOMPARE(result.ok(), allowed || repeat);
        QCOMPARE(m_journal->transfer(ref)->value().state, allowed ? toState : fromState);
        QCOMPARE(eventCount(ref), allowed ? before + 1 : before);
        if (repeat)
            return;
        if (!allowed)
            QCOMPARE(result.error(), JournalError::IllegalTransition);
    }

    void sameFinalStateTwiceIsANoOp_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("success") << int(TransferState::Success);
        QTest::newRow("failed") << int(TransferState::Failed);
        QTest::newRow("refunded") << int(TransferState::Refunded);
    }
    void sameFinalStateTwiceIsANoOp()
    {
        // The result page and the reconciler both learn the same answer.
        QFETCH(int, state);
        const auto final = static_cast<TransferState>(state);
        const QString ref = QStringLiteral("twice%1").arg(state);
        QVERIFY(m_journal
                    ->recordSubmitting(
                        newTransfer(ref, QStringLiteral("9811100%1").arg(state, 3, 10, QLatin1Char('0'))))
                    .ok());
        OutcomeFields first;
        first.tid = QStringLiteral("2882799001");
        first.bankRefNum = QStringLiteral("432199001");
        first.fee = Money::fromRupees(10);
        const auto recorded = m_journal->recordOutcome(ref, final, first, EventSource::InitiateResponse);
        QVERIFY(recorded.ok());
        const int events = eventCount(ref);

        OutcomeFields again = first;
        again.fee = Money::fromRupees(99); // a settled row is not rewritten
        again.note = QStringLiteral("reconciler");
        const auto repeat = m_journal->recordOutcome(ref, final, again, EventSource::Reconcile);
        QVERIFY2(repeat.ok(), qPrintable(errorName(repeat.error())));
        QCOMPARE(repeat->state, final);
        QCOMPARE(repeat->fee, std::optional<Money>(Money::fromRupees(10)));
        QCOMPARE(eventCount(ref), events);
        const Transfer row = m_journal->transfer(ref)->value();
        QCOMPARE(row.fee, std::optional<Money>(Money::fromRupees(10)));
        QCOMPARE(row.updatedAt, recorded->updatedAt);
        QCOMPARE(m_journal->rebuildFromEvents(ref)->state, final);

        // Answers that contradict the row are still refused.
        OutcomeFields otherTid;
        otherTid.tid = QStringLiteral("2882799002");
        QCOMPARE(m_journal->recordOutcome(ref, final, otherTid, EventSource::Reconcile).error(),
                 JournalError::IllegalTransition);
        OutcomeFields otherUtr;
        otherUtr.bankRefNum = QStringLiteral("432199002");
        QCOMPARE(m_journal->recordOutcome(ref, final, otherUtr, EventSource::Reconcile).error(),
                 JournalError::IllegalTransition);
        // A final state never becomes another final state.
        const TransferState other =
            final == TransferState::Failed ? TransferState::Success : TransferState::Failed;
        QCOMPARE(m_journal->recordOutcome(ref, other, {}, EventSource::Reconcile).error(),
                 JournalError::IllegalTransition);
        QCOMPARE(m_journal->transfer(ref)->value().state, final);
        QCOMPARE(eventCount(ref), events);
    }

    void outcomeForUnknownRef()
    {
        const auto r = m_journal->recordOutcome(QStringLiteral("nope"), TransferState::Success, {},
                                                EventSource::Inquiry);
        QCOMPARE(r.error(), JournalError::NotFound);
    }

    void submitSourceIsReservedForTheFirstEvent()
    {
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("src1"))).ok());
        QCOMPARE(
            m_journal->recordOutcome(QStringLiteral("src1"), TransferState::Unknown, {}, EventSource::Submit)
                .error(),
            JournalError::InvalidInput);
    }

    void eventsAreAppendOnlyAndRowsNeverDeleted()
    {
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("ao1"))).ok());
        {
            QSqlDatabase db = rawConnection(QStringLiteral("raw-ao"));
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE events SET to_state = 'SUCCESS'")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM events")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM transfers")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE transfers SET amount_paise = 1")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE transfers SET client_ref_id = 'other'")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE transfers SET sender_mobile = '9000000000'")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM name_tokens")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-ao"));
        const Transfer t = m_journal->transfer(QStringLiteral("ao1"))->value();
        QCOMPARE(t.amount, Money::fromRupees(1500));
        QCOMPARE(eventCount(QStringLiteral("ao1")), 1);
    }

    void currentStateRebuildsFromEvents()
    {
        // A long, realistic life: timeout, inquiries, pending, success,
        // bank return, refund.
        const QString ref = QStringLiteral("rb1");
        QVERIFY(m_journal->recordSubmitting(newTransfer(ref)).ok());
        auto step = [&](TransferState s, EventSource src, OutcomeFields f = {}) {
            m_clock.advanceSecs(7);
            const auto r = m_journal->recordOutcome(ref, s, f, src);
            QVERIFY2(r.ok(), qPrintable(errorName(r.error())));
            const auto rebuilt = m_journal->rebuildFromEvents(ref);
            QVERIFY(rebuilt.ok());
            QCOMPARE(*rebuilt, m_journal->transfer(ref)->value());
        };
        OutcomeFields timeout;
        timeout.note = QStringLiteral("timeout after 30 s");
        step(TransferState::Unknown, EventSource::InitiateResponse, timeout);
        OutcomeFields notFound;
        notFound.ekoStatus = 168;
        notFound.ekoMessage = QStringLiteral("TID does not exist");
        step(TransferState::Unknown, EventSource::Reconcile, notFound);
        OutcomeFields awaited;
        awaited.tid = QStringLiteral("2882726255");
        awaited.txStatus = QStringLiteral("2");
        step(TransferState::Pending, EventSource::Reconcile, awaited);
        step(TransferState::Pending, EventSource::Reconcile);
        OutcomeFields done;
        done.txStatus = QStringLiteral("0");
        done.bankRefNum = QStringLiteral("UTR9");
        done.fee = Money::fromRupees(10);
        step(TransferState::Success, EventSource::Reconcile, done);
        step(TransferState::RefundPending, EventSource::Inquiry);
        step(TransferState::Refunded, EventSource::Refund);
        QCOMPARE(eventCount(ref), 8);
        const Transfer t = m_journal->transfer(ref)->value();
        QCOMPARE(t.checkAttempts, 3);
        QCOMPARE(t.tid, QStringLiteral("2882726255"));
    }

    void guardBlocksOpenTransfersOfTheSameSender()
    {
        const QString sender = QStringLiteral("9812345678");
        QVERIFY(!m_journal->blockingTransferFor(sender)->has_value());
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("g1"), sender)).ok());
        auto blocker = [&] {
            const auto b = m_journal->blockingTransferFor(sender);
            return b->has_value() ? b->value().clientRefId : QString();
        };
        QCOMPARE(blocker(), QStringLiteral("g1"));

        // Another sender is not blocked.
        QVERIFY(
            m_journal->recordSubmitting(newTransfer(QStringLiteral("other1"), QStringLiteral("9700000000")))
                .ok());

        for (TransferState open : {TransferState::Unknown, TransferState::Pending}) {
            QVERIFY(m_journal->recordOutcome(QStringLiteral("g1"), open, {}, EventSource::Reconcile).ok());
            QCOMPARE(blocker(), QStringLiteral("g1"));
            const auto refused = m_journal->recordSubmitting(newTransfer(QStringLiteral("g2"), sender));
            QCOMPARE(refused.error(), JournalError::SenderBusy);
            QCOMPARE(refused.detail(), QStringLiteral("g1"));
        }
        QVERIFY(
            m_journal->recordOutcome(QStringLiteral("g1"), TransferState::Failed, {}, EventSource::Reconcile)
                .ok());
        QCOMPARE(blocker(), QString());
        // A refund in progress does not block a new transfer.
        QVERIFY(
            m_journal
                ->recordOutcome(QStringLiteral("g1"), TransferState::RefundPending, {}, EventSource::Refund)
                .ok());
        QCOMPARE(blocker(), QString());
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("g2"), sender)).ok());
        QCOMPARE(blocker(), QStringLiteral("g2"));
    }

    void duplicateRefIsRefusedForever()
    {
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("dup1"))).ok());
        QVERIFY(
            m_journal->recordOutcome(QStringLiteral("dup1"), TransferState::Failed, {}, EventSource::Inquiry)
                .ok());
        QCOMPARE(m_journal->isClientRefUsed(QStringLiteral("dup1")).value(), true);
        QCOMPARE(m_journal->isClientRefUsed(QStringLiteral("dup2")).value(), false);
        // Same ref, other sender, long after: still refused, nothing written.
        m_clock.advanceSecs(86400 * 365);
        const auto again =
            m_journal->recordSubmitting(newTransfer(QStringLiteral("dup1"), QStringLiteral("9600000000")));
        QCOMPARE(again.error(), JournalError::DuplicateRef);
        QCOMPARE(m_journal->transfer(QStringLiteral("dup1"))->value().senderMobile,
                 QStringLiteral("9876543210"));
        QCOMPARE(eventCount(QStringLiteral("dup1")), 2);
        // Refs are case-sensitive text, like Eko's.
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("DUP1"), QStringLiteral("9600000000")))
                    .ok());
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<NewTransfer>("transfer");
        NewTransfer t = newTransfer(QStringLiteral("ok"));
        NewTransfer emptyRef = t;
        emptyRef.clientRefId.clear();
        QTest::newRow("empty ref") << emptyRef;
        NewTransfer longRef = t;
        longRef.clientRefId = QStringLiteral("abcdefghij0123456789x");
        QTest::newRow("21-char ref") << longRef;
        NewTransfer badRef = t;
        badRef.clientRefId = QStringLiteral("ref 1");
        QTest::newRow("ref with space") << badRef;
        NewTransfer slashRef = t;
        slashRef.clientRefId = QStringLiteral("ref/1");
        QTest::newRow("ref with slash") << slashRef;
        NewTransfer zero = t;
        zero.amount = Money();
        QTest::newRow("zero amount") << zero;
        NewTransfer mobile = t;
        mobile.senderMobile = QStringLiteral("98765");
        QTest::newRow("short mobile") << mobile;
        NewTransfer recipient = t;
        recipient.recipientId.clear();
        QTest::newRow("no recipient") << recipient;
    }
    void invalidInputIsRefused()
    {
        QFETCH(NewTransfer, transfer);
        QCOMPARE(m_journal->recordSubmitting(transfer).error(), JournalError::InvalidInput);
        QCOMPARE(m_journal->count({}).value(), Q_INT64_C(0));
    }

    void twentyCharRefIsAccepted()
    {
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("abcdefghij0123456789"))).ok());
        QVERIFY(Journal::isValidClientRefId(QStringLiteral("mfx3k2a_9-Z")));
    }

    void backoffScheduleSurvivesReopen()
    {
        const QDateTime t0 = m_clock.now;
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("bo1"))).ok());
        // Not polled while its own POST may be in flight.
        QVERIFY(m_journal->dueForCheck(t0.addSecs(89))->isEmpty());
        QCOMPARE(m_journal->dueForCheck(t0.addSecs(90))->size(), 1);

        m_clock.advanceSecs(30);
        QVERIFY(m_journal->recordOutcome(QStringLiteral("bo1"), TransferState::Unknown, {},
                                         EventSource::InitiateResponse));
        Transfer t = m_journal->transfer(QStringLiteral("bo1"))->value();
        QCOMPARE(t.checkAttempts, 0);
        QCOMPARE(t.nextCheckAt, m_clock.now.addSecs(5));

        for (int attempt = 1; attempt <= 10; ++attempt) {
            m_clock.now = t.nextCheckAt;
            const auto due = m_journal->dueForCheck(m_clock.now);
            QCOMPARE(due->size(), 1);
            QVERIFY(m_journal->recordOutcome(QStringLiteral("bo1"), TransferState::Unknown, {},
                                             EventSource::Reconcile));
            t = m_journal->transfer(QStringLiteral("bo1"))->value();
            QCOMPARE(t.checkAttempts, attempt);
            QCOMPARE(t.nextCheckAt, m_clock.now.addSecs(Backoff::delayAfter(attempt).count()));
            QVERIFY(m_journal->dueForCheck(m_clock.now.addSecs(1))->isEmpty());
        }
        QCOMPARE(t.nextCheckAt, m_clock.now.addSecs(3600)); // hourly by now

        m_journal->close();
        Journal reopened;
        QVERIFY(reopened.open(m_dir->path(), options()).ok());
        const Transfer after = reopened.transfer(QStringLiteral("bo1"))->value();
        QCOMPARE(after.checkAttempts, 10);
        QCOMPARE(after.nextCheckAt, t.nextCheckAt);
        QCOMPARE(reopened.openTransfers()->size(), 1);

        QVERIFY(reopened.recordOutcome(QStringLiteral("bo1"), TransferState::Success, {},
                                       EventSource::Reconcile));
        QVERIFY(reopened.dueForCheck(m_clock.now.addDays(365))->isEmpty());
        QVERIFY(reopened.openTransfers()->isEmpty());
    }

    void backoffGrowsFromSecondsToHourly()
    {
        QCOMPARE(Backoff::delayAfter(0).count(), 5);
        QVERIFY(Backoff::delayAfter(3).count() >= 60);
        for (int i = 1; i < 20; ++i)
            QVERIFY(Backoff::delayAfter(i) >= Backoff::delayAfter(i - 1));
        QCOMPARE(Backoff::delayAfter(100).count(), 3600);
        QCOMPARE(Backoff::delayAfter(-1).count(), 5);
    }

    void clockSetBackDoesNotReorderEvents()
    {
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("clk1"))).ok());
        m_clock.advanceSecs(-3600);
        const auto t = m_journal->recordOutcome(QStringLiteral("clk1"), TransferState::Unknown, {},
                                                EventSource::InitiateResponse);
        QVERIFY(t.ok());
        const auto events = m_journal->events(QStringLiteral("clk1"));
        QVERIFY(events->at(1).at >= events->at(0).at);
    }

    void lockedWhenAnotherWriterHoldsTheLock()
    {
        m_journal->close();
        Journal::Options o = options();
        o.busyTimeout = std::chrono::milliseconds(100);
        QVERIFY(m_journal->open(m_dir->path(), o).ok());
        {
            QSqlDatabase db = rawConnection(QStringLiteral("raw-lock"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const auto r = m_journal->recordSubmitting(newTransfer(QStringLiteral("lk1")));
            QCOMPARE(r.error(), JournalError::Locked);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-lock"));
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("lk1"))).ok());
    }

    void corruptFileIsReported()
    {
        m_journal->close();
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Journal j;
        const auto r = j.open(dir.path(), options());
        QCOMPARE(r.error(), JournalError::Corrupt);
        QVERIFY(!j.isOpen());
        QCOMPARE(j.recordSubmitting(newTransfer(QStringLiteral("c1"))).error(), JournalError::NotOpen);
    }

    void sqliteCodesMapToErrors_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("full") << "13"
                              << "database or disk is full" << int(JournalError::DiskFull);
        QTest::newRow("busy") << "5"
                              << "database is locked" << int(JournalError::Locked);
        QTest::newRow("locked") << "6"
                                << "database table is locked" << int(JournalError::Locked);
        QTest::newRow("corrupt") << "11"
                                 << "database disk image is malformed" << int(JournalError::Corrupt);
        QTest::newRow("notadb") << "26"
                                << "file is not a database" << int(JournalError::Corrupt);
        QTest::newRow("ioerr_write") << "778"
                                     << "disk I/O error" << int(JournalError::IoError);
        QTest::newRow("unique") << "2067"
                                << "UNIQUE constraint failed" << int(JournalError::DuplicateRef);
        QTest::newRow("not null") << "1299"
                                  << "NOT NULL constraint failed" << int(JournalError::InvalidInput);
        QTest::newRow("trigger") << "1811"
                                 << "journal events are append-only" << int(JournalError::Other);
        QTest::newRow("readonly") << "8"
                                  << "attempt to write a readonly database" << int(JournalError::ReadOnly);
        QTest::newRow("text only: full") << ""
                                         << "database or disk is full" << int(JournalError::DiskFull);
        QTest::newRow("other") << "1"
                               << "no such table: x" << int(JournalError::Other);
    }
    void sqliteCodesMapToErrors()
    {
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(int, expected);
        const QSqlError error(QString(), text, QSqlError::StatementError, code);
        QCOMPARE(int(SqlErrors::classify(error)), expected);
    }

    // The one refund of a transfer: claimed under the write lock before its
    // POST, only from REFUND_PENDING with a tid; a second claim is refused;
    // REFUNDING is open (asked about, and it holds the sender's guard).
    void refundIsClaimedOnce()
    {
        const QString ref = QStringLiteral("rf1");
        const QString sender = QStringLiteral("9811111111");
        QVERIFY(m_journal->recordSubmitting(newTransfer(ref, sender)).ok());
        QCOMPARE(m_journal->recordRefunding(ref).error(), JournalError::IllegalTransition); // not failed yet
        OutcomeFields failed;
        failed.tid = QStringLiteral("2882700001");
        QVERIFY(m_journal->recordOutcome(ref, TransferState::RefundPending, failed,
                                         EventSource::InitiateResponse));
        // Nothing but the claim moves a row into REFUNDING.
        QCOMPARE(m_journal->recordOutcome(ref, TransferState::Refunding, {}, EventSource::Refund).error(),
                 JournalError::IllegalTransition);

        auto ticket = m_journal->recordRefunding(ref);
        QVERIFY(ticket.ok());
        QCOMPARE(ticket->kind(), MoneyCallTicket::Kind::Refund);
        QCOMPARE(ticket->tid(), QStringLiteral("2882700001"));
        const Transfer claimed = m_journal->transfer(ref)->value();
        QCOMPARE(claimed.state, TransferState::Refunding);
        QVERIFY(isOpen(claimed.state));
        QCOMPARE(m_journal->blockingTransferFor(sender)->value().clientRefId, ref);
        QCOMPARE(m_journal->recordRefunding(ref).error(), JournalError::RefundInProgress);

        // A second connection (another window, the CLI) is refused too.
        Journal other;
        QVERIFY(other.open(m_dir->path(), options()).ok());
        QCOMPARE(other.recordRefunding(ref).error(), JournalError::RefundInProgress);

        // Eko refused it (wrong OTP): given back, and claimable again.
        QVERIFY(m_journal->recordOutcome(ref, TransferState::RefundPending, {}, EventSource::Refund));
        QVERIFY(m_journal->recordRefunding(ref).ok());
        QVERIFY(m_journal->recordOutcome(ref, TransferState::Refunded, {}, EventSource::Refund));
        QCOMPARE(m_journal->recordRefunding(ref).error(), JournalError::IllegalTransition);
        QCOMPARE(m_journal->events(ref)->size(), 6);
    }

    void errorNamesAreDistinct()
    {
        QSet<QString> names;
        for (int e = int(JournalError::None); e <= int(JournalError::Other); ++e)
            names.insert(errorName(static_cast<JournalError>(e)));
        QCOMPARE(names.size(), int(JournalError::Other) + 1);
    }

    void journalsOnSeveralThreadsDoNotClash()
    {
        // Each thread opens its own Journal (own connection name) on the same
        // file and writes; SQLite serialises the writers.
        constexpr int kThreads = 4;
        constexpr int kPerThread = 25;
        QList<QThread*> threads;
        std::atomic<int> failures{0};
        for (int n = 0; n < kThreads; ++n) {
            threads += QThread::create([this, n, &failures] {
                Journal j;
                if (!j.open(m_dir->path()).ok()) {
                    ++failures;
                    return;
                }
                for (int i = 0; i < kPerThread; ++i) {
                    const QString ref = QStringLiteral("th%1n%2").arg(n).arg(i);
                    const QString mobile = QStringLiteral("9%1").arg(n * 1000 + i, 9, 10, QLatin1Char('0'));
                    if (!j.recordSubmitting(newTransfer(ref, mobile)).ok() ||
                        !j.recordOutcome(ref, TransferState::Success, {}, EventSource::InitiateResponse).ok())
                        ++failures;
                }
            });
            threads.last()->start();
        }
        for (QThread* t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(m_journal->count({}).value(), qint64(kThreads * kPerThread));
    }

    void importIsAllOrNothing()
    {
        QVERIFY(m_journal->recordSubmitting(newTransfer(QStringLiteral("imp0"))).ok());
        int n = 0;
        const auto r = m_journal->importHistory([&n]() -> std::optional<ImportedTransfer> {
            if (n == 3)
                return std::nullopt;
            ImportedTransfer t;
            // The third row reuses a ref already in the journal.
            t.transfer = newTransfer(n == 2 ? QStringLiteral("imp0") : QStringLiteral("imp%1").arg(n + 1));
            t.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());
            t.outcomeAt = t.createdAt.addSecs(2);
            ++n;
            return t;
        });
        QCOMPARE(r.error(), JournalError::DuplicateRef);
        QCOMPARE(m_journal->count({}).value(), Q_INT64_C(1));
        QVERIFY(!m_journal->isClientRefUsed(QStringLiteral("imp1")).value());
    }

    void importWritesRowsAndEvents()
    {
        int n = 0;
        const auto r = m_journal->importHistory([&n]() -> std::optional<ImportedTransfer> {
            if (n == 2)
                return std::nullopt;
            ImportedTransfer t;
            t.transfer = newTransfer(QStringLiteral("imq%1").arg(n));
            t.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, n), QTimeZone::utc());
            t.outcomeAt = t.createdAt.addSecs(2);
            t.state = n == 0 ? TransferState::Success : TransferState::Pending;
            t.fields.tid = QStringLiteral("111111111%1").arg(n);
            ++n;
            return t;
        });
        QCOMPARE(r.value(), Q_INT64_C(2));
        for (const QString& ref : {QStringLiteral("imq0"), QStringLiteral("imq1")}) {
            QCOMPARE(m_journal->events(ref)->size(), 2);
            QCOMPARE(m_journal->rebuildFromEvents(ref).value(), m_journal->transfer(ref)->value());
        }
        QCOMPARE(m_journal->openTransfers()->size(), 1);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
