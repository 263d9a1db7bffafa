// Error answers to Initiate that prove nothing (DESIGN.md "What an error
// answer proves"), end to end through TransferSession over real loopback
// HTTP: a 408, a 429 with Retry-After, a proxy's HTML 404 and a gateway's
// HTML 502, each before the sandbox applies the transfer and after it
// (the debit made, then the error). The agent never sees FAILED from the
// answer itself: the row is UNKNOWN, the sender stays blocked, and only an
// inquiry settles it: SUCCESS when the debit was made, FAILED ("never
// created") only after the reconciler's not-found rule.
#include "TestRunner.h"
#include "TransferFixture.h"
#include "journal/TransferState.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxTypes.h"

using namespace counterdesk;
using namespace counterdesk::transfer;
using namespace counterdesk::transfer::testing;
using journal::TransferState;

namespace {
const Money kAmount = Money::fromRupees(110);              // fee Rs 4
const Money kBalanceBefore = Money::fromRupees(25000);     // the seed's
const Money kBalanceAfterDebit = Money::fromRupees(24886); // 25,000 - 110 - 4

sandbox::FaultRule faultFromSpec(const QString& spec)
{
    QString error;
    const std::optional<sandbox::FaultRule> rule = sandbox::FaultInjector::parseSpec(spec, &error);
    if (!rule)
        qFatal("bad fault spec %s: %s", qPrintable(spec), qPrintable(error));
    return *rule;
}

// The eight faults: the spec name, whether the sandbox applies the
// transfer before answering, and the reason the agent is shown.
void faultRows()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<eko::Reason>("reason");
    const struct
    {
        const char* kind;
        eko::Reason reason;
    } kinds[] = {{"http408", eko::Reason::HttpClientError},
                 {"http429", eko::Reason::HttpTooManyRequests},
                 {"proxy404", eko::Reason::HttpClientError},
                 {"http502", eko::Reason::HttpServerError}};
    for (const auto& k : kinds) {
        const QString before = QLatin1String(k.kind);
        const QString after = QStringLiteral("commit_then_") + before;
        QTest::newRow(qPrintable(before)) << before << false << k.reason;
        QTest::newRow(qPrintable(after)) << after << true << k.reason;
    }
}
} // namespace

class TestTransferFaults : public QObject
{
    Q_OBJECT
    TransferFixture f;

    int initiates() const
    {
        return f.server->callCount(QLatin1String(sandbox::CallName::InitiateTransaction));
    }

    // Confirms a Rs 110 transfer from Ramesh to Krishna with `kind` on its
    // Initiate; returns the session, Finished.
    std::unique_ptr<TransferSession> sendWithFault(const QString& kind)
    {
        f.server->addFault(faultFromSpec(QStringLiteral("initiate_transaction:%1/1").arg(kind)));
        auto s = f.session();
        if (!verifySender(f, *s, kRamesh) || !reachConfirm(f, *s, kKrishna, kAmount))
            return nullptr;
        if (s->confirmAndSend() != TransferSession::SendResult::Sent || !waitForState(*s, State::Finished))
            return nullptr;
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }
    void init()
    {
        f.server->clearFaults();
        QVERIFY(f.server->resetState());
        QVERIFY(f.freshJournal());
    }

    // Eko's inquiry is down too, so the follow-up right after the answer
    // learns nothing: the row is UNKNOWN whatever happened at Eko. Once Eko
    // answers again, the reconciler settles it.
    void unknownUntilTheReconcilerSettlesIt_data() { faultRows(); }
    void unknownUntilTheReconcilerSettlesIt()
    {
        QFETCH(QString, kind);
        QFETCH(bool, applied);
        QFETCH(eko::Reason, reason);
        f.server->addFault(faultFromSpec(QStringLiteral("transaction_inquiry:http500")));

        auto s = sendWithFault(kind);
        QVERIFY(s);
        const QString ref = s->transfer()->clientRefId;
        // What the agent sees: "checking with the bank", never "not sent".
        QCOMPARE(s->transfer()->state, TransferState::Unknown);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Unknown);
        QCOMPARE(s->problem().source, TransferProblem::Source::Eko);
        QCOMPARE(s->problem().reason, reason);
        QVERIFY(s->isPolling());
        QVERIFY(f.server->callCount(QLatin1String(sandbox::CallName::TransactionInquiry)) >= 1);
        QCOMPARE(f.server->initiateCount(ref), 1);
        QVERIFY(s->startOver()); // the agent moves on

