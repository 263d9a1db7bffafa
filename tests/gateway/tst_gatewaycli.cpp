// counterdesk-cli with a Gateway profile, end to end: the CLI process ->
// counterdesk-gateway (a real process on a throwaway PostgreSQL) -> a
// recording relay -> counterdesk-sandbox (a process). The issue's "done
// when": a transfer completes on both rails, Eko (the sandbox) sees the
// partner's keys and signature and never the counter's secret, the counter
// PC holds no Eko key, and a revoked or wrongly keyed counter is told so in
// words, with nothing sent on.
#include "CliRun.h"
#include "GatewayHarness.h"
#include "PostgresCluster.h"
#include "RecordingProxy.h"
#include "TestRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace counterdesk::tests;

namespace {
// The public UAT keys (REFERENCE.md §2.3): the partner's keys in this test,
// known to the gateway's keys file only.
const QByteArray kDeveloperKey = "becbbce45f79c6f5109f848acd540567";
const QByteArray kAccessKey = "d2fe1d99-6298-4af2-8cc5-d97dcf46df30";
} // namespace

class TestGatewayCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void transferThroughTheGateway_data();
    void transferThroughTheGateway();
    void checkConnectionThroughTheGateway();
    void ekoSawThePartnerNeverTheCounter();
    void counterPcHoldsNoEkoKey();
    void revokedCounterIsToldSo();
    void wrongSecretIsToldSo();
    void missingSecretIsToldSo();
    void httpsGatewayTrustedThroughCaFile();

private:
    // A gateway profile file for this counter id.
    QString writeProfile(const QString& name, const QByteArray& counterId, const QUrl& gateway = {},
                         const QString& caFile = {});
    QStringList common(const QString& profile) const;
    CliResult runAs(const QByteArray& secret, const QString& profile, const QStringList& arguments,
                    const std::function<QByteArray(const QByteArray&)>& feed = {});

    QTemporaryDir m_root;
    PostgresCluster m_cluster;
    SandboxProcess m_sandbox;
    OtpFeeder m_otps{m_sandbox};
    RecordingProxy m_proxy;
    GatewayHarness m_harness;
    GatewayProcess m_gateway;
    std::unique_ptr<CliRunner> m_cli;
    CounterCredential m_shop;
    QString m_profile;
    QStringList m_refs;
};

void TestGatewayCli::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    const QString database = m_cluster.createDatabase(QStringLiteral("ledger"));
    QVERIFY2(!database.isEmpty(), qPrintable(m_cluster.error()));
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY2(m_proxy.start(quint16(QUrl(m_sandbox.baseUrl()).port()), &error), qPrintable(error));
    QVERIFY(m_harness.configure(database,
                                QUrl(QStringLiteral("http://127.0.0.1:%1/ekoapi/v3").arg(m_proxy.port()))));
    m_shop = m_harness.addCounter(QStringLiteral("shop-cli"));
    QVERIFY(!m_shop.id.isEmpty() && !m_shop.secret.isEmpty());
    QVERIFY2(m_gateway.start(m_harness.configFile(), &error), qPrintable(error));
    // The counter's CLI: its own HOME, no Eko key anywhere in its environment.
    m_cli = std::make_unique<CliRunner>(m_root.path());
    QVERIFY(!m_cli->environment().contains(QStringLiteral("COUNTERDESK_DEVELOPER_KEY")));
    QVERIFY(!m_cli->environment().contains(QStringLiteral("COUNTERDESK_ACCESS_KEY")));
    m_profile = writeProfile(QStringLiteral("shop-cli"), m_shop.id);
}

void TestGatewayCli::cleanupTestCase()
{
    m_gateway.stop();
    m_cluster.stop();
}

