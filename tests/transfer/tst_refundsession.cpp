// RefundSession over real loopback HTTP: a transfer that failed at the bank
// (tx_status 3) is refunded with the customer's OTP, once: the refund is
// claimed in the journal (REFUNDING) before its one POST, a second dialog
// on the same transfer sends nothing, and an unclear answer is settled by
// the Reconciler's inquiry.
#include "TestRunner.h"
#include "TransferFixture.h"
#include "journal/TransferState.h"
#include "sandbox/SandboxTypes.h"
#include "transfer/RefundSession.h"

using namespace counterdesk;
using namespace counterdesk::transfer;
using namespace counterdesk::transfer::testing;
using journal::TransferState;

class TestRefundSession : public QObject
{
    Q_OBJECT
    TransferFixture f;

    QString refundPendingTransfer()
    {
        sandbox::FaultRule r;
        r.callName = QLatin1String(sandbox::CallName::InitiateTransaction);
        r.fault = sandbox::Fault::RefundPending;
        r.times = 1;
        f.server->addFault(r);
        auto s = f.session();
        if (!verifySender(f, *s, kRamesh) || !reachConfirm(f, *s, kKrishna, Money::fromRupees(310)))
            return {};
        if (s->confirmAndSend() != TransferSession::SendResult::Sent || !waitForState(*s, State::Finished))
            return {};
        if (s->transfer()->state != TransferState::RefundPending || s->isPolling())
            return {};
        return s->transfer()->clientRefId;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }
    void init()
    {
        f.server->clearFaults();
        QVERIFY(f.server->resetState());
        QVERIFY(f.freshJournal());
    }

