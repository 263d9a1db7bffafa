// RefundSession over real loopback HTTP: a transfer that failed at the bank
// (tx_status 3) is refunded with the customer's OTP, once.
#include "TransferFixture.h"
#include "journal/TransferState.h"
#include "sandbox/SandboxTypes.h"
#include "transfer/RefundSession.h"

using namespace counterdesk;
using namespace counterdesk::transfer;
using namespace counterdesk::transfer::testing;
using journal::TransferState;

namespace {
const QString kRamesh = QStringLiteral("9000000001");
constexpr qint64 kKrishna = 10017680;
} // namespace

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
        RefundSession refund(f.client.get(), f.journal.get(), ref);
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
        RefundSession refund(f.client.get(), f.journal.get(), ref);
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
        RefundSession refund(f.client.get(), f.journal.get(), ref);
        QVERIFY(refund.requestOtp());
        QTRY_VERIFY_WITH_TIMEOUT(!refund.isBusy(), 15000);
        sandbox::FaultRule drop;
        drop.callName = QLatin1String(sandbox::CallName::Refund);
        drop.fault = sandbox::Fault::CommitThenDrop;
        drop.times = 1;
        f.server->addFault(drop);
        sandbox::FaultRule down;
        down.callName = QLatin1String(sandbox::CallName::TransactionInquiry);
        down.fault = sandbox::Fault::Http500Html;
        f.server->addFault(down);
        const QString otp = f.otp(kRamesh, "refund");
        QVERIFY(refund.refund(otp));
        QTRY_COMPARE_WITH_TIMEOUT(refund.state(), RefundSession::State::Unknown, 20000);
        QVERIFY(!refund.refund(otp));
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::RefundPending);
        f.server->clearFaults();
        QTRY_VERIFY(!refund.isBusy());
        QVERIFY(refund.checkStatus());
        QTRY_COMPARE_WITH_TIMEOUT(refund.state(), RefundSession::State::Refunded, 15000);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunded);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1);
    }

    void onlyRefundPendingRowsAreRefundable()
    {
        RefundSession none(f.client.get(), f.journal.get(), QStringLiteral("nosuchref"));
        QCOMPARE(none.state(), RefundSession::State::NotRefundable);
        QVERIFY(!none.requestOtp());
    }
};

QTEST_GUILESS_MAIN(TestRefundSession)
#include "tst_refundsession.moc"