QString TestGatewayCli::writeProfile(const QString& name, const QByteArray& counterId, const QUrl& gateway,
                                     const QString& caFile)
{
    const QString path = m_root.filePath(name + QStringLiteral(".ini"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("; a counter of the partner's gateway\n[profile]\nname = Partner gateway\nkind = gateway\n"
            "base_url = " +
            (gateway.isEmpty() ? m_gateway.baseUrl() : gateway).toString().toUtf8() +
            "/ekoapi/v3\ncounter_id = " + counterId + "\ntimeout_s = 20\n");
    if (!caFile.isEmpty())
        f.write("ca_file = " + caFile.toUtf8() + "\n");
    return path;
}

QStringList TestGatewayCli::common(const QString& profile) const
{
    return {QStringLiteral("--profile-file"), profile, QStringLiteral("--data-dir"),
            m_root.filePath(QStringLiteral("journal"))};
}

CliResult TestGatewayCli::runAs(const QByteArray& secret, const QString& profile,
                                const QStringList& arguments,
                                const std::function<QByteArray(const QByteArray&)>& feed)
{
    CliRunner cli(m_root.path());
    if (!secret.isEmpty())
        cli.setEnv(QStringLiteral("COUNTERDESK_COUNTER_SECRET"), QString::fromLatin1(secret));
    return cli.run(common(profile) + arguments, feed);
}

void TestGatewayCli::transferThroughTheGateway_data()
{
    QTest::addColumn<QString>("rail");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("amount");
    QTest::newRow("digikhata") << QStringLiteral("digikhata") << QStringLiteral("9000000001")
                               << QStringLiteral("10017680") << QStringLiteral("130");
    QTest::newRow("levin") << QStringLiteral("levin") << QStringLiteral("9000000002")
                           << QStringLiteral("10017740") << QStringLiteral("150");
}

void TestGatewayCli::transferThroughTheGateway()
{
    QFETCH(QString, rail);
    QFETCH(QString, mobile);
    QFETCH(QString, recipient);
    QFETCH(QString, amount);

    const CliResult sent =
        runAs(m_shop.secret, m_profile,
              {QStringLiteral("transfer"), QStringLiteral("--json"), QStringLiteral("--rail"), rail,
               QStringLiteral("--customer"), mobile, QStringLiteral("--recipient-id"), recipient,
               QStringLiteral("--amount"), amount, QStringLiteral("--channel"), QStringLiteral("imps")},
              m_otps.feed(mobile, {QStringLiteral("sender"), QStringLiteral("transaction")}));
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const QJsonObject t = QJsonDocument::fromJson(sent.out).object();
    QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(t.value(QStringLiteral("amount")).toString(), amount + QStringLiteral(".00"));
    const QString ref = t.value(QStringLiteral("client_ref_id")).toString();
    const QString tid = t.value(QStringLiteral("tid")).toString();
    QVERIFY(!tid.isEmpty());
    m_refs << ref;

    // Eko's ledger: the transfer, once, with the amount the agent typed.
    const QJsonObject counters = m_sandbox.control(QStringLiteral("counters"));
    QCOMPARE(counters.value(QStringLiteral("initiates_by_client_ref_id")).toObject().value(ref).toInt(), 1);

    // The counter asks the gateway, which answers for its own transfer.
    const CliResult asked =
        runAs(m_shop.secret, m_profile, {QStringLiteral("inquire"), ref, QStringLiteral("--json")});
    QVERIFY2(asked.exitCode == 0, asked.err.constData());
    const QJsonObject i = QJsonDocument::fromJson(asked.out).object();
    QCOMPARE(i.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(i.value(QStringLiteral("tid")).toString(), tid);
}

void TestGatewayCli::checkConnectionThroughTheGateway()
{
    const CliResult checked =
        runAs(m_shop.secret, m_profile, {QStringLiteral("check-connection"), QStringLiteral("--json")});
    QVERIFY2(checked.exitCode == 0, checked.out + checked.err);
}

void TestGatewayCli::ekoSawThePartnerNeverTheCounter()
{
    QVERIFY(!m_refs.isEmpty());
    const QByteArray wire = m_proxy.sent();
    const QByteArray lower = wire.toLower();
    // Every call Eko received carried the partner's developer key and a
    // secret-key made from its access key (the sandbox checks that one and
    // answered; a transfer completed above).
    QVERIFY2(lower.count("developer_key: " + kDeveloperKey) >= 4, wire.left(2000).constData());
    QVERIFY(lower.count("\r\nsecret-key: ") >= 4);
    QCOMPARE(lower.count("developer_key: "), lower.count("\r\nsecret-key: "));
    for (const QString& ref : std::as_const(m_refs))
        QVERIFY2(wire.contains(ref.toLatin1()), qPrintable(ref));
    // ... and nothing of the counter's: not its secret (in any spelling), not
    // the headers it signed the gateway's requests with, not the raw access key.
    QVERIFY(!wire.contains(m_shop.secret));
    QVERIFY(!wire.contains(m_shop.secret.toBase64()));
    QVERIFY(!wire.contains(m_shop.secret.toHex()));
    QVERIFY(!lower.contains("counter-signature"));
    QVERIFY(!lower.contains("counter-id"));
    QVERIFY(!lower.contains("counter-timestamp"));
    QVERIFY(!wire.contains(kAccessKey));
}

void TestGatewayCli::counterPcHoldsNoEkoKey()
{
    // Nothing the counter's CLI wrote (journal, log, settings) holds an Eko
    // key or the counter's own secret.
    int files = 0;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".ini")))
            continue; // the profile files this test wrote
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        for (const QByteArray& needle : {kDeveloperKey, kAccessKey, m_shop.secret})
            QVERIFY2(!bytes.contains(needle), qPrintable(path));
    }
    QVERIFY(files > 0);
}