    void refundPendingThenRefunded()
    {
        const QString ref = refundPendingTransfer();
        QVERIFY(!ref.isEmpty());
        RefundSession refund(f.client.get(), f.journal.get(), f.reconciler.get(), ref);
        QCOMPARE(refund.state(), RefundSession::State::Ready);
        QVERIFY(!refund.refund(QStringLiteral("123456"))); // OTP first
        QVERIFY(refund.requestOtp());
        QTRY_VERIFY_WITH_TIMEOUT(!refund.isBusy(), 15000);
        QCOMPARE(refund.state(), RefundSession::State::OtpSent);
        const QString otp = f.otp(kRamesh, "refund");
        QVERIFY(!otp.isEmpty());
        QVERIFY(refund.refund(otp));
        QCOMPARE(refund.state(), RefundSession::State::Refunding);
        QVERIFY(!refund.refund(otp)); // a second press does nothing
        QTRY_COMPARE_WITH_TIMEOUT(refund.state(), RefundSession::State::Refunded, 15000);
        QVERIFY(refund.refundInfo().has_value());
        const auto row = f.journal->transfer(ref);
        QCOMPARE(row.value()->state, TransferState::Refunded);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1);
    }

    void wrongRefundOtpCanBeRetyped()
    {
        const QString ref = refundPendingTransfer();
        QVERIFY(!ref.isEmpty());
        RefundSession refund(f.client.get(), f.journal.get(), f.reconciler.get(), ref);
        QVERIFY(refund.requestOtp());
        QTRY_VERIFY_WITH_TIMEOUT(!refund.isBusy(), 15000);
        QString otp = f.otp(kRamesh, "refund");
        QString wrong = otp;
        wrong[0] = otp[0] == u'1' ? u'2' : u'1';
        QVERIFY(refund.refund(wrong));
        QTRY_VERIFY_WITH_TIMEOUT(!refund.isBusy(), 15000);
        QCOMPARE(refund.state(), RefundSession::State::OtpSent);
        QCOMPARE(refund.problem().source, TransferProblem::Source::Eko);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::RefundPending);
        QVERIFY(refund.refund(otp));
        QTRY_COMPARE_WITH_TIMEOUT(refund.state(), RefundSession::State::Refunded, 15000);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunded);
    }

    // The refund's answer is lost: it is never sent again; the status is
    // asked for instead, and shows the refund went through.
    void unknownRefundIsNeverSentTwice()
    {
        const QString ref = refundPendingTransfer();
        QVERIFY(!ref.isEmpty());
        RefundSession refund(f.client.get(), f.journal.get(), f.reconciler.get(), ref);
        QVERIFY(refund.requestOtp());
        QTRY_VERIFY_WITH_TIMEOUT(!refund.isBusy(), 15000);
        f.loseNextRefundAnswer();
        const QString otp = f.otp(kRamesh, "refund");
        QVERIFY(refund.refund(otp));
        QTRY_COMPARE_WITH_TIMEOUT(refund.state(), RefundSession::State::Unknown, 20000);
        QVERIFY(!refund.refund(otp));
        // Open, not "refund pending": the history shows it being checked and
        // no other dialog may refund it.
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunding);
        RefundSession second(f.client.get(), f.journal.get(), f.reconciler.get(), ref);
        QCOMPARE(second.state(), RefundSession::State::InProgress);
        QVERIFY(!second.requestOtp());
        f.server->clearFaults();
        QTRY_VERIFY(!refund.isBusy());
        QVERIFY(refund.checkStatus());
        QTRY_COMPARE_WITH_TIMEOUT(refund.state(), RefundSession::State::Refunded, 15000);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunded);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1);
    }

    // Two refund dialogs open on one REFUND_PENDING transfer, both with the
    // customer's OTP typed: the journal's claim lets exactly one POST go.
    void twoDialogsMakeOneRefundPost()
    {
        const QString ref = refundPendingTransfer();
        QVERIFY(!ref.isEmpty());
        RefundSession first(f.client.get(), f.journal.get(), f.reconciler.get(), ref);
        RefundSession second(f.client.get(), f.journal.get(), f.reconciler.get(), ref);
        QVERIFY(first.requestOtp());
        QTRY_VERIFY_WITH_TIMEOUT(!first.isBusy(), 15000);
        QVERIFY(second.requestOtp());
        QTRY_VERIFY_WITH_TIMEOUT(!second.isBusy(), 15000);
        QCOMPARE(second.state(), RefundSession::State::OtpSent);
        // A slow answer keeps the first refund in flight while the second
        // dialog's button is pressed.
        sandbox::FaultRule slow;
        slow.callName = QLatin1String(sandbox::CallName::Refund);
        slow.fault = sandbox::Fault::Delay;
        slow.delayMs = 500;
        f.server->addFault(slow);
        // The OTP the customer got last belongs to the second dialog's
        // request, so that one is pressed first.
        const QString otp = f.otp(kRamesh, "refund");
        QVERIFY(second.refund(otp));
        QVERIFY(!first.refund(otp));
        QCOMPARE(first.problem().local, LocalProblem::RefundAlreadyClaimed);
        QCOMPARE(first.state(), RefundSession::State::InProgress);
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), RefundSession::State::Refunded, 15000);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunded);
        // The other dialog follows the row once the Reconciler has looked.
        QVERIFY(first.checkStatus());
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), RefundSession::State::Refunded, 15000);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1);
    }

    // The app goes away with the refund POST applied at Eko and unanswered:
    // the row stays REFUNDING (open), and the Reconciler settles it.
    void refundLostWithTheAppIsSettledByTheReconciler()
    {
        const QString ref = refundPendingTransfer();
        QVERIFY(!ref.isEmpty());
        {
            RefundSession refund(f.client.get(), f.journal.get(), f.reconciler.get(), ref);
            QVERIFY(refund.requestOtp());
            QTRY_VERIFY_WITH_TIMEOUT(!refund.isBusy(), 15000);
            sandbox::FaultRule hang;
            hang.callName = QLatin1String(sandbox::CallName::Refund);
            hang.fault = sandbox::Fault::CommitThenTimeout;
            hang.times = 1;
            f.server->addFault(hang);
            QVERIFY(refund.refund(f.otp(kRamesh, "refund")));
            QTRY_COMPARE_WITH_TIMEOUT(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1,
                                      15000);
        } // closed with the answer outstanding
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunding);
        QCOMPARE(f.journal->openTransfers().value().size(), 1);

        // The next start: a reconciler whose clock is past the refund's grace.
        ReconcilerOptions later;
        later.clock = [] {
            return QDateTime::currentDateTimeUtc().addSecs(10 * 60);
        };
        Reconciler reconciler(f.client.get(), f.journal.get(), later);
        QSignalSpy settled(&reconciler, &Reconciler::transferSettled);
        reconciler.start();
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 15000);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunded);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1);
    }

    // A refund claimed whose POST never left (the app died in between):
    // Eko keeps saying "refund pending"; only after the not-found patience
    // does the row go back to REFUND_PENDING for a new refund.
    void refundThatNeverArrivedIsReleasedAfterPatience()
    {
        const QString ref = refundPendingTransfer();
        QVERIFY(!ref.isEmpty());
        QVERIFY(f.journal->recordRefunding(ref).ok()); // claimed; no POST follows
        ReconcilerOptions patient;
        patient.notFoundConfirmations = 2;
        patient.notFoundMinimumAge = std::chrono::minutes(30);
        qint64 minutes = 5;
        patient.clock = [&minutes] {
            return QDateTime::currentDateTimeUtc().addSecs(minutes * 60);
        };
        Reconciler reconciler(f.client.get(), f.journal.get(), patient);
        QSignalSpy checked(&reconciler, &Reconciler::checked);
        for (int round = 1; round <= 3; ++round) {
            QVERIFY(reconciler.checkNow(ref));
            QTRY_COMPARE_WITH_TIMEOUT(checked.size(), round, 15000);
            QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunding);
        }
        minutes = 40;
        QVERIFY(reconciler.checkNow(ref));
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 4, 15000);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::RefundPending);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 0);
        RefundSession again(f.client.get(), f.journal.get(), f.reconciler.get(), ref);
        QCOMPARE(again.state(), RefundSession::State::Ready);
    }

    void onlyRefundPendingRowsAreRefundable()
    {
        RefundSession none(f.client.get(), f.journal.get(), f.reconciler.get(), QStringLiteral("nosuchref"));
        QCOMPARE(none.state(), RefundSession::State::NotRefundable);
        QVERIFY(!none.requestOtp());
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestRefundSession)
#include "tst_refundsession.moc"