        // The guard holds: the same sender cannot send again meanwhile.
        auto second = f.session();
        QVERIFY(verifySender(f, *second, kRamesh));
        // The wallet as the agent sees it tells what Eko did.
        QCOMPARE(second->sender()->balance, applied ? kBalanceAfterDebit : kBalanceBefore);
        QVERIFY(reachConfirm(f, *second, kKrishna, kAmount));
        QCOMPARE(second->confirmAndSend(), TransferSession::SendResult::SenderHasOpenTransfer);
        QCOMPARE(second->problem().local, LocalProblem::SenderHasOpenTransfer);
        QCOMPARE(second->problem().openTransferRef, ref);
        QCOMPARE(second->state(), State::Confirm);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Unknown);
        QCOMPARE(initiates(), 1);

        // Eko answers inquiries again. "Not found" needs two answers here
        // (instead of five over 30 minutes) so the test need not wait.
        f.server->clearFaults();
        ReconcilerOptions options;
        options.notFoundConfirmations = 2;
        options.notFoundMinimumAge = std::chrono::minutes(0);
        Reconciler reconciler(f.client.get(), f.journal.get(), options);
        QSignalSpy settled(&reconciler, &Reconciler::transferSettled);
        for (int round = 0; round < 4 && journal::isOpen(f.journal->transfer(ref).value()->state); ++round) {
            QVERIFY(reconciler.checkNow(ref));
            QTRY_VERIFY_WITH_TIMEOUT(reconciler.isIdle(), 15000);
        }
        const journal::Transfer row = *f.journal->transfer(ref).value();
        QCOMPARE(settled.count(), 1);
        const auto events = f.journal->events(ref);
        QVERIFY(events.ok());
        if (applied) {
            QCOMPARE(row.state, TransferState::Success);
            QVERIFY(!row.tid.isEmpty());
            QCOMPARE(row.txStatus, QStringLiteral("0"));
            QVERIFY(!hasState(events.value(), TransferState::Failed)); // never FAILED
        } else {
            QCOMPARE(row.state, TransferState::Failed);
            QVERIFY(row.tid.isEmpty());
            const journal::TransferEvent& last = events.value().last();
            QCOMPARE(last.source, journal::EventSource::Reconcile);
            QVERIFY2(last.fields.note.value_or(QString()).contains(QLatin1String("never created")),
                     qPrintable(last.fields.note.value_or(QString())));
            QVERIFY(!hasState(events.value(), TransferState::Success));
        }
        QCOMPARE(f.server->initiateCount(ref), 1); // never sent twice

        // Settled: the sender may go again (a new ref).
        QCOMPARE(second->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*second, State::Finished));
        QCOMPARE(second->transfer()->state, TransferState::Success);
        QVERIFY(second->transfer()->clientRefId != ref);
        QCOMPARE(initiates(), 2);
    }

    // With Eko's inquiry up, the follow-up right after the error answer
    // settles a transfer whose debit was made: the agent sees SUCCESS at
    // once. One that was never applied is only "not found" so far, which
    // proves nothing seconds after the POST: UNKNOWN, sender blocked.
    void theFollowUpInquirySettlesOnlyWhatHappened_data() { faultRows(); }
    void theFollowUpInquirySettlesOnlyWhatHappened()
    {
        QFETCH(QString, kind);
        QFETCH(bool, applied);
        QFETCH(eko::Reason, reason);

        auto s = sendWithFault(kind);
        QVERIFY(s);
        const QString ref = s->transfer()->clientRefId;
        QCOMPARE(f.server->initiateCount(ref), 1);
        const auto events = f.journal->events(ref);
        QVERIFY(events.ok());
        QVERIFY(!hasState(events.value(), TransferState::Failed));
        if (applied) {
            QCOMPARE(s->transfer()->state, TransferState::Success);
            QVERIFY(!s->transfer()->tid.isEmpty());
            QCOMPARE(s->transfer()->fee, std::optional<Money>(Money::fromRupees(4)));
            QVERIFY(s->problem().isNone());
            QVERIFY(!s->isPolling());
            return;
        }
        QCOMPARE(s->transfer()->state, TransferState::Unknown);
        QCOMPARE(s->problem().reason, reason);
        QVERIFY(s->isPolling());
        // The session's own checks go on finding nothing; the row stays open.
        QTRY_VERIFY_WITH_TIMEOUT(s->transfer()->checkAttempts >= 2, 15000);
        QCOMPARE(s->transfer()->state, TransferState::Unknown);
        auto second = f.session();
        QVERIFY(verifySender(f, *second, kRamesh));
        QCOMPARE(second->sender()->balance, kBalanceBefore);
        QVERIFY(reachConfirm(f, *second, kKrishna, kAmount));
        QCOMPARE(second->confirmAndSend(), TransferSession::SendResult::SenderHasOpenTransfer);
        QCOMPARE(initiates(), 1);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestTransferFaults)
#include "tst_transferfaults.moc"
