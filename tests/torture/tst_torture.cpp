// Crash torture (issue 15, item 7): counterdesk-cli is killed with SIGKILL at
// seeded random instants (TortureRun) over whole transfers against a
// counterdesk-sandbox process whose Initiate answers only kDelayMs after the
// debit is committed, so kills land in every phase, "debit committed, answer
// not yet received" included. Then, once no killed POST can still be on the
// wire, `counterdesk-cli reconcile` runs, and every journal row is compared
// with the sandbox's ledger (LedgerComparison). Labelled `torture`:
// `ctest -L torture`; the dev and ci presets leave it out. A failure prints
// the seed; COUNTERDESK_TORTURE_SEED=N replays its kill plans.
#include "TortureBench.h"

#include <QJsonDocument>
#include <QTest>

using namespace counterdesk;
using namespace counterdesk::torture;

namespace {
constexpr int kKills = 100;
constexpr int kMinCommittedNotAnswered = 20;
// The money call's answer comes this long after the sandbox acted: the
// window of the "committed, not answered" phase (a whole transfer without it
// takes 0.1-0.3 s here).
constexpr int kDelayMs = 500;
constexpr int kCalibrationRuns = 3;
constexpr int kSpareRuns = 30; // for runs that end before their kill instant
// The profile's request timeout (s), above kDelayMs. The reconciler leaves a
// SUBMITTING row alone for max(90 s, 3 timeouts) after it was written
// (journal::Backoff::submittingGrace).
constexpr int kTimeoutS = 20;
constexpr int kSubmittingGraceS = 90;
} // namespace

class TestTorture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void transfersSurviveKills();

private:
    // Where the kills landed, the reconciliation, the comparison, the figures.
    void settleAndCompare(const QStringList& killed, const PhaseRule& rule, int graceS, qint64 killingMs);

    TortureBench m_bench;
    QElapsedTimer m_total;
};

void TestTorture::initTestCase()
{
    qInfo("torture seed %u (replay: COUNTERDESK_TORTURE_SEED=%u ctest -L torture)", m_bench.seed(),
          m_bench.seed());
    QString error;
    QVERIFY2(m_bench.start(
                 {QStringLiteral("--fault"), QStringLiteral("initiate_transaction:delay=%1").arg(kDelayMs)},
                 kTimeoutS, &error),
             qPrintable(error));
}

void TestTorture::settleAndCompare(const QStringList& killed, const PhaseRule& rule, int graceS,
                                   qint64 killingMs)
{
    QCOMPARE(killed.size(), kKills);
    const KillPhaseCounts phases = m_bench.phasesOf(killed, rule);
    qInfo().noquote() << QStringLiteral("kills per phase (seed %1):\n").arg(m_bench.seed()) +
                             phases.report(rule);
    QString error;
    QVERIFY2(m_bench.reconcileAfter(graceS, &error), qPrintable(error));
    const QStringList problems = m_bench.compareJournalWithLedger();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("seed %1:\n").arg(m_bench.seed()) + problems.join(u'\n')));
    qInfo("run time: %lld s killing, %lld s in all", killingMs / 1000, m_total.elapsed() / 1000);
    QVERIFY2(phases.count(KillPhase::CommittedNotAnswered) >= kMinCommittedNotAnswered,
             qPrintable(QStringLiteral("only %1 kills between the sandbox acting and the answer (seed %2)")
                            .arg(phases.count(KillPhase::CommittedNotAnswered))
                            .arg(m_bench.seed())));
}

void TestTorture::transfersSurviveKills()
{
    m_total.start();
    const TortureBench::Command transfer{
        [this](const TortureCustomer& c) {
            return m_bench.common() +
                   QStringList{QStringLiteral("transfer"),       QStringLiteral("--json"),
                               QStringLiteral("--rail"),         QStringLiteral("digikhata"),
                               QStringLiteral("--customer"),     c.mobile,
                               QStringLiteral("--recipient-id"), QString::number(c.recipientId),
                               QStringLiteral("--amount"),       QString::number(100 + c.recipientId % 50),
                               QStringLiteral("--channel"),      QStringLiteral("imps")};
        },
        {QStringLiteral("sender"), QStringLiteral("transaction")}};

    const int span = m_bench.measureSpan(transfer, m_bench.freshCustomers(kCalibrationRuns));
    QVERIFY(span > 0);
    qInfo("a whole transfer takes %d ms here (the Initiate answered %d ms after its debit)", span, kDelayMs);
    // A fresh customer for every run: a killed run's open row (the sender
    // guard) never blocks the next one, and nothing is reconciled before the end.
    const QStringList killed =
        m_bench.killRuns(transfer, span, kDelayMs, m_bench.freshCustomers(kKills + kSpareRuns), kKills);
    const PhaseRule rule{{},
                         QStringLiteral("SUBMITTING"),
                         0,
                         {QStringLiteral("before the SUBMITTING row"),
                          QStringLiteral("SUBMITTING row, nothing debited yet"),
                          QStringLiteral("debited, answer not recorded"), QStringLiteral("answer recorded")}};
    settleAndCompare(killed, rule, kSubmittingGraceS, m_total.elapsed());
}

QTEST_GUILESS_MAIN(TestTorture)
#include "tst_torture.moc"
