// Reconciler over real loopback HTTP to the in-process sandbox: open journal
// rows are settled by Transaction Inquiry, an unknown Initiate is never
// called failed nor sent again, and "not found" is concluded only late.
#include "../unit/journal/JournalV2File.h"
#include "TestRunner.h"
#include "TransferFixture.h"
#include "journal/Schema.h"
#include "journal/TransferState.h"
#include "sandbox/SandboxTypes.h"
#include "transfer/Reconciler.h"
#include "transfer/StatusCheck.h"

using namespace counterdesk;
using namespace counterdesk::transfer;
using namespace counterdesk::transfer::testing;
using journal::TransferState;

namespace {

sandbox::FaultRule rule(const char* call, sandbox::Fault fault, int times = -1)
{
    sandbox::FaultRule r;
    r.callName = QLatin1String(call);
    r.fault = fault;
    r.times = times;
    return r;
}

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT
    TransferFixture f;

    int initiates() const
    {
        return f.server->callCount(QLatin1String(sandbox::CallName::InitiateTransaction));
    }

    // The Initiate is applied by the sandbox, then the connection drops, and
    // every inquiry fails: the session can only say UNKNOWN.
    QString sendIntoTheDark(TransferSession& s)
    {
        f.server->addFault(rule(sandbox::CallName::InitiateTransaction, sandbox::Fault::CommitThenDrop, 1));
        f.server->addFault(rule(sandbox::CallName::TransactionInquiry, sandbox::Fault::Http500Html));
        if (!verifySender(f, s, kRamesh) || !reachConfirm(f, s, kKrishna, Money::fromRupees(210)))
            return {};
        if (s.confirmAndSend() != TransferSession::SendResult::Sent || !waitForState(s, State::Finished))
            return {};
        return s.transfer() ? s.transfer()->clientRefId : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }
    void init()
    {
        f.server->clearFaults();
        QVERIFY(f.server->resetState());
        QVERIFY(f.freshJournal()); // each test starts with an empty journal
    }

    void commitThenDropEndsUnknownThenReconcilesToSuccess()
    {
        auto s = f.session();
        const QString ref = sendIntoTheDark(*s);
        QVERIFY(!ref.isEmpty());
        QCOMPARE(s->transfer()->state, TransferState::Unknown);
        QVERIFY(s->isPolling());
        QCOMPARE(s->problem().source, TransferProblem::Source::Eko);
        // The agent moves on; the row stays UNKNOWN in the journal.
        QTest::qWait(500);
        QVERIFY(s->startOver());
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Unknown);

