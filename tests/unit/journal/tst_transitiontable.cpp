// Every (from, to) pair of the state machine, legal and illegal, plus the
// stable text names stored in the database.
#include "TestRunner.h"
#include "journal/TransitionTable.h"

#include <QTest>
#include <set>
#include <utility>

using namespace counterdesk::journal;

namespace {
using S = TransferState;
// The expected table, written out independently of the implementation.
const std::set<std::pair<S, S>>& legalMoves()
{
    static const std::set<std::pair<S, S>> moves = {
        {S::Submitting, S::Success},
        {S::Submitting, S::Failed},
        {S::Submitting, S::Pending},
        {S::Submitting, S::Unknown},
        {S::Submitting, S::RefundPending},
        {S::Submitting, S::Refunded},
        {S::Unknown, S::Success},
        {S::Unknown, S::Failed},
        {S::Unknown, S::Pending},
        {S::Unknown, S::Unknown},
        {S::Unknown, S::RefundPending},
        {S::Unknown, S::Refunded},
        {S::Pending, S::Success},
        {S::Pending, S::Failed},
        {S::Pending, S::Pending},
        {S::Pending, S::RefundPending},
        {S::Pending, S::Refunded},
        {S::Success, S::RefundPending},
        {S::Success, S::Refunded},
        {S::Failed, S::RefundPending},
        {S::Failed, S::Refunded},
        {S::RefundPending, S::RefundPending},
        {S::RefundPending, S::Refunded},
        // An Initiate refused by Eko's auth 403 and re-sent stays SUBMITTING.
        {S::Submitting, S::Submitting},
        // A claimed refund: settled, given back, or still being checked.
        {S::Refunding, S::Refunding},
        {S::Refunding, S::Refunded},
        {S::Refunding, S::RefundPending},
    };
    return moves;
}
} // namespace

class TestTransitionTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPair_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        for (S from : allTransferStates()) {
            for (S to : allTransferStates()) {
                const QByteArray name = (stateName(from) + QLatin1String(" -> ") + stateName(to)).toLatin1();
                QTest::newRow(name.constData()) << static_cast<int>(from) << static_cast<int>(to)
                                                << (legalMoves().count({from, to}) == 1);
            }
        }
    }
    void everyPair()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(TransitionTable::isAllowed(static_cast<S>(from), static_cast<S>(to)), allowed);
    }

    void nothingReentersSubmitting()
    {
        for (S from : allTransferStates())
            QCOMPARE(TransitionTable::isAllowed(from, S::Submitting), from == S::Submitting);
    }

    // Journal::recordRefunding is the only way in (it issues the ticket).
    void nothingMovesIntoRefunding()
    {
        for (S from : allTransferStates())
            QCOMPARE(TransitionTable::isAllowed(from, S::Refunding), from == S::Refunding);
    }

    void finalStatesOnlyMoveToRefund()
    {
        for (S from : allTransferStates()) {
            if (!isFinal(from))
                continue;
            for (S to : allTransferStates()) {
                if (TransitionTable::isAllowed(from, to))
                    QVERIFY(to == S::RefundPending || to == S::Refunded);
            }
        }
    }

    void namesAreExact_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("submitting") << int(S::Submitting) << "SUBMITTING";
        QTest::newRow("success") << int(S::Success) << "SUCCESS";
        QTest::newRow("failed") << int(S::Failed) << "FAILED";
        QTest::newRow("pending") << int(S::Pending) << "PENDING";
        QTest::newRow("unknown") << int(S::Unknown) << "UNKNOWN";
        QTest::newRow("refund pending") << int(S::RefundPending) << "REFUND_PENDING";
        QTest::newRow("refunded") << int(S::Refunded) << "REFUNDED";
        QTest::newRow("refunding") << int(S::Refunding) << "REFUNDING";
    }
    void namesAreExact()
    {
        QFETCH(int, state);
        QFETCH(QString, name);
        QCOMPARE(stateName(static_cast<S>(state)), name);
        QCOMPARE(stateFromName(name), std::optional<S>(static_cast<S>(state)));
    }

    void unknownNameIsRefused()
    {
        QVERIFY(!stateFromName(u"success").has_value());
        QVERIFY(!stateFromName(u"").has_value());
    }

    void openAndFinalSets()
    {
        QVERIFY(isOpen(S::Submitting) && isOpen(S::Unknown) && isOpen(S::Pending) && isOpen(S::Refunding));
        QVERIFY(isFinal(S::Success) && isFinal(S::Failed) && isFinal(S::Refunded));
        QVERIFY(!isOpen(S::RefundPending) && !isFinal(S::RefundPending));
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestTransitionTable)
#include "tst_transitiontable.moc"