void TestGatewayCli::revokedCounterIsToldSo()
{
    const CounterCredential old = m_harness.addCounter(QStringLiteral("shop-closed"));
    QVERIFY(!old.id.isEmpty());
    QCOMPARE(GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("revoke"),
                                         QStringLiteral("shop-closed"), QStringLiteral("--config"),
                                         m_harness.configFile()})
                 .exitCode,
             0);
    const int senderCalls = m_sandbox.callCount(QStringLiteral("get_sender"));
    const CliResult refused =
        runAs(old.secret, writeProfile(QStringLiteral("shop-closed"), old.id),
              {QStringLiteral("transfer"), QStringLiteral("--rail"), QStringLiteral("digikhata"),
               QStringLiteral("--customer"), QStringLiteral("9000000001"), QStringLiteral("--recipient-id"),
               QStringLiteral("10017680"), QStringLiteral("--amount"), QStringLiteral("100")},
              [](const QByteArray&) { return CliRunner::kEndOfInput; });
    QVERIFY2(refused.exitCode != 0, refused.out.constData());
    QVERIFY2(refused.err.contains("revoked by the gateway's administrator"), refused.err.constData());
    QCOMPARE(m_sandbox.callCount(QStringLiteral("get_sender")), senderCalls);

    // A bank look-up is worded as every command's refusal: which credential, not an HTTP status.
    const CliResult lookup = runAs(old.secret, writeProfile(QStringLiteral("shop-closed"), old.id),
                                   {QStringLiteral("bank"), QStringLiteral("HDFC0CAACOB")});
    QCOMPARE(lookup.exitCode, 4); // ExitRefused
    QVERIFY2(lookup.err.contains("revoked by the gateway's administrator"), lookup.err.constData());
}

void TestGatewayCli::wrongSecretIsToldSo()
{
    const CliResult refused = runAs(m_shop.secret + "x", m_profile, {QStringLiteral("check-connection")});
    QVERIFY2(refused.exitCode != 0, refused.out.constData());
    QVERIFY2((refused.out + refused.err).contains("did not accept the counter secret"),
             (refused.out + refused.err).constData());
}

void TestGatewayCli::missingSecretIsToldSo()
{
    const CliResult refused = runAs({}, m_profile, {QStringLiteral("check-connection")});
    QCOMPARE(refused.exitCode, 2); // ExitConfig: nothing was sent
    QVERIFY2(refused.err.contains("COUNTERDESK_COUNTER_SECRET"), refused.err.constData());
}

// A partner that signs its gateway's certificate itself: the counter trusts
// it through the profile's ca_file, and only then.
void TestGatewayCli::httpsGatewayTrustedThroughCaFile()
{
    GatewayHarness tls;
    QString cert;
    const QString database = m_cluster.createDatabase(QStringLiteral("tls"));
    QVERIFY(tls.configureWithTls(
        database, QUrl(QStringLiteral("http://127.0.0.1:%1/ekoapi/v3").arg(m_proxy.port())), &cert));
    const CounterCredential shop = tls.addCounter(QStringLiteral("shop-tls"));
    GatewayProcess gateway;
    QString error;
    QVERIFY2(gateway.start(tls.configFile(), &error), qPrintable(error));
    QCOMPARE(gateway.baseUrl().scheme(), QStringLiteral("https"));

    const CliResult untrusted =
        runAs(shop.secret, writeProfile(QStringLiteral("tls-no-ca"), shop.id, gateway.baseUrl()),
              {QStringLiteral("check-connection")});
    QVERIFY2(untrusted.exitCode != 0, untrusted.out.constData());
    const CliResult trusted =
        runAs(shop.secret, writeProfile(QStringLiteral("tls-ca"), shop.id, gateway.baseUrl(), cert),
              {QStringLiteral("check-connection"), QStringLiteral("--json")});
    QVERIFY2(trusted.exitCode == 0, trusted.out + trusted.err);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestGatewayCli)
#include "tst_gatewaycli.moc"
