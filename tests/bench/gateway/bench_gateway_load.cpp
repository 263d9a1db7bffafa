// The gateway load benchmark (issue 11): 1,000 simulated counters, each with
// its own credential, at 500 requests/s for 60 s through counterdesk-gateway
// to counterdesk-sandbox, against the same load straight to the sandbox; all
// three (PostgreSQL, the sandbox, the gateway) are separate processes on
// loopback. It reports the latency the gateway adds (p50, p99), errors, the
// ledger's rows and duplicate forwards. Goal: p99 added <= 5 ms, no error,
// no duplicate. It reports and never fails on timing; it fails on a
// duplicate forward or a ledger that does not match the Initiates sent.
//
// Long (about 2.5 minutes): label `load`, outside the dev and ci test
// presets. Run: ctest --test-dir build -L load -V (-V: the figures)
// COUNTERDESK_LOAD_SECONDS (default 60), COUNTERDESK_LOAD_RPS (500) and
// COUNTERDESK_LOAD_COUNTERS (1000) make a quicker or another run;
// COUNTERDESK_LOAD_NETWORKS (16) spreads the counters over that many
// QNetworkAccessManagers, up to 6 connections each (167: about one
// connection per counter, as 1,000 separate shops would hold).
//
// Both legs are HTTPS, as in production: the counters reach the gateway over
// TLS and the gateway reaches "Eko" (the sandbox, with its own certificate in
// eko_ca_file) over TLS; the straight run is HTTPS too. COUNTERDESK_LOAD_PLAIN=1
// runs everything over plain HTTP instead, where Qt 6.4 reads each answer's
// headers one byte per system call (docs/gateway.md, "Where the time goes").
#include "CliRun.h"
#include "CounterEnrolment.h"
#include "GatewayHarness.h"
#include "LatencyFigures.h"
#include "LoadGenerator.h"
#include "PostgresCluster.h"
#include "ProcessCpu.h"
#include "TestRunner.h"
#include "profile/BuiltInProfiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <map>

using namespace counterdesk;
using namespace counterdesk::bench;

namespace {

int setting(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// One line per figure, for the README's table and baseline.json.
void printRun(const char* name, const LoadRun& run)
{
    std::vector<qint64> all;
    std::map<eko::Call, std::vector<qint64>> byCall;
    std::map<int, int> statuses;
    int errors = 0;
    for (const LoadSample& s : run.samples) {
        all.push_back(s.latencyNs);
        byCall[s.call].push_back(s.latencyNs);
        ++statuses[s.httpStatus];
        errors += s.error ? 1 : 0;
    }
    const LatencyFigures f = LatencyFigures::of(all);
    const LatencyFigures lag = LatencyFigures::of(run.lagNs);
    std::printf("%s: %zu answers in %.1f s (%.0f/s), p50 %.2f ms, p99 %.2f ms, max %.1f ms; errors %d, "
                "unanswered %d; Initiates %d (SUCCESS %d, %d sent again)\n",
                name, f.count, run.wallSeconds, double(f.count) / run.wallSeconds, f.p50, f.p99, f.max,
                errors, run.unanswered, int(run.initiatedRefs.size()), run.initiatesSucceeded,
                run.initiatesRepeated);
    for (const auto& [call, samples] : byCall) {
        const LatencyFigures c = LatencyFigures::of(samples);
        std::printf("  %-24s n=%-6zu p50 %.2f ms, p99 %.2f ms, max %.1f ms\n",
                    qPrintable(eko::callName(call)), c.count, c.p50, c.p99, c.max);
    }
    QStringList statusText;
    for (const auto& [status, n] : statuses)
        statusText.append(QStringLiteral("%1: %2").arg(status).arg(n));
    std::printf("  HTTP statuses: %s\n", qPrintable(statusText.join(QStringLiteral(", "))));
    // Whether the tail is spread over the run (every request's share of
    // waiting) or bunched in a few seconds (a stall: a vacuum, a pause).
    std::map<qint64, int> slowBySecond;
    for (const LoadSample& s : run.samples)
        if (double(s.latencyNs) / 1e6 > f.p99)
            ++slowBySecond[s.sentNs / 1000000000];
    std::vector<std::pair<int, qint64>> busiest;
    for (const auto& [second, n] : slowBySecond)
        busiest.emplace_back(n, second);
    std::sort(busiest.rbegin(), busiest.rend());
    QStringList busiestText;
    for (std::size_t i = 0; i < std::min<std::size_t>(5, busiest.size()); ++i)
        busiestText.append(QStringLiteral("%1 at +%2 s").arg(busiest[i].first).arg(busiest[i].second));
    std::printf("  the slowest 1 %% left in %zu of %.0f seconds; most in one second: %s\n",
                slowBySecond.size(), run.wallSeconds, qPrintable(busiestText.join(QStringLiteral(", "))));
    std::printf("  generator: left its schedule late by p50 %.2f ms, p99 %.2f ms, max %.1f ms; its own CPU "
                "%.1f s of %.1f s (%.0f %% of one core)\n",
                lag.p50, lag.p99, lag.max, run.generatorCpuSeconds, run.wallSeconds,
                100.0 * run.generatorCpuSeconds / run.wallSeconds);
    std::fflush(stdout);
}

// PostgreSQL's autovacuum runs during a run, from its log (PostgresCluster
// logs each with its time, UTC): a bunched tail at the same seconds is the
// database's background work, not the gateway's.
void printAutovacuum(const QByteArray& serverLog, const LoadRun& run)
{
    static const QRegularExpression line(QStringLiteral(
        R"re(^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) UTC \[\d+\] LOG:  automatic (vacuum|analyze) of table "[^"]*\.([^".]+)")re"));
    static const QRegularExpression elapsed(QStringLiteral(R"(elapsed: ([\d.]+) s)"));
    QStringList runs;
    QString pending; // a vacuum's line; its elapsed time comes on a later line
    for (const QByteArray& raw : serverLog.split('\n')) {
        const QString text = QString::fromUtf8(raw);
        const QRegularExpressionMatch m = line.match(text);
        if (m.hasMatch()) {
            QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
            at.setTimeZone(QTimeZone::utc());
            const double offset = double(run.startedAtUtc.msecsTo(at)) / 1000.0;
            if (offset < 0 || offset > run.wallSeconds)
                continue;
            pending =
                QStringLiteral("%1 of %2 at +%3 s").arg(m.captured(2), m.captured(3)).arg(offset, 0, 'f', 1);
        }
        const QRegularExpressionMatch e = elapsed.match(text);
        if (!pending.isEmpty() && e.hasMatch()) {
            runs.append(pending + QStringLiteral(" (%1 s)").arg(e.captured(1)));
            pending.clear();
        }
    }
    std::printf("  PostgreSQL autovacuum during the run: %s\n",
                runs.isEmpty() ? "none" : qPrintable(runs.join(QStringLiteral(", "))));
}

std::vector<qint64> latencies(const LoadRun& run)
{
    std::vector<qint64> all;
    for (const LoadSample& s : run.samples)
        all.push_back(s.latencyNs);
    return all;
}

} // namespace

class BenchGatewayLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void straightToSandbox();
    void throughGateway();
    void ledgerAndDuplicates();

private:
    LoadRun runLoad(const QString& apiBase, const QList<eko::Credentials>& counters,
                    const QString& refPrefix);
    bool resetSandbox();

    LoadPlan m_plan;
    int m_counterCount = 1000;
    int m_networks = LoadTarget().networks;
    bool m_tls = true;
    QTemporaryDir m_certificateDir;
    tests::PostgresCluster m_cluster;
    QString m_database;
    SandboxProcess m_sandbox;
    tests::GatewayHarness m_harness;
    tests::GatewayProcess m_gateway;
    QList<eko::Credentials> m_counters; // each counter's own credential (gateway)
    QList<eko::Credentials> m_straight; // the partner's Eko keys, once per counter
    double m_gatewayCpu = 0;            // CPU seconds of the last run's counted part: the gateway process
    double m_databaseCpu = 0;           // ... and the PostgreSQL server with its backends
    LoadRun m_straightRun;
    LoadRun m_gatewayRun;
    QStringList m_gatewayRefs;        // every client_ref_id sent through the gateway
    qsizetype m_measuredLogStart = 0; // where the measured run's lines begin in the gateway's log
};

void BenchGatewayLoad::initTestCase()
{
    m_plan.seconds = setting("COUNTERDESK_LOAD_SECONDS", 60);
    m_plan.requestsPerSecond = setting("COUNTERDESK_LOAD_RPS", 500);
    m_counterCount = setting("COUNTERDESK_LOAD_COUNTERS", 1000);
    m_networks = setting("COUNTERDESK_LOAD_NETWORKS", m_networks);
    m_tls = !qEnvironmentVariableIsSet("COUNTERDESK_LOAD_PLAIN");
    std::printf("plan: %d counters over %d network managers (up to %d connections), %d requests/s for %d s "
                "over %s; load average %s\n",
                m_counterCount, m_networks, LoadTarget::kConnectionsPerNetwork * m_networks,
                m_plan.requestsPerSecond, m_plan.seconds, m_tls ? "HTTPS" : "plain HTTP",
                qPrintable(loadAverage()));
    QStringList sandboxArguments{QStringLiteral("--otp-cooldown-ms"), QStringLiteral("0")};
    QString tlsIni;
    if (m_tls) {
        QString cert;
        QString key;
        QVERIFY2(makeTestCertificate(m_certificateDir.path(), &cert, &key),
                 "openssl (Debian openssl) is needed");
        // This process (the generator, the control calls) trusts it as if it were a public CA's.
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(QSslCertificate::fromDevice(&pem, QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(trusting);
        sandboxArguments << QStringLiteral("--tls-cert") << cert << QStringLiteral("--tls-key") << key;
        tlsIni = QStringLiteral("tls_cert = %1\ntls_key = %2\neko_ca_file = %1\n").arg(cert, key);
    }

    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    m_database = m_cluster.createDatabase(QStringLiteral("ledger"));
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_cluster.error()));
    QString error;
    // No resend cool-down: every transfer of the mix asks the one sender for an OTP.
    QVERIFY2(m_sandbox.start(&error, sandboxArguments), qPrintable(error));
    // The gateway's default limits stay: a counter sends 60 * rate / counters
    // requests a minute (30 at the defaults, against requests_per_minute 600)
    // and one transfer at a time (concurrent_initiates 2).
    QVERIFY(
        m_harness.configure(m_database, QUrl(m_sandbox.baseUrl() + QStringLiteral("/ekoapi/v3")), tlsIni));

    const Enrolment enrolment = enrolCounters(m_harness.configFile(), m_counterCount, 4);
    QVERIFY2(enrolment.error.isEmpty(), qPrintable(enrolment.error));
    std::printf("enrolment: %d counters with `counter add` in %.1f s (4 processes at a time)\n",
                m_counterCount, double(enrolment.elapsedMs) / 1000.0);
    const eko::Credentials keys{
        profile::BuiltInProfiles::uatDeveloperKey(), profile::BuiltInProfiles::uatAccessKey(),
        profile::BuiltInProfiles::uatInitiatorId(), profile::BuiltInProfiles::uatUserCode()};
    for (const tests::CounterCredential& c : enrolment.counters) {
        eko::Credentials own;
        own.counterId = QString::fromLatin1(c.id);
        own.counterSecret = c.secret;
        own.signedBy = eko::SignedBy::GatewayCounter;
        m_counters.append(own);
        m_straight.append(keys);
    }
    // Its log to a file: read through a pipe, every answer's line would wake
    // this process (the counters) in the gateway's run only.
    m_gateway.setLogFile(m_harness.dir() + QStringLiteral("/gateway.log"));
    QVERIFY2(m_gateway.start(m_harness.configFile(), &error), qPrintable(error));
}

