#include "TortureBench.h"

#include "LedgerComparison.h"

#include <QJsonDocument>
#include <QTest>

namespace counterdesk::torture {

namespace {
const QByteArray kDeveloperKey = "becbbce45f79c6f5109f848acd540567";  // public UAT key (REFERENCE.md §2.3)
const QByteArray kAccessKey = "d2fe1d99-6298-4af2-8cc5-d97dcf46df30"; // public UAT key

// One JSON object per customer mobile (each customer has one transfer).
QHash<QString, QJsonObject> byMobile(const QJsonArray& list)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue& v : list)
        result.insert(v.toObject().value(QStringLiteral("sender_mobile")).toString(), v.toObject());
    return result;
}
} // namespace

bool TortureBench::start(const QStringList& sandboxArguments, int timeoutS, QString* error)
{
    if (!m_root.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString seed = m_root.filePath(QStringLiteral("seed.json"));
    if (!TortureSeed::write(seed)) {
        *error = QStringLiteral("cannot write ") + seed;
        return false;
    }
    if (!m_sandbox.start(error, QStringList{QStringLiteral("--seed"), seed} + sandboxArguments))
        return false;
    m_cli = std::make_unique<CliRunner>(m_root.path());
    m_cli->setEnv(QStringLiteral("COUNTERDESK_DEVELOPER_KEY"), QString::fromLatin1(kDeveloperKey));
    m_cli->setEnv(QStringLiteral("COUNTERDESK_ACCESS_KEY"), QString::fromLatin1(kAccessKey));
    m_profile = m_root.filePath(QStringLiteral("profile.ini"));
    QFile profile(m_profile);
    if (!profile.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write ") + m_profile;
        return false;
    }
    profile.write("[profile]\nname = Torture sandbox\nbase_url = " + m_sandbox.baseUrl().toUtf8() +
                  "/ekoapi/v3\ninitiator_id = 9962981729\nuser_code = 20810200\ntimeout_s = " +
                  QByteArray::number(timeoutS) + "\n");
    return true;
}

QStringList TortureBench::common() const
{
    return {QStringLiteral("--profile-file"), m_profile, QStringLiteral("--data-dir"),
            m_root.filePath(QStringLiteral("journal"))};
}

QJsonArray TortureBench::history()
{
    const CliResult r =
        m_cli->run(common() + QStringList{QStringLiteral("history"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("history: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

QJsonArray TortureBench::ledger() const
{
    return m_sandbox.control(QStringLiteral("transactions")).value(QStringLiteral("transactions")).toArray();
}

QList<TortureCustomer> TortureBench::freshCustomers(int count)
{
    QList<TortureCustomer> customers;
    for (int i = 0; i < count && m_nextCustomer < TortureSeed::kCustomers; ++i) {
        customers << TortureSeed::customer(m_nextCustomer++);
        m_used << customers.constLast().mobile;
    }
    return customers;
}

int TortureBench::measureSpan(const Command& command, const QList<TortureCustomer>& customers)
{
    QList<qint64> spans;
    for (const TortureCustomer& c : customers) {
        QElapsedTimer timer;
        timer.start();
        const CliResult r = TortureRun::runOnce(*m_cli, m_sandbox, command.arguments(c), c.mobile,
                                                command.otpPurposes, std::nullopt);
        spans << timer.elapsed();
        if (r.killed || r.exitCode != 0) {
            qWarning("an unkilled run failed: %s", r.err.constData());
            return 0;
        }
    }
    if (spans.isEmpty())
        return 0;
    std::sort(spans.begin(), spans.end());
    return int(spans.at(spans.size() / 2));
}

QStringList TortureBench::killRuns(const Command& command, int spanMs, int answerDelayMs,
                                   const QList<TortureCustomer>& customers, int kills)
{
    QStringList killed;
    int endedFirst = 0;
    for (const TortureCustomer& c : customers) {
        if (killed.size() == kills)
            break;
        const CliResult r = TortureRun::runOnce(*m_cli, m_sandbox, command.arguments(c), c.mobile,
                                                command.otpPurposes, m_run.nextPlan(spanMs, answerDelayMs));
        if (r.killed) {
            killed << c.mobile;
            m_sinceLastKill.start();
        } else if (r.exitCode != 0) { // done before its instant: it must have succeeded
            qWarning("a run that ended by itself failed: %s", r.err.constData());
            return {};
        } else {
            ++endedFirst;
        }
    }
    qInfo("%lld kills; %d runs ended before their instant", qlonglong(killed.size()), endedFirst);
    QTest::qWait(300); // a POST the kernel still held reaches the sandbox
    return killed;
}

KillPhaseCounts TortureBench::phasesOf(const QStringList& killed, const PhaseRule& rule)
{
    // Rows and ledger as the crashes left them: each customer had one run.
    const QHash<QString, QJsonObject> rows = byMobile(history());
    const QHash<QString, QJsonObject> entries = byMobile(ledger());
    KillPhaseCounts phases;
    for (const QString& mobile : killed)
        phases.add(killPhaseOf(rows.value(mobile), entries.value(mobile), rule));
    return phases;
}

bool TortureBench::reconcileAfter(int graceS, QString* error)
{
    const qint64 waitMs = graceS * 1000LL + 2000 - m_sinceLastKill.elapsed();
    if (graceS > 0 && waitMs > 0) {
        qInfo("waiting %lld s: a killed run's call may be on the wire that long", waitMs / 1000);
        QTest::qWait(int(waitMs));
    }
    const CliResult r =
        m_cli->run(common() + QStringList{QStringLiteral("reconcile"), QStringLiteral("--json")}, {}, 300000);
    if (r.exitCode != 0) {
        *error = QString::fromUtf8(r.err);
        return false;
    }
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    qInfo("reconcile: %d open rows checked, %lld settled, %lld still open (their call never reached the "
          "sandbox)",
          summary.value(QStringLiteral("checked")).toInt(),
          qlonglong(summary.value(QStringLiteral("settled")).toArray().size()),
          qlonglong(summary.value(QStringLiteral("open")).toArray().size()));
    return true;
}

QStringList TortureBench::compareJournalWithLedger()
{
    LedgerView view;
    view.rows = history();
    view.ledger = ledger();
    view.counters = m_sandbox.control(QStringLiteral("counters"));
    for (const QString& mobile : std::as_const(m_used)) {
        const QJsonObject sender =
            m_sandbox.control(QStringLiteral("sender?rail=ppi-digikhata&mobile=") + mobile);
        view.balances.insert(
            mobile, Money::fromJson(sender.value(QStringLiteral("balance"))).value.value_or(Money()));
    }
    if (view.rows.isEmpty() || view.ledger.isEmpty())
        return {QStringLiteral("no journal rows or no ledger to compare")};
    return compareWithLedger(view, TortureSeed::kBalance);
}

} // namespace counterdesk::torture