        f.server->clearFaults(); // Eko answers again
        Reconciler reconciler(f.client.get(), f.journal.get());
        QSignalSpy counts(&reconciler, &Reconciler::pendingCountChanged);
        QSignalSpy settled(&reconciler, &Reconciler::transferSettled);
        reconciler.start();
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.first().first().toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 15000);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Success);
        QVERIFY(!f.journal->transfer(ref).value()->tid.isEmpty());
        QCOMPARE(reconciler.pendingCount(), 0);
        QCOMPARE(counts.last().first().toInt(), 0);
        const auto events = f.journal->events(ref);
        QVERIFY(events.ok());
        QVERIFY(!hasState(events.value(), TransferState::Failed)); // never FAILED
        QCOMPARE(f.server->initiateCount(ref), 1);                 // never a second Initiate
        QCOMPARE(initiates(), 1);
    }

    void guardRefusesSecondTransferWhileUnknown()
    {
        auto first = f.session();
        const QString ref = sendIntoTheDark(*first);
        QVERIFY(!ref.isEmpty());
        QCOMPARE(first->transfer()->state, TransferState::Unknown);
        QVERIFY(first->startOver());

        auto second = f.session();
        QVERIFY(verifySender(f, *second, kRamesh));
        QVERIFY(reachConfirm(f, *second, kKrishna, Money::fromRupees(210)));
        QCOMPARE(second->confirmAndSend(), TransferSession::SendResult::SenderHasOpenTransfer);
        QCOMPARE(second->problem().local, LocalProblem::SenderHasOpenTransfer);
        QCOMPARE(second->problem().openTransferRef, ref);
        QCOMPARE(second->state(), State::Confirm);
        QTest::qWait(300);
        QCOMPARE(initiates(), 1);

        // Once the reconciler settles the first, the sender may go again.
        f.server->clearFaults();
        Reconciler reconciler(f.client.get(), f.journal.get());
        QSignalSpy idle(&reconciler, &Reconciler::idle);
        reconciler.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.journal->transfer(ref).value()->state, TransferState::Success, 15000);
        QCOMPARE(second->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*second, State::Finished));
        QCOMPARE(second->transfer()->state, TransferState::Success);
        QCOMPARE(initiates(), 2);
    }

    void pendingRowIsSettledByTheReconciler()
    {
        sandbox::FaultRule awaited = rule(sandbox::CallName::InitiateTransaction, sandbox::Fault::Awaited, 1);
        awaited.settleMs = 300;
        f.server->addFault(awaited);
        SessionOptions options;
        options.otpCooldown = std::chrono::milliseconds(0);
        options.pollSchedule = {std::chrono::hours(1)}; // the session will not ask again
        TransferSession s(f.client.get(), f.journal.get(), f.reconciler.get(), options);
        QVERIFY(verifySender(f, s, kRamesh));
        QVERIFY(reachConfirm(f, s, kKrishna, Money::fromRupees(220)));
        QCOMPARE(s.confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(s, State::Finished));
        const QString ref = s.transfer()->clientRefId;
        QCOMPARE(s.transfer()->state, TransferState::Pending);
        QTest::qWait(400);

        Reconciler reconciler(f.client.get(), f.journal.get());
        QSignalSpy settled(&reconciler, &Reconciler::transferSettled);
        reconciler.start();
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 15000);
        const auto row = settled.first().first().value<journal::Transfer>();
        QCOMPARE(row.clientRefId, ref);
        QCOMPARE(row.state, TransferState::Success);
        QCOMPARE(f.server->initiateCount(ref), 1);
    }

    // A row committed but never sent (the app died between the commit and
    // the POST): Eko never heard of it. It stays UNKNOWN, and the sender
    // blocked, until Eko has said "not found" several times AND 30 minutes
    // have passed since the submit; only then is it FAILED.
    void notFoundIsConcludedOnlyLateAndRepeatedly()
    {
        QDateTime clock = QDateTime::currentDateTimeUtc();
        journal::JournalOptions journalOptions;
        journalOptions.clock = [&clock] {
            return clock;
        };
        journal::Journal j;
        QTemporaryDir dir;
        QVERIFY(j.open(dir.path(), journalOptions).ok());
        journal::NewTransfer row;
        row.clientRefId = QStringLiteral("neversent0001");
        row.senderMobile = kRamesh;
        row.recipientId = QString::number(kKrishna);
        row.amount = Money::fromRupees(100);
        QVERIFY(j.recordSubmitting(row).ok());

        ReconcilerOptions options;
        options.clock = [&clock] {
            return clock;
        };
        Reconciler reconciler(f.client.get(), &j, options);
        QSignalSpy idle(&reconciler, &Reconciler::idle);

        // Just after the commit: the POST may still be in flight; not asked.
        reconciler.start();
        QTRY_VERIFY(reconciler.isIdle());
        QCOMPARE(j.transfer(row.clientRefId).value()->state, TransferState::Submitting);

        int asked = 0;
        for (int round = 0; round < 9; ++round) { // to 27 minutes after the submit
            clock = clock.addSecs(3 * 60);
            reconciler.reconcileNow();
            QTRY_VERIFY(reconciler.isIdle());
            asked = j.transfer(row.clientRefId).value()->checkAttempts;
            QCOMPARE(j.transfer(row.clientRefId).value()->state, TransferState::Unknown);
        }
        QVERIFY2(asked >= 5, qPrintable(QString::number(asked)));
        // Past 30 minutes, with enough "not found" answers: FAILED.
        clock = clock.addSecs(5 * 60);
        reconciler.reconcileNow();
        QTRY_COMPARE(j.transfer(row.clientRefId).value()->state, TransferState::Failed);
        QCOMPARE(f.server->initiateCount(row.clientRefId), 0);
        QCOMPARE(reconciler.pendingCount(), 0);
    }

    // The journal is shared by every profile. A production transfer whose
    // outcome is unknown must never be asked about through the training
    // sandbox, whose "not found" would, repeated, conclude it FAILED while
    // real money may have moved. It waits, open, for its own profile; the
    // training row beside it is settled as usual.
    void anotherProfilesTransferIsNeverAskedAbout()
    {
        QDateTime clock = QDateTime::currentDateTimeUtc();
        journal::JournalOptions journalOptions;
        journalOptions.clock = [&clock] {
            return clock;
        };
        journal::Journal j;
        QTemporaryDir dir;
        QVERIFY(j.open(dir.path(), journalOptions).ok());
        journal::NewTransfer real;
        real.clientRefId = QStringLiteral("production0001");
        real.profile = QStringLiteral("Production");
        real.profileKind = ProfileKind::Production;
        real.senderMobile = kRamesh;
        real.recipientId = QString::number(kKrishna);
        real.amount = Money::fromRupees(100);
        QVERIFY(j.recordSubmitting(real).ok());
        journal::NewTransfer practice = real;
        practice.clientRefId = QStringLiteral("training0001");
        practice.profile = QStringLiteral("Training");
        practice.profileKind = ProfileKind::Training;
        practice.senderMobile = QStringLiteral("9000000002");
        QVERIFY(j.recordSubmitting(practice).ok());

        eko::ClientConfig config = clientConfig(f.server->baseUrl());
        config.profileName = QStringLiteral("Training");
        config.profileKind = ProfileKind::Training;
        eko::EkoClient trainingClient(f.nam.get(), config);
        ReconcilerOptions options;
        options.clock = [&clock] {
            return clock;
        };
        Reconciler reconciler(&trainingClient, &j, options);
        const int inquiriesBefore = f.server->callCount(QLatin1String(sandbox::CallName::TransactionInquiry));
        reconciler.start();
        for (int round = 0; round < 12; ++round) { // to an hour after the submit
            clock = clock.addSecs(5 * 60);
            reconciler.reconcileNow();
            QTRY_VERIFY(reconciler.isIdle());
        }
        QCOMPARE(j.transfer(real.clientRefId).value()->state, TransferState::Submitting);
        QCOMPARE(j.transfer(real.clientRefId).value()->checkAttempts, 0);
        QCOMPARE(j.transfer(practice.clientRefId).value()->state, TransferState::Failed); // never created
        const int inquiries =
            f.server->callCount(QLatin1String(sandbox::CallName::TransactionInquiry)) - inquiriesBefore;
        QVERIFY(inquiries >= 5);

        // Asked directly (the history's Check status, the CLI's inquire): no call, no record.
        std::optional<InquiryVerdict> verdict;
        StatusCheck* check = StatusCheck::start(
            &trainingClient, &j, j.transfer(real.clientRefId).value().value(), journal::EventSource::Inquiry);
        connect(
            check, &StatusCheck::finished, this,
            [&verdict](const journal::Transfer&, InquiryVerdict v, journal::JournalError) { verdict = v; });
        QTRY_VERIFY(verdict.has_value());
        QCOMPARE(*verdict, InquiryVerdict::NoAnswer);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::TransactionInquiry)) - inquiriesBefore,
                 inquiries);
        QCOMPARE(j.events(real.clientRefId).value().size(), 1); // the submit, nothing more
    }

    // A v2 journal left an UNKNOWN row whose four "not found" answers were
    // known only by their English note. The upgrade back-fills the verdict,
    // so the reconciler's count goes on: one more "not found" and the row,
    // 40 minutes old, is concluded never created. The SUBMITTING row, with
    // one answer, stays open.
    void notFoundCountSurvivesTheUpgrade()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-40 * 60);
        QVERIFY(journal::test::writeV2File(dir.path(), t0, kRamesh));
        journal::Journal j;
        QVERIFY(j.open(dir.path()).ok());
        QCOMPARE(j.schemaVersion(), journal::Schema::latestVersion);

        Reconciler reconciler(f.client.get(), &j);
        reconciler.start();
        QTRY_VERIFY_WITH_TIMEOUT(reconciler.isIdle(), 15000);
        QCOMPARE(j.transfer(QStringLiteral("v2open")).value()->state, TransferState::Failed);
        QVERIFY(journal::isOpen(j.transfer(QStringLiteral("v2sub")).value()->state));
        QCOMPARE(j.transfer(QStringLiteral("v2done")).value()->state, TransferState::Success);
        QCOMPARE(f.server->initiateCount(QStringLiteral("v2open")), 0);
    }

    // The session's fast schedule, the reconciler's own passes and the
    // agent's "check now" all go through one queue: one reference is never
    // asked about twice at once, and every answer reaches the session.
    void watchedRefIsNeverAskedTwiceAtOnce()
    {
        auto s = f.session();
        const QString ref = sendIntoTheDark(*s);
        QVERIFY(!ref.isEmpty());
        QVERIFY(s->isPolling());
        QVERIFY(f.reconciler->isWatching(ref));

        int inFlight = 0;
        int overlaps = 0;
        int answers = 0;
        connect(f.reconciler.get(), &Reconciler::checking, this, [&](const QString& r) {
            if (r == ref && ++inFlight > 1)
                ++overlaps;
        });
        connect(f.reconciler.get(), &Reconciler::checked, this, [&](const journal::Transfer& row) {
            if (row.clientRefId == ref) {
                --inFlight;
                ++answers;
            }
        });
        QSignalSpy updated(s.get(), &TransferSession::transferUpdated);
        f.reconciler->start(); // its pass asks about the same ref
        for (int i = 0; i < 100; ++i) {
            s->checkStatusNow();
            f.reconciler->checkNow(ref);
            QTest::qWait(20);
        }
        QTRY_VERIFY_WITH_TIMEOUT(f.reconciler->isIdle(), 15000);
        f.reconciler->stop();
        QCOMPARE(overlaps, 0);
        QVERIFY2(answers >= 3, qPrintable(QString::number(answers)));
        QVERIFY(updated.count() >= answers); // the session saw every answer
        QCOMPARE(s->transfer()->state, TransferState::Unknown);
        // The agent's and the watch's inquiries are recorded as such.
        const auto events = f.journal->events(ref).value();
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const journal::TransferEvent& e) {
            return e.source == journal::EventSource::Inquiry;
        }));
        QCOMPARE(initiates(), 1);
    }

    void unansweredInquiriesKeepTheRowOpen()
    {
        auto s = f.session();
        const QString ref = sendIntoTheDark(*s);
        QVERIFY(!ref.isEmpty());
        QVERIFY(s->startOver());
        // Eko is still down: the reconciler records each try and gives up nothing.
        Reconciler reconciler(f.client.get(), f.journal.get());
        reconciler.start();
        QTRY_VERIFY_WITH_TIMEOUT(reconciler.isIdle(), 15000);
        const auto t = f.journal->transfer(ref).value();
        QCOMPARE(t->state, TransferState::Unknown);
        QVERIFY(t->nextCheckAt.isValid());
        QCOMPARE(reconciler.pendingCount(), 1);
        QCOMPARE(initiates(), 1);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