LoadRun BenchGatewayLoad::runLoad(const QString& apiBase, const QList<eko::Credentials>& counters,
                                  const QString& refPrefix)
{
    LoadTarget target;
    target.apiBase = QUrl(apiBase + QStringLiteral("/ekoapi/v3"));
    target.counters = counters;
    target.sandboxControl = QUrl(m_sandbox.baseUrl() + QStringLiteral("/sandbox/control/"));
    target.networks = m_networks;
    // A short warm-up (connections opened, caches filled) that is not
    // counted; the measured run goes on over the warm-up's connections.
    LoadGenerator generator(target);
    LoadPlan warmUp = m_plan;
    warmUp.seconds = 2;
    warmUp.seed = m_plan.seed + 1;
    warmUp.refPrefix = refPrefix + QStringLiteral("W");
    const LoadRun first = generator.run(warmUp);
    if (refPrefix.startsWith(u'G')) {
        m_gatewayRefs += first.initiatedRefs;
        // The gateway's own times are read from here on: the warm-up's
        // first connections and enrolment reads are not the measured run's.
        m_measuredLogStart = m_gateway.output().size();
    }
    LoadPlan plan = m_plan;
    plan.refPrefix = refPrefix;
    std::printf("load average before the run: %s\n", qPrintable(loadAverage()));
    std::fflush(stdout);
    const double gatewayBefore = ProcessCpu::seconds(m_gateway.processId());
    const double databaseBefore = ProcessCpu::withChildren(m_cluster.serverProcessId());
    LoadRun run = generator.run(plan);
    m_gatewayCpu = ProcessCpu::seconds(m_gateway.processId()) - gatewayBefore;
    m_databaseCpu = ProcessCpu::withChildren(m_cluster.serverProcessId()) - databaseBefore;
    std::printf("load average after the run: %s\n", qPrintable(loadAverage()));
    return run;
}

bool BenchGatewayLoad::resetSandbox()
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.post(
        QNetworkRequest(QUrl(m_sandbox.baseUrl() + QStringLiteral("/sandbox/control/reset"))), QByteArray());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

void BenchGatewayLoad::straightToSandbox()
{
    m_straightRun = runLoad(m_sandbox.baseUrl(), m_straight, QStringLiteral("S"));
    printRun("straight to the sandbox", m_straightRun);
    // The balance and the call counters start afresh for the gateway's run.
    QVERIFY(resetSandbox());
}

