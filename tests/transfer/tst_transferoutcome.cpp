// TransferOutcome and AmountChecker: the pure rules, without a network.
// What an Eko answer does to a journal row is the money-safety table; each
// row here is one case of it.
#include "TestRunner.h"
#include "transfer/AmountCheck.h"
#include "transfer/TransferOutcome.h"

#include <QTest>

using namespace counterdesk;
using namespace counterdesk::transfer;
using journal::TransferState;

namespace {

eko::Result initiate(eko::Outcome outcome, eko::Reason reason = eko::Reason::None)
{
    eko::Result r;
    r.call = eko::Call::InitiateTransaction;
    r.outcome = outcome;
    r.reason = reason;
    return r;
}

eko::Transaction tx(int status)
{
    eko::Transaction t;
    t.tid = QStringLiteral("2880000001");
    t.txStatus = status;
    t.bankRefNum = QStringLiteral("UTR1");
    return t;
}

} // namespace

class TestTransferOutcome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initiateAnswers_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("expected");
        QTest::newRow("success") << int(eko::Outcome::Success) << int(TransferState::Success);
        QTest::newRow("failed") << int(eko::Outcome::Failed) << int(TransferState::Failed);
        QTest::newRow("pending") << int(eko::Outcome::Pending) << int(TransferState::Pending);
        QTest::newRow("refund pending")
            << int(eko::Outcome::RefundPending) << int(TransferState::RefundPending);
        QTest::newRow("refunded") << int(eko::Outcome::Refunded) << int(TransferState::Refunded);
        QTest::newRow("unknown") << int(eko::Outcome::Unknown) << int(TransferState::Unknown);
        QTest::newRow("not sent") << int(eko::Outcome::NotSent) << int(TransferState::Failed);
    }
    void initiateAnswers()
    {
        QFETCH(int, outcome);
        QFETCH(int, expected);
        QCOMPARE(int(TransferOutcome::stateForInitiate(initiate(eko::Outcome(outcome)))), expected);
    }

    void unknownSettledOnlyByADecisiveFollowUp()
    {
        eko::Result r = initiate(eko::Outcome::Unknown, eko::Reason::ConnectionClosed);
        eko::FollowUpInquiry f;
        f.outcome = eko::Outcome::Failed; // "not found" has no transaction
        r.followUp = f;
        QCOMPARE(TransferOutcome::stateForInitiate(r), TransferState::Unknown);
        f.outcome = eko::Outcome::Success;
        f.transaction = tx(0);
        r.followUp = f;
        QCOMPARE(TransferOutcome::stateForInitiate(r), TransferState::Success);
        const journal::OutcomeFields fields = TransferOutcome::fieldsForInitiate(r);
        QCOMPARE(fields.tid, std::optional<QString>(QStringLiteral("2880000001")));
        QCOMPARE(fields.bankRefNum, std::optional<QString>(QStringLiteral("UTR1")));
        QVERIFY(fields.note.has_value());
    }

    void inquiryVerdicts()
    {
        eko::Result r;
        r.call = eko::Call::TransactionInquiry;
        r.outcome = eko::Outcome::Failed;
        r.reason = eko::Reason::TransactionNotFound;
        QCOMPARE(TransferOutcome::readInquiry(r).verdict, InquiryVerdict::NotFound);
        QCOMPARE(TransferOutcome::readInquiry(r).fields.note, TransferOutcome::notFoundNote());
        QCOMPARE(TransferOutcome::readInquiry(r).fields.verdict, std::optional(InquiryVerdict::NotFound));
        r.reason = eko::Reason::UserNotFound;
        r.responseStatusId = 463;
        QCOMPARE(TransferOutcome::readInquiry(r).verdict, InquiryVerdict::NotFound);
        // A refused inquiry says nothing about the transfer: never FAILED.
        r = eko::Result();
        r.call = eko::Call::TransactionInquiry;
        r.outcome = eko::Outcome::Failed;
        r.reason = eko::Reason::HttpForbidden;
        r.httpStatus = 403;
        QCOMPARE(TransferOutcome::readInquiry(r).verdict, InquiryVerdict::NoAnswer);
        r.outcome = eko::Outcome::Unknown;
        r.reason = eko::Reason::Timeout;
        QCOMPARE(TransferOutcome::readInquiry(r).verdict, InquiryVerdict::NoAnswer);
        // tx_status 1 from Eko is decisive.
        r = eko::Result();
        r.call = eko::Call::TransactionInquiry;
        r.outcome = eko::Outcome::Failed;
        r.reason = eko::Reason::TransactionFailed;
        r.transaction = tx(1);
        InquiryReading reading = TransferOutcome::readInquiry(r);
        QCOMPARE(reading.verdict, InquiryVerdict::Decisive);
        QCOMPARE(reading.state, TransferState::Failed);
        r.outcome = eko::Outcome::Pending;
        r.transaction = tx(2);
        reading = TransferOutcome::readInquiry(r);
        QCOMPARE(reading.state, TransferState::Pending);
        QCOMPARE(reading.fields.txStatus, std::optional<QString>(QStringLiteral("2")));
    }

    void amountChecks_data()
    {
        QTest::addColumn<qint64>("paise");
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("expected");
        const int imps = int(eko::Channel::Imps);
        const int neft = int(eko::Channel::Neft);
        QTest::newRow("ok") << qint64(11000) << imps << int(AmountCheck::Ok);
        QTest::newRow("zero") << qint64(0) << imps << int(AmountCheck::Zero);
        QTest::newRow("negative") << qint64(-100) << imps << int(AmountCheck::Zero);
        QTest::newRow("paise") << qint64(11050) << imps << int(AmountCheck::NotWholeRupees);
        QTest::newRow("channel") << qint64(11000) << neft << int(AmountCheck::ChannelNotAllowed);
        QTest::newRow("per transaction")
            << qint64(2000100) << imps << int(AmountCheck::ExceedsPerTransactionLimit);
        QTest::newRow("month") << qint64(1000100) << imps << int(AmountCheck::ExceedsMonthlyLimitLeft);
        QTest::newRow("balance") << qint64(500100) << imps << int(AmountCheck::ExceedsBalance);
        QTest::newRow("all of the balance") << qint64(500000) << imps << int(AmountCheck::Ok);
    }
    void amountChecks()
    {
        QFETCH(qint64, paise);
        QFETCH(int, channel);
        QFETCH(int, expected);
        AmountLimits limits;
        limits.balance = Money::fromRupees(5000);
        limits.monthlyLimitLeft = Money::fromRupees(10000);
        limits.perTransactionLimit = Money::fromRupees(20000);
        limits.allowedChannels = {eko::Channel::Imps};
        QCOMPARE(int(AmountChecker::check(Money::fromPaise(paise), eko::Channel(channel), limits)), expected);
    }

    void channelsOfARecipient()
    {
        eko::Recipient r;
        r.availableChannel = QStringLiteral("1");
        QCOMPARE(AmountChecker::allowedChannels(r, eko::EndpointTable::builtIn()),
                 QList<eko::Channel>{eko::Channel::Neft});
        r.availableChannel = QStringLiteral("2");
        QCOMPARE(AmountChecker::allowedChannels(r, eko::EndpointTable::builtIn()),
                 QList<eko::Channel>{eko::Channel::Imps});
        r.availableChannel = QStringLiteral("0");
        QCOMPARE(AmountChecker::allowedChannels(r, eko::EndpointTable::builtIn()).size(), 2);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestTransferOutcome)
#include "tst_transferoutcome.moc"
