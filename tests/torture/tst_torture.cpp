// Crash torture (issue 15, item 7): counterdesk-cli is killed with SIGKILL at
// seeded random instants (TortureRun) against a counterdesk-sandbox process
// whose money call answers only kDelayMs after it was applied, so kills land
// in every phase, "sandbox acted, answer not yet received" included:
//  - transfersSurviveKills: whole transfers (`transfer`);
//  - refundsSurviveKills: refunds of transfers the bank failed (`refund REF`).
// Then, once no killed call can still be on the wire, `counterdesk-cli
// reconcile` runs, and every journal row is compared with the sandbox's
// ledger (LedgerComparison). Labelled `torture`: `ctest -L torture`; the dev
// and ci presets leave it out. A failure prints the seed;
// COUNTERDESK_TORTURE_SEED=N replays its kill plans.
#include "TestRunner.h"
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
constexpr int kSpareRuns = 60; // for runs that end before their kill instant (up to 20 seen)
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
    void refundsSurviveKills();

private:
    TortureBench::Command transferCommand();
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
    QVERIFY2(m_bench.start({}, kTimeoutS, &error), qPrintable(error));
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

TortureBench::Command TestTorture::transferCommand()
{
    return {[this](const TortureCustomer& c) {
                return m_bench.common() +
                       QStringList{
                           QStringLiteral("transfer"),       QStringLiteral("--json"),
                           QStringLiteral("--rail"),         QStringLiteral("digikhata"),
                           QStringLiteral("--customer"),     c.mobile,
                           QStringLiteral("--recipient-id"), QString::number(c.recipientId),
                           QStringLiteral("--amount"),       QString::number(100 + c.recipientId % 50),
                           QStringLiteral("--channel"),      QStringLiteral("imps")};
            },
            {QStringLiteral("sender"), QStringLiteral("transaction")}};
}

void TestTorture::transfersSurviveKills()
{
    m_total.start();
    // The Initiate debits at once and answers kDelayMs later.
    QVERIFY(m_bench.sandbox().clearFaults());
    QVERIFY(m_bench.sandbox().addFault(
        QStringLiteral(R"({"call":"initiate_transaction","fault":"delay","delay_ms":%1})")
            .arg(kDelayMs)
            .toUtf8()));
    const TortureBench::Command transfer = transferCommand();
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

void TestTorture::refundsSurviveKills()
{
    m_total.start();
    // Every transfer fails at the bank (tx_status 3: the customer gets a
    // refund OTP); a refund is applied at once and answered kDelayMs later.
    QVERIFY(m_bench.sandbox().clearFaults());
    QVERIFY(m_bench.sandbox().addFault(R"({"call":"initiate_transaction","fault":"refund-pending"})"));
    QVERIFY(m_bench.sandbox().addFault(
        QStringLiteral(R"({"call":"refund","fault":"delay","delay_ms":%1})").arg(kDelayMs).toUtf8()));
    const TortureBench::Command transfer = transferCommand();
    const QList<TortureCustomer> customers = m_bench.freshCustomers(kCalibrationRuns + kKills + kSpareRuns);
    QHash<QString, QString> refOf; // customer mobile -> the REFUND_PENDING transfer's client_ref_id
    for (const TortureCustomer& c : customers) {
        const CliResult r = TortureRun::runOnce(m_bench.cli(), m_bench.sandbox(), transfer.arguments(c),
                                                c.mobile, transfer.otpPurposes, std::nullopt);
        const QJsonObject t = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(t.value(QStringLiteral("state")).toString() == QLatin1String("REFUND_PENDING"),
                 r.err.constData());
        refOf.insert(c.mobile, t.value(QStringLiteral("client_ref_id")).toString());
    }
    qInfo("%lld transfers REFUND_PENDING in %lld s", qlonglong(refOf.size()), m_total.elapsed() / 1000);
    m_total.start();

    const TortureBench::Command refund{[this, &refOf](const TortureCustomer& c) {
                                           return m_bench.common() + QStringList{QStringLiteral("refund"),
                                                                                 refOf.value(c.mobile),
                                                                                 QStringLiteral("--json")};
                                       },
                                       {QStringLiteral("refund")}};
    const int span = m_bench.measureSpan(refund, customers.mid(0, kCalibrationRuns));
    QVERIFY(span > 0);
    qInfo("a whole refund takes %d ms here (answered %d ms after it was applied)", span, kDelayMs);
    const QStringList killed =
        m_bench.killRuns(refund, span, kDelayMs, customers.mid(kCalibrationRuns), kKills);
    const PhaseRule rule{
        QStringLiteral("REFUND_PENDING"),
        QStringLiteral("REFUNDING"),
        4,
        {QStringLiteral("before the REFUNDING claim"), QStringLiteral("REFUNDING, nothing refunded yet"),
         QStringLiteral("refunded, answer not recorded"), QStringLiteral("answer recorded")}};
    // A REFUNDING row is asked about at once: no grace to wait out.
    settleAndCompare(killed, rule, 0, m_total.elapsed());
}

COUNTERDESK_TEST_GUILESS_MAIN(TestTorture)
#include "tst_torture.moc"