void BenchGatewayLoad::throughGateway()
{
    m_gatewayRun = runLoad(m_gateway.baseUrl().toString(), m_counters, QStringLiteral("G"));
    m_gatewayRefs += m_gatewayRun.initiatedRefs;
    printRun("through the gateway", m_gatewayRun);
    printAutovacuum(m_cluster.serverLog(), m_gatewayRun);
    // The gateway's own log: from its handler's start to the answer written,
    // without the time a request waited to be read (the measured run only).
    std::vector<qint64> handling;
    for (const QByteArray& line : m_gateway.output().mid(m_measuredLogStart).split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("answer"))
            handling.push_back(qint64(o.value(QStringLiteral("ms")).toDouble() * 1e6));
    }
    const LatencyFigures inside = LatencyFigures::of(handling);
    // What a request costs, which holds on a busy machine where latency does not.
    const double answers = double(std::max<size_t>(m_gatewayRun.samples.size(), 1));
    std::printf("  CPU per request: gateway %.0f us, PostgreSQL %.0f us (%.1f s and %.1f s in %.1f s)\n",
                1e6 * m_gatewayCpu / answers, 1e6 * m_databaseCpu / answers, m_gatewayCpu, m_databaseCpu,
                m_gatewayRun.wallSeconds);
    std::printf("  inside the gateway (its log, whole ms, measured run): p50 %.0f ms, p99 %.0f ms, max %.0f "
                "ms (n=%zu)\n",
                inside.p50, inside.p99, inside.max, inside.count);
    const LatencyFigures straight = LatencyFigures::of(latencies(m_straightRun));
    const LatencyFigures gateway = LatencyFigures::of(latencies(m_gatewayRun));
    std::printf("added by the gateway: p50 %.2f ms, p99 %.2f ms (goal: p99 added <= 5 ms)\n",
                gateway.p50 - straight.p50, gateway.p99 - straight.p99);
    std::fflush(stdout);
    QVERIFY2(m_gateway.isRunning(), "the gateway died under load");
}

void BenchGatewayLoad::ledgerAndDuplicates()
{
    // What reached "Eko": every Initiate the sandbox received, per reference.
    const QJsonObject byRef = m_sandbox.control(QStringLiteral("counters"))
                                  .value(QStringLiteral("initiates_by_client_ref_id"))
                                  .toObject();
    int duplicates = 0;
    for (auto it = byRef.begin(); it != byRef.end(); ++it)
        duplicates += it.value().toInt() > 1 ? 1 : 0;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench"));
    db.setConnectOptions(m_database);
    QVERIFY(db.open());
    QSqlQuery q(db);
    const auto count = [&q](const QString& sql) {
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    const int transfers = count(QStringLiteral("SELECT count(*) FROM transfers"));
    const int events = count(QStringLiteral("SELECT count(*) FROM events"));
    const int signatures = count(QStringLiteral("SELECT count(*) FROM used_signatures"));
    // PostgreSQL's own background work on the ledger's tables since the
    // cluster started (warm-ups and both runs): CPU the runs shared.
    QStringList vacuums;
    if (q.exec(QStringLiteral("SELECT relname, autovacuum_count, autoanalyze_count FROM pg_stat_user_tables "
                              "WHERE autovacuum_count + autoanalyze_count > 0 ORDER BY relname"))) {
        while (q.next())
            vacuums.append(QStringLiteral("%1 %2 vacuums, %3 analyzes")
                               .arg(q.value(0).toString())
                               .arg(q.value(1).toInt())
                               .arg(q.value(2).toInt()));
    }
    std::printf("PostgreSQL autovacuum since the cluster started: %s\n",
                vacuums.isEmpty() ? "none" : qPrintable(vacuums.join(QStringLiteral("; "))));
    QStringList states;
    if (q.exec(QStringLiteral("SELECT state, count(*) FROM transfers GROUP BY state ORDER BY state"))) {
        while (q.next())
            states.append(QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toInt()));
    }
    std::printf(
        "ledger: %d transfers (%s), %d events, %d used signatures; Initiates sent %d, received by the "
        "sandbox %d references, duplicate forwards %d\n",
        transfers, qPrintable(states.join(QStringLiteral(", "))), events, signatures,
        int(m_gatewayRefs.size()), int(byRef.size()), duplicates);
    std::fflush(stdout);
    QCOMPARE(duplicates, 0);
    // Each reference that reached the sandbox has its ledger row and no row
    // lacks its forward (an Initiate the gateway refused, 429, has neither).
    QCOMPARE(transfers, int(byRef.size()));
}

COUNTERDESK_TEST_GUILESS_MAIN(BenchGatewayLoad)
#include "bench_gateway_load.moc"
