// counterdesk-gateway end to end: a throwaway PostgreSQL cluster, the Eko
// sandbox in-process on loopback, and the real counterdesk-gateway executable
// in between, with counters signing their requests (eko::CounterSigner) over
// real HTTP. Nothing is mocked: what a counter, the sandbox and the ledger
// see is what a partner's shops would see.
#include "ConnectProxy.h"
#include "CounterTransfer.h"
#include "GatewayHarness.h"
#include "PostgresCluster.h"
#include "TestRunner.h"
#include "domain/ClientRefId.h"
#include "eko/ResponseClassifier.h"
#include "gateway/ForwardRequest.h"
#include "gateway/Ledger.h"
#include "history/CsvExporter.h"
#include "history/IstDay.h"
#include "http/ServerTls.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <algorithm>

using namespace counterdesk;
using namespace counterdesk::tests;
using eko::Outcome;

namespace {
const QString kDkSender = QStringLiteral("9000000001");
} // namespace

class TestGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void counterCommands();
    void counterChangesComeWithTheirEvents();
    void operatorMessagesInHindi();
    void configErrors_data();
    void configErrors();
    void checkSaysWhatServeWouldUse();
    void transferOnBothRails();
    void secondInitiateIsAnsweredFromTheLedger();
    void duplicateTheLedgerCannotRecordIsNotAnswered();
    void authRefusals();
    void revokedCounterIsRefused();
    void unreadableEnrolmentIsNotUnknownCounter();
    void counterSeesOnlyItsOwnTransfers();
    void twoGatewaysOneDatabase();
    void killBetweenLedgerAndForward();
    void killBetweenForwardAndAnswer();
    void answerTheLedgerCannotKeepIsStillHeard();
    void unreadableLedgerIsNotNotFound();
    void reconcilerSaysWhenItCannotReadTheLedger();
    void reconcilerKeepsTheRowOpenWhenItCannotReadItAgain();
    void replayGuardForgetsOnlyWhatStalenessRefuses();
    void neverForwardedIsConcludedFailed();
    void limitsAnswer429();
    void manyForwardsAtOnce();
    void concurrentInitiatesAnswer429();
    void refusedInitiateWritesNoRow();
    void refundOnceAndOnlyByItsCounter();
    void answerEventsAreBatchedAndWrittenAtStop();
    void healthAndMetrics();
    void identityIsTheGateways();
    void httpsWithTheConfiguredCertificate();
    void ekoOverHttpsWithItsCertificateTrusted();
    void ekoThroughTheConfiguredProxy();
    void keysFromSystemdCredentials();
    void ledgerExportCsv();
    void logIsJsonLinesOnStdout();
    // Last: it stops the database.
    void databaseDownIsNotARefusal();

private:
    // A whole transfer (CounterTransfer) with `ref`; returns Initiate's answer and keeps it in lastInitiate.
    GatewayAnswer transfer(const QUrl& gateway, const CounterCredential& counter, Rail rail,
                           const QString& ref, qint64 rupees = 100);
    eko::InitiateTransactionRequest lastInitiate;
    // The ledger's events of one counter, of one kind or all; -1 when the database cannot be read.
    int eventCount(const QByteArray& counterId, const QString& kind = {}) const;
    // Another gateway process on this database and sandbox, with extraIni in
    // its configuration; the error, or empty once it listens.
    QString startOwnGateway(GatewayHarness& harness, GatewayProcess& process, const QString& extraIni);
    // How many lines of m_gateway's log contain every one of these.
    int logLines(const QList<QByteArray>& needles) const;
    // The kinds of one transfer's events, oldest first ("forward", "answer", ...).
    QStringList transferEvents(const QString& clientRefId) const;
    // Runs SQL statements on the ledger behind the gateway's back; the first error, or empty.
    QString runSql(const QStringList& statements) const;
    // From now on the database refuses to change any transfer's row, as a
    // full disk or a read-only server would (a trigger), until called with
    // false; its error, or empty.
    QString refuseRowChanges(bool refuse) const;
    // From now on the database refuses events of these kinds and any
    // counter's revocation (triggers), until called with an empty list; its
    // error, or empty.
    QString refuseEventsAndRevocations(const QStringList& kinds) const;

    PostgresCluster m_cluster;
    QString m_database;
    sandbox::SandboxServer m_sandbox;
    GatewayHarness m_harness;
    GatewayProcess m_gateway;
    CounterCredential m_shopA;
    CounterCredential m_shopB;
};

void TestGateway::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    m_database = m_cluster.createDatabase(QStringLiteral("ledger"));
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_cluster.error()));
    sandbox::SandboxOptions options;
    options.otpResendCooldownMs = 0;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QVERIFY(m_harness.configure(m_database, m_sandbox.baseUrl()));
    m_shopA = m_harness.addCounter(QStringLiteral("shop-a"));
    m_shopB = m_harness.addCounter(QStringLiteral("shop-b"));
    QVERIFY(!m_shopA.id.isEmpty() && !m_shopA.secret.isEmpty());
    QVERIFY2(m_gateway.start(m_harness.configFile(), &error), qPrintable(error));
    QCOMPARE(m_gateway.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(m_gateway.baseUrl().host(), QStringLiteral("127.0.0.1"));
}

void TestGateway::cleanupTestCase()
{
    m_gateway.stop();
    m_cluster.stop();
}

GatewayAnswer TestGateway::transfer(const QUrl& gateway, const CounterCredential& counter, Rail rail,
                                    const QString& ref, qint64 rupees)
{
    const CounterTransfer done =
        transferThroughGateway(m_harness, m_sandbox, gateway, counter, rail, ref, rupees);
    if (!done.failure.isEmpty()) {
        QTest::qFail(qPrintable(done.failure), __FILE__, __LINE__);
        return {};
    }
    lastInitiate = done.initiate;
    return done.answer;
}

void TestGateway::counterCommands()
{
    const QString config = m_harness.configFile();
    const CommandRun add = GatewayHarness::runCommand(
        {QStringLiteral("counter"), QStringLiteral("add"), QStringLiteral("shop-text"),
         QStringLiteral("--config"), config, QStringLiteral("--user-code"), QStringLiteral("20810299")});
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.contains("counter_id: ctr_"));
    QVERIFY(add.out.contains("secret: cds_"));
    const CommandRun again =
        GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("add"),
                                    QStringLiteral("shop-text"), QStringLiteral("--config"), config});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("exists already"));

    const CommandRun list = GatewayHarness::runCommand(
        {QStringLiteral("counter"), QStringLiteral("list"), QStringLiteral("--config"), config});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("shop-text"));
    QVERIFY(list.out.contains("20810299"));
    QVERIFY(!list.out.contains("cds_")); // the secret is shown once, never listed

    const CommandRun revoke =
        GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("revoke"),
                                    QStringLiteral("shop-text"), QStringLiteral("--config"), config});
    QCOMPARE(revoke.exitCode, 0);
    const CommandRun json =
        GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("list"),
                                    QStringLiteral("--config"), config, QStringLiteral("--json")});
    bool found = false;
    for (const QJsonValue v : QJsonDocument::fromJson(json.out).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("shop-text")) {
            found = true;
            QVERIFY(!o.value(QStringLiteral("revoked")).toString().isEmpty());
        }
    }
    QVERIFY(found);
    const CommandRun revokeTwice =
        GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("revoke"),
                                    QStringLiteral("shop-text"), QStringLiteral("--config"), config});
    QCOMPARE(revokeTwice.exitCode, 1);
}

// A counter's enrolment and revocation are written with their events, both
// or neither; a database that refuses the change is reported as such, never
// as "no such counter".
void TestGateway::counterChangesComeWithTheirEvents()
{
    const QString config = m_harness.configFile();
    const auto run = [&config](const QStringList& args) {
        return GatewayHarness::runCommand(args + QStringList{QStringLiteral("--config"), config});
    };
    const auto listed = [&run]() {
        QHash<QString, QString> revokedByName;
        const CommandRun list =
            run({QStringLiteral("counter"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue v : QJsonDocument::fromJson(list.out).array())
            revokedByName.insert(v[QStringLiteral("name")].toString(),
                                 v[QStringLiteral("revoked")].toString());
        return revokedByName;
    };
    const CommandRun add = run({QStringLiteral("counter"), QStringLiteral("add"),
                                QStringLiteral("shop-events"), QStringLiteral("--json")});
    QCOMPARE(add.exitCode, 0);
    const QByteArray id =
        QJsonDocument::fromJson(add.out)[QStringLiteral("counter_id")].toString().toLatin1();
    QCOMPARE(eventCount(id, QStringLiteral("counter_added")), 1);

    QCOMPARE(refuseEventsAndRevocations({QStringLiteral("counter_added")}), QString());
    const CommandRun refusedAdd =
        run({QStringLiteral("counter"), QStringLiteral("add"), QStringLiteral("shop-refused")});
    const CommandRun refusedRevoke =
        run({QStringLiteral("counter"), QStringLiteral("revoke"), QStringLiteral("shop-events")});
    const QHash<QString, QString> whileRefused = listed();
    QCOMPARE(refuseEventsAndRevocations({}), QString());

    QCOMPARE(refusedAdd.exitCode, 1);
    QVERIFY2(refusedAdd.err.contains("the test refuses"), refusedAdd.err.constData());
    QVERIFY2(!refusedAdd.out.contains("secret"), refusedAdd.out.constData()); // no credential for no row
    QVERIFY(!whileRefused.contains(QStringLiteral("shop-refused")));
    QCOMPARE(refusedRevoke.exitCode, 1);
    QVERIFY2(refusedRevoke.err.contains("the test refuses"), refusedRevoke.err.constData());
    QVERIFY2(!refusedRevoke.err.contains("no active counter"), refusedRevoke.err.constData());
    QVERIFY(whileRefused.contains(QStringLiteral("shop-events")));
    QCOMPARE(whileRefused.value(QStringLiteral("shop-events")), QString()); // still active

    QCOMPARE(
        run({QStringLiteral("counter"), QStringLiteral("revoke"), QStringLiteral("shop-events")}).exitCode,
        0);
    QCOMPARE(eventCount(id, QStringLiteral("counter_revoked")), 1);
    QVERIFY(!listed().value(QStringLiteral("shop-events")).isEmpty());

    // A list the database cannot give is an error, never an empty list.
    QCOMPARE(runSql({QStringLiteral("ALTER TABLE counters RENAME TO counters_away")}), QString());
    const CommandRun unreadable = run({QStringLiteral("counter"), QStringLiteral("list")});
    QCOMPARE(runSql({QStringLiteral("ALTER TABLE counters_away RENAME TO counters")}), QString());
    QCOMPARE(unreadable.exitCode, 1);
    QVERIFY2(unreadable.err.contains("\"counters\""), unreadable.err.constData());
}

// The operator's words follow the system's language, like counterdesk-cli's;
// what programs read (the labelled credential lines, the log) stays as it is.
void TestGateway::operatorMessagesInHindi()
{
    QProcessEnvironment hindi = GatewayHarness::englishEnvironment();
    hindi.insert(QStringLiteral("LANG"), QStringLiteral("hi_IN.UTF-8"));

    const CommandRun noConfig =
        GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("list")}, hindi);
    QCOMPARE(noConfig.exitCode, 1);
    QCOMPARE(QString::fromUtf8(noConfig.err),
             QStringLiteral("counterdesk-gateway: कोई कॉन्फ़िगरेशन नहीं: --config FILE दें\n"));

    const CommandRun add = GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("add"),
                                                       QStringLiteral("shop-hindi"),
                                                       QStringLiteral("--config"), m_harness.configFile()},
                                                      hindi);
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.startsWith("counter_id: ctr_"));
    QVERIFY(add.out.contains("\nsecret: cds_"));
    QVERIFY2(QString::fromUtf8(add.out).contains(QStringLiteral("सीक्रेट केवल अभी दिखाया गया है")),
             add.out.constData());
    const CommandRun twice = GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("add"),
                                                         QStringLiteral("shop-hindi"),
                                                         QStringLiteral("--config"), m_harness.configFile()},
                                                        hindi);
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(QString::fromUtf8(twice.err).contains(QStringLiteral("\"shop-hindi\" नाम का काउंटर पहले से है")),
             twice.err.constData());

    const CommandRun help = GatewayHarness::runCommand({QStringLiteral("--help")}, hindi);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(QString::fromUtf8(help.out).contains(QStringLiteral("INI कॉन्फ़िगरेशन।")), help.out.constData());
    // Qt's own words in it too (ui/text/QtOwnWords).
    QVERIFY2(QString::fromUtf8(help.out).contains(QStringLiteral("\nविकल्प:\n")), help.out.constData());

    // The same words in English elsewhere.
    const CommandRun english =
        GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("list")});
    QCOMPARE(english.err, QByteArray("counterdesk-gateway: no configuration: pass --config FILE\n"));
}

void TestGateway::configErrors_data()
{
    QTest::addColumn<QString>("ini");
    QTest::addColumn<int>("keysMode"); // permissions of the keys file
    QTest::addColumn<QString>("keysText");
    QTest::addColumn<QByteArray>("expected");
    const QString good = QStringLiteral(
        "listen = 127.0.0.1:0\ndatabase = \"%1\"\neko_base_url = http://127.0.0.1:9/ekoapi/v3\n"
        "eko_keys_file = %2\ninitiator_id = 9962981729\nuser_code = 20810200\n");
    const QString keys =
        QStringLiteral("developer_key=d\naccess_key=a\ncounter_key=0123456789abcdef0123456789abcdef\n");
    const int owner = int(QFile::ReadOwner | QFile::WriteOwner);
    QTest::newRow("no section") << QStringLiteral("[other]\nx = 1\n") << owner << keys
                                << QByteArray("no [gateway] section");
    QTest::newRow("unknown key") << QStringLiteral("[gateway]\n") + good + QStringLiteral("listne = 1\n")
                                 << owner << keys << QByteArray("listne: unknown key");
    QTest::newRow("bad listen") << QStringLiteral("[gateway]\n") + good + QStringLiteral("listen = nowhere\n")
                                << owner << keys << QByteArray("listen = nowhere");
    QTest::newRow("plain http off loopback")
        << QStringLiteral("[gateway]\n") + good + QStringLiteral("listen = 0.0.0.0:8443\n") << owner << keys
        << QByteArray("plain HTTP only on loopback");
    QTest::newRow("insecure eko url") << QStringLiteral("[gateway]\n") + good +
                                             QStringLiteral("eko_base_url = http://eko.example/ekoapi/v3\n")
                                      << owner << keys << QByteArray("must be https://");
    QTest::newRow("keys readable by others")
        << QStringLiteral("[gateway]\n") + good << int(owner | QFile::ReadGroup | QFile::ReadOther) << keys
        << QByteArray("group or others may read it");
    QTest::newRow("no counter key") << QStringLiteral("[gateway]\n") + good << owner
                                    << QStringLiteral("developer_key=d\naccess_key=a\n")
                                    << QByteArray("counter_key=");
    QTest::newRow("eko_ca_file without a certificate")
        << QStringLiteral("[gateway]\n") + good + QStringLiteral("eko_ca_file = %2\n") << owner << keys
        << QByteArray("eko_ca_file = ");
    QTest::newRow("database unreachable")
        << QStringLiteral("[gateway]\n") +
               QString(good).replace(
                   QStringLiteral("\"%1\""),
                   QStringLiteral("\"host=127.0.0.1 port=1 dbname=none connect_timeout=5\""))
        << owner << keys << QByteArray("database: ");
    QTest::newRow("proxy with a password")
        << QStringLiteral("[gateway]\n") + good + QStringLiteral("eko_proxy = http://me:pw@127.0.0.1:3128\n")
        << owner << keys << QByteArray("eko_proxy = http://127.0.0.1:3128: expected http://HOST:PORT");
    QTest::newRow("proxy not a URL") << QStringLiteral("[gateway]\n") + good +
                                            QStringLiteral("eko_proxy = http://me:pw@[bad:3128\n")
                                     << owner << keys << QByteArray("eko_proxy = [bad:3128: expected");
    QTest::newRow("bad limit") << QStringLiteral("[gateway]\n") + good +
                                      QStringLiteral("requests_per_minute = many\n")
                               << owner << keys << QByteArray("requests_per_minute = many");
}

void TestGateway::configErrors()
{
    QFETCH(QString, ini);
    QFETCH(int, keysMode);
    QFETCH(QString, keysText);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    QFile keys(dir.filePath(QStringLiteral("keys")));
    QVERIFY(keys.open(QIODevice::WriteOnly));
    keys.write(keysText.toUtf8());
    keys.close();
    keys.setPermissions(QFile::Permissions(keysMode));
    QFile file(dir.filePath(QStringLiteral("gateway.ini")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ini.replace(QStringLiteral("%1"), m_database)
                   .replace(QStringLiteral("%2"), keys.fileName())
                   .toUtf8());
    file.close();
    // `check` refuses what `serve` refuses, in the same words.
    for (const QStringList& command :
         {QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")},
          QStringList{QStringLiteral("check")}}) {
        const CommandRun run =
            GatewayHarness::runCommand(command + QStringList{QStringLiteral("--config"), file.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one line
        QVERIFY(!run.out.contains("listening") && !run.out.contains("configuration OK"));
        QVERIFY(!run.err.contains("me:pw")); // a proxy's password never in the journal
    }
}

void TestGateway::checkSaysWhatServeWouldUse()
{
    const CommandRun plain = GatewayHarness::runCommand(
        {QStringLiteral("check"), QStringLiteral("--config"), m_harness.configFile()});
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QVERIFY2(plain.out.contains("database: reachable, ledger schema version"), plain.out.constData());
    QVERIFY(plain.out.contains("listen: http://127.0.0.1:0"));
    QVERIFY(plain.out.endsWith("configuration OK\n"));
    // The keys are loaded, never printed.
    for (const QByteArray& secret :
         {QByteArray("becbbce45f79"), QByteArray("d2fe1d99-6298"), QByteArray("test-counter-key")})
        QVERIFY(!plain.out.contains(secret) && !plain.err.contains(secret));

    // A certificate ending soon (the test's lasts two days) is named, and the
    // configuration still passes: the gateway serves until the last day.
    GatewayHarness tls;
    QString cert;
    QVERIFY(tls.configureWithTls(m_database, m_sandbox.baseUrl(), &cert));
    const CommandRun https =
        GatewayHarness::runCommand({QStringLiteral("check"), QStringLiteral("--config"), tls.configFile()});
    QVERIFY2(https.exitCode == 0, https.err.constData());
    QVERIFY2(https.out.contains("TLS: the certificate for 127.0.0.1 is valid until"), https.out.constData());
    QVERIFY(https.out.contains("listen: https://127.0.0.1:0"));
    QVERIFY2(https.err.contains("warning: the certificate ends in"), https.err.constData());
}

void TestGateway::transferOnBothRails()
{
    for (const Rail rail : {Rail::DigiKhata, Rail::Levin}) {
        const QString ref = ClientRefId::generate();
        const GatewayAnswer done = transfer(m_gateway.baseUrl(), m_shopA, rail, ref);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(done.httpStatus, 200);
        QCOMPARE(done.result.outcome, Outcome::Success);
        QVERIFY(done.result.transaction && !done.result.transaction->tid.isEmpty());
        // The sandbox checks Eko's own signature: it accepted the partner's keys.
        QCOMPARE(m_sandbox.initiateCount(ref), 1);
        gateway::Ledger ledger(m_database, QStringLiteral("check"));
        QVERIFY2(ledger.isOpen(), qPrintable(ledger.error()));
        const std::optional<gateway::LedgerTransfer> row = ledger.transferByRef(ref);
        QVERIFY(row);
        QCOMPARE(row->state, journal::TransferState::Success);
        QCOMPARE(row->counterId, QString::fromLatin1(m_shopA.id));
        QCOMPARE(row->amountPaise, qint64(10000));
        QCOMPARE(row->tid, done.result.transaction->tid);
        QCOMPARE(row->rail, rail);
    }
}

void TestGateway::secondInitiateIsAnsweredFromTheLedger()
{
    const QString ref = ClientRefId::generate();
    const GatewayAnswer first = transfer(m_gateway.baseUrl(), m_shopA, Rail::DigiKhata, ref);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(first.result.outcome, Outcome::Success);
    // The decision to send it, written with its row, and Eko's answer.
    QCOMPARE(transferEvents(ref), QStringList({QStringLiteral("forward"), QStringLiteral("answer")}));
    const int initiates = m_sandbox.callCount(QStringLiteral("initiate_transaction"));
    const GatewayAnswer second = m_harness.send(m_gateway.baseUrl(), m_shopA, m_harness.wire(lastInitiate));
    QCOMPARE(second.result.outcome, Outcome::Success);
    QCOMPARE(second.result.transaction->tid, first.result.transaction->tid);
    QCOMPARE(m_sandbox.initiateCount(ref), 1);
    QCOMPARE(m_sandbox.callCount(QStringLiteral("initiate_transaction")), initiates);
    // Another counter sending the same reference learns nothing and moves nothing.
    const GatewayAnswer other = m_harness.send(m_gateway.baseUrl(), m_shopB, m_harness.wire(lastInitiate));
    QVERIFY(other.result.outcome != Outcome::Success);
    QCOMPARE(m_sandbox.initiateCount(ref), 1);
    QCOMPARE(transferEvents(ref),
             QStringList({QStringLiteral("forward"), QStringLiteral("answer"),
                          QStringLiteral("duplicate_initiate"), QStringLiteral("duplicate_initiate")}));
}

// A re-sent Initiate is answered from the ledger only once its
// `duplicate_initiate` event is written: while the database refuses the
// event, the counter hears "ledger unavailable" (try again), nothing is
// forwarded, and the next try gets the stored outcome.
void TestGateway::duplicateTheLedgerCannotRecordIsNotAnswered()
{
    const QString ref = ClientRefId::generate();
    const GatewayAnswer first = transfer(m_gateway.baseUrl(), m_shopA, Rail::DigiKhata, ref);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(first.result.outcome, Outcome::Success);
    const eko::WireRequest again = m_harness.wire(lastInitiate);

    QCOMPARE(refuseEventsAndRevocations({QStringLiteral("duplicate_initiate")}), QString());
    const GatewayAnswer refused = m_harness.send(m_gateway.baseUrl(), m_shopA, again);
    const QStringList eventsWhileRefused = transferEvents(ref);
    QCOMPARE(refuseEventsAndRevocations({}), QString());

    QCOMPARE(refused.httpStatus, 503);
    QVERIFY(refused.result.outcome != Outcome::Success && refused.result.outcome != Outcome::Failed);
    QCOMPARE(eventsWhileRefused, QStringList({QStringLiteral("forward"), QStringLiteral("answer")}));
    const GatewayAnswer answered = m_harness.send(m_gateway.baseUrl(), m_shopA, again);
    QCOMPARE(answered.result.outcome, Outcome::Success);
    QVERIFY(answered.result.transaction);
    QCOMPARE(answered.result.transaction->tid, first.result.transaction->tid);
    QCOMPARE(transferEvents(ref), QStringList({QStringLiteral("forward"), QStringLiteral("answer"),
                                               QStringLiteral("duplicate_initiate")}));
    QCOMPARE(m_sandbox.initiateCount(ref), 1);
}

void TestGateway::authRefusals()
{
    const eko::WireRequest wire = m_harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    const int before = m_sandbox.callCount(QStringLiteral("get_sender"));
    auto expectRefused = [](const GatewayAnswer& a, eko::GatewayRefusal cause) {
        QCOMPARE(a.httpStatus, 403);
        QVERIFY(!a.date.isEmpty());
        // The counter's own classifier reads it as Eko's JSON auth 403
        // (nothing was done) and knows the cause, to word it for the agent.
        QVERIFY(eko::ResponseClassifier::isEkoAuthRefusal(a.result));
        QCOMPARE(a.result.gatewayRefusal, cause);
    };
    CounterCredential wrong = m_shopA;
    wrong.secret = "cds_not_the_secret";
    expectRefused(m_harness.send(m_gateway.baseUrl(), wrong, wire), eko::GatewayRefusal::BadSignature);
    CounterCredential stranger{"ctr_0000000000000000", m_shopA.secret};
    expectRefused(m_harness.send(m_gateway.baseUrl(), stranger, wire), eko::GatewayRefusal::UnknownCounter);
    const qint64 stale = QDateTime::currentMSecsSinceEpoch() - 301 * 1000;
    expectRefused(m_harness.send(m_gateway.baseUrl(), m_shopA, wire, stale),
                  eko::GatewayRefusal::StaleTimestamp);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const GatewayAnswer once = m_harness.send(m_gateway.baseUrl(), m_shopA, wire, now);
    QCOMPARE(once.httpStatus, 200);
    expectRefused(m_harness.send(m_gateway.baseUrl(), m_shopA, wire, now), eko::GatewayRefusal::Replayed);
    QCOMPARE(m_sandbox.callCount(QStringLiteral("get_sender")), before + 1);
}

void TestGateway::revokedCounterIsRefused()
{
    const CounterCredential shop = m_harness.addCounter(QStringLiteral("shop-revoked"));
    const eko::WireRequest wire = m_harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    QCOMPARE(m_harness.send(m_gateway.baseUrl(), shop, wire).httpStatus, 200);
    QCOMPARE(GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("revoke"),
                                         QStringLiteral("shop-revoked"), QStringLiteral("--config"),
                                         m_harness.configFile()})
                 .exitCode,
             0);
    // The gateway read this counter's enrolment at its first request and
    // keeps it: the revocation must still be seen, and nothing recorded.
    const int eventsBefore = eventCount(shop.id);
    QVERIFY(eventsBefore > 0);
    const GatewayAnswer refused = m_harness.send(m_gateway.baseUrl(), shop, wire);
    QCOMPARE(refused.httpStatus, 403);
    QCOMPARE(refused.result.gatewayRefusal, eko::GatewayRefusal::Revoked);
    QCOMPARE(eventCount(shop.id), eventsBefore);
}

// A counter whose enrolment the gateway has not read yet, while the table
// cannot be read: "ledger unavailable" (503, try again), never "unknown
// counter", which would tell the shop its credential is wrong.
void TestGateway::unreadableEnrolmentIsNotUnknownCounter()
{
    const CounterCredential shop = m_harness.addCounter(QStringLiteral("shop-not-read-yet"));
    QVERIFY(!shop.id.isEmpty());
    const eko::WireRequest wire = m_harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    QCOMPARE(runSql({QStringLiteral("ALTER TABLE counters RENAME TO counters_away")}), QString());
    const GatewayAnswer unread = m_harness.send(m_gateway.baseUrl(), shop, wire);
    QCOMPARE(runSql({QStringLiteral("ALTER TABLE counters_away RENAME TO counters")}), QString());
    QCOMPARE(unread.httpStatus, 503);
    QVERIFY(unread.result.gatewayRefusal != eko::GatewayRefusal::UnknownCounter);
    QCOMPARE(m_harness.send(m_gateway.baseUrl(), shop, wire).httpStatus, 200);
}

void TestGateway::counterSeesOnlyItsOwnTransfers()
{
    const QString ref = ClientRefId::generate();
    const GatewayAnswer done = transfer(m_gateway.baseUrl(), m_shopA, Rail::DigiKhata, ref);
    if (QTest::currentTestFailed())
        return;
    const eko::WireRequest byRef =
        m_harness.wire(eko::TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, ref));
    const GatewayAnswer mine = m_harness.send(m_gateway.baseUrl(), m_shopA, byRef);
    QCOMPARE(mine.result.outcome, Outcome::Success);
    QCOMPARE(mine.result.transaction->tid, done.result.transaction->tid);
    const GatewayAnswer theirs = m_harness.send(m_gateway.baseUrl(), m_shopB, byRef);
    QCOMPARE(theirs.result.reason, eko::Reason::TransactionNotFound);
    const GatewayAnswer byTid = m_harness.send(
        m_gateway.baseUrl(), m_shopB,
        m_harness.wire(eko::TransactionInquiryRequest::byTid(Rail::DigiKhata, done.result.transaction->tid)));
    QCOMPARE(byTid.result.reason, eko::Reason::TransactionNotFound);
}

void TestGateway::twoGatewaysOneDatabase()
{
    GatewayProcess second;
    QString error;
    QVERIFY2(second.start(m_harness.configFile(), &error), qPrintable(error));
    QVERIFY(second.baseUrl() != m_gateway.baseUrl());
    const QString ref = ClientRefId::generate();
    const GatewayAnswer viaSecond = transfer(second.baseUrl(), m_shopA, Rail::DigiKhata, ref);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(viaSecond.result.outcome, Outcome::Success);
    // The first process knows it at once: same ledger, never forwarded again.
    const GatewayAnswer viaFirst = m_harness.send(m_gateway.baseUrl(), m_shopA, m_harness.wire(lastInitiate));
    QCOMPARE(viaFirst.result.outcome, Outcome::Success);
    QCOMPARE(viaFirst.result.transaction->tid, viaSecond.result.transaction->tid);
    QCOMPARE(m_sandbox.initiateCount(ref), 1);
    // A replayed signature is caught across processes too.
    const eko::WireRequest wire = m_harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(m_harness.send(second.baseUrl(), m_shopA, wire, now).httpStatus, 200);
    QCOMPARE(m_harness.send(m_gateway.baseUrl(), m_shopA, wire, now).httpStatus, 403);
    second.stop();
}

void TestGateway::killBetweenLedgerAndForward()
{
    GatewayProcess crashing;
    QString error;
    QVERIFY2(crashing.start(m_harness.configFile(), &error, "after_ledger"), qPrintable(error));
    const QString ref = ClientRefId::generate();
    const GatewayAnswer lost = transfer(crashing.baseUrl(), m_shopA, Rail::DigiKhata, ref);
    QCOMPARE(lost.httpStatus, 0); // the connection died with the process
    QTRY_VERIFY_WITH_TIMEOUT(!crashing.isRunning(),
                             10000); // its exit may reach us after the refused connection
    QCOMPARE(m_sandbox.initiateCount(ref), 0);
    // The row never stands without the decision to send it.
    QCOMPARE(transferEvents(ref), QStringList(QStringLiteral("forward")));
    // After a restart (the main gateway stands in for it) the counter asks:
    // Eko never had it, the row is still open, and no debit exists.
    const GatewayAnswer asked =
        m_harness.send(m_gateway.baseUrl(), m_shopA,
                       m_harness.wire(eko::TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, ref)));
    QCOMPARE(asked.result.reason, eko::Reason::TransactionNotFound);
    gateway::Ledger ledger(m_database, QStringLiteral("check"));
    const std::optional<gateway::LedgerTransfer> row = ledger.transferByRef(ref);
    QVERIFY(row);
    QVERIFY(journal::isOpen(row->state));
    QVERIFY(row->tid.isEmpty());
    // The same reference is never forwarded again, whatever the counter does.
    const GatewayAnswer again = m_harness.send(m_gateway.baseUrl(), m_shopA, m_harness.wire(lastInitiate));
    QCOMPARE(again.result.outcome, Outcome::Pending);
    QCOMPARE(m_sandbox.initiateCount(ref), 0);
}

void TestGateway::killBetweenForwardAndAnswer()
{
    GatewayProcess crashing;
    QString error;
    QVERIFY2(crashing.start(m_harness.configFile(), &error, "after_forward"), qPrintable(error));
    const QString ref = ClientRefId::generate();
    const GatewayAnswer lost = transfer(crashing.baseUrl(), m_shopA, Rail::DigiKhata, ref);
    QCOMPARE(lost.httpStatus, 0);
    QCOMPARE(m_sandbox.initiateCount(ref), 1); // Eko debited; the gateway died before recording it
    {
        gateway::Ledger ledger(m_database, QStringLiteral("check"));
        QCOMPARE(ledger.transferByRef(ref)->state, journal::TransferState::Submitting);
    }
    // Restarted: a re-sent Initiate is not forwarded; the counter's inquiry
    // is asked of Eko and settles the row.
    const GatewayAnswer again = m_harness.send(m_gateway.baseUrl(), m_shopA, m_harness.wire(lastInitiate));
    QCOMPARE(again.result.outcome, Outcome::Pending);
    const GatewayAnswer asked =
        m_harness.send(m_gateway.baseUrl(), m_shopA,
                       m_harness.wire(eko::TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, ref)));
    QCOMPARE(asked.result.outcome, Outcome::Success);
    gateway::Ledger ledger(m_database, QStringLiteral("check"));
    const std::optional<gateway::LedgerTransfer> row = ledger.transferByRef(ref);
    QCOMPARE(row->state, journal::TransferState::Success);
    QCOMPARE(row->tid, asked.result.transaction->tid);
    // Now final: a re-sent Initiate hears the outcome (the inquiry's answer), still not forwarded.
    const GatewayAnswer settled = m_harness.send(m_gateway.baseUrl(), m_shopA, m_harness.wire(lastInitiate));
    QCOMPARE(settled.result.outcome, Outcome::Success);
    QCOMPARE(settled.result.transaction->tid, row->tid);
    QCOMPARE(m_sandbox.initiateCount(ref), 1); // one debit
}

// Eko answered an Initiate, but the ledger refuses to keep the answer: the
// counter still hears it (true whatever the ledger could write), the operator
// reads which transfer in the log, and the row stays open, its answer and the
// answer's event neither written, until an inquiry settles it once the
// database takes writes again. One debit.
void TestGateway::answerTheLedgerCannotKeepIsStillHeard()
{
    const QString ref = ClientRefId::generate();
    QCOMPARE(refuseRowChanges(true), QString());
    const GatewayAnswer answer = transfer(m_gateway.baseUrl(), m_shopA, Rail::DigiKhata, ref);
    const QString tid = answer.result.transaction ? answer.result.transaction->tid : QString();
    const auto refusals = [this, &ref](const QByteArray& what) {
        return logLines({"\"event\":\"ledger_not_written\"", ref.toLatin1(), "\"what\":\"" + what + '"'});
    };
    const eko::WireRequest inquiry =
        m_harness.wire(eko::TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, ref));
    // While it refuses: an inquiry is heard too, its event kept, the row unchanged.
    const GatewayAnswer early = m_harness.send(m_gateway.baseUrl(), m_shopA, inquiry);
    const QStringList eventsWhileRefused = transferEvents(ref);
    const QString allowed = refuseRowChanges(false);
    QCOMPARE(allowed, QString());

    QCOMPARE(answer.result.outcome, Outcome::Success);
    QVERIFY(!tid.isEmpty());
    QTRY_COMPARE(refusals("answer"), 1);
    QCOMPARE(early.result.outcome, Outcome::Success);
    QTRY_COMPARE(refusals("inquiry"), 1);
    QUrl metricsUrl = m_gateway.baseUrl();
    metricsUrl.setPath(QStringLiteral("/metrics"));
    const QByteArray metrics = GatewayHarness::get(metricsUrl).body;
    QVERIFY2(metrics.contains("counterdesk_gateway_ledger_failures_total{what=\"answer\"} 1\n"),
             metrics.constData());
    QVERIFY(metrics.contains("counterdesk_gateway_ledger_failures_total{what=\"inquiry\"} 1\n"));
    QCOMPARE(eventsWhileRefused, QStringList({QStringLiteral("forward"), QStringLiteral("inquiry")}));
    gateway::Ledger ledger(m_database, QStringLiteral("check"));
    QCOMPARE(ledger.transferByRef(ref)->state, journal::TransferState::Submitting);

    const GatewayAnswer asked = m_harness.send(m_gateway.baseUrl(), m_shopA, inquiry);
    QCOMPARE(asked.result.outcome, Outcome::Success);
    const std::optional<gateway::LedgerTransfer> row = ledger.transferByRef(ref);
    QCOMPARE(row->state, journal::TransferState::Success);
    QCOMPARE(row->tid, tid);
    QCOMPARE(transferEvents(ref),
             QStringList({QStringLiteral("forward"), QStringLiteral("inquiry"), QStringLiteral("inquiry")}));
    QCOMPARE(m_sandbox.initiateCount(ref), 1);
}

// The transfer an inquiry or a refund is about cannot be read (here its
// table is away for a moment): the counter hears "ledger unavailable" (503,
// try again), never Eko's "not found", which its reconciler would count
// towards concluding that the transfer never happened; nothing is forwarded.
void TestGateway::unreadableLedgerIsNotNotFound()
{
    const QString ref = ClientRefId::generate();
    const GatewayAnswer sent = transfer(m_gateway.baseUrl(), m_shopA, Rail::DigiKhata, ref);
    QCOMPARE(sent.result.outcome, Outcome::Success);
    QVERIFY(sent.result.transaction);
    const QString tid = sent.result.transaction->tid;
    const eko::WireRequest byRef =
        m_harness.wire(eko::TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, ref));
    const eko::WireRequest byTid =
        m_harness.wire(eko::TransactionInquiryRequest::byTid(Rail::DigiKhata, tid));
    const int inquiriesBefore = m_sandbox.callCount(QStringLiteral("transaction_inquiry"));

    QCOMPARE(runSql({QStringLiteral("ALTER TABLE transfers RENAME TO transfers_away")}), QString());
    const GatewayAnswer askedByRef = m_harness.send(m_gateway.baseUrl(), m_shopA, byRef);
    const GatewayAnswer askedByTid = m_harness.send(m_gateway.baseUrl(), m_shopA, byTid);
    QCOMPARE(runSql({QStringLiteral("ALTER TABLE transfers_away RENAME TO transfers")}), QString());

    for (const GatewayAnswer& answer : {askedByRef, askedByTid}) {
        QCOMPARE(answer.httpStatus, 503);
        QVERIFY(answer.result.reason != eko::Reason::TransactionNotFound);
        QVERIFY(answer.result.outcome != Outcome::Failed);
    }
    QCOMPARE(m_sandbox.callCount(QStringLiteral("transaction_inquiry")), inquiriesBefore);
    // Readable again: the stored outcome.
    QCOMPARE(m_harness.send(m_gateway.baseUrl(), m_shopA, byRef).result.outcome, Outcome::Success);
}

// The gateway's own poller of open rows (every 5 s) cannot read them: it
// says so in the log each round instead of skipping in silence, and goes on
// once the ledger is readable again.
void TestGateway::reconcilerSaysWhenItCannotReadTheLedger()
{
    const auto unread = [this] {
        return logLines(
            {"\"event\":\"ledger_not_read\"", "\"what\":\"open_transfers\"", "\\\"transfers\\\""});
    };
    const int before = unread();
    QCOMPARE(runSql({QStringLiteral("ALTER TABLE transfers RENAME TO transfers_away")}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(unread() > before, 12000);
    QUrl url = m_gateway.baseUrl();
    url.setPath(QStringLiteral("/metrics"));
    // Monitoring is not told "nothing open": the counts are missing and the ledger is down for it.
    const QByteArray metricsWhileAway = GatewayHarness::get(url).body;
    QCOMPARE(runSql({QStringLiteral("ALTER TABLE transfers_away RENAME TO transfers")}), QString());
    QVERIFY2(metricsWhileAway.contains("counterdesk_gateway_database_up 0\n"), metricsWhileAway.constData());
    QVERIFY(!metricsWhileAway.contains("counterdesk_gateway_open_transfers{"));
    // The failed reads are counted for the operator's monitoring too.
    QVERIFY(GatewayHarness::get(url).body.contains(
        "counterdesk_gateway_ledger_failures_total{what=\"open_transfers\"}"));
    const int afterwards = unread();
    // Readable again: no more such lines, and transfers go on.
    const QString ref = ClientRefId::generate();
    QCOMPARE(transfer(m_gateway.baseUrl(), m_shopA, Rail::DigiKhata, ref).result.outcome, Outcome::Success);
    QTest::qWait(5500);
    QCOMPARE(unread(), afterwards);
}

// The poller asked Eko about an open row, and before its answer is recorded
// the row cannot be read again (its table is away while Eko is slow): the
// log says the inquiry was not written, the row stays open as it was, and
// the next round records an answer once the ledger is back.
void TestGateway::reconcilerKeepsTheRowOpenWhenItCannotReadItAgain()
{
    const QString ref = ClientRefId::generate();
    // An UNKNOWN row a day old: due at once for the gateway's poller (every 5 s).
    QCOMPARE(
        runSql({QStringLiteral("INSERT INTO transfers (client_ref_id, counter_id, rail, amount_paise, state, "
                               "created_at, updated_at) VALUES ('%1', '%2', 'digikhata', 1000, 'UNKNOWN', "
                               "now() - interval '1 day', now() - interval '1 day')")
                    .arg(ref, QString::fromLatin1(m_shopA.id))}),
        QString());
    sandbox::FaultRule slow;
    slow.callName = QStringLiteral("transaction_inquiry");
    slow.fault = sandbox::Fault::Delay;
    slow.delayMs = 2000;
    slow.times = 1;
    m_sandbox.addFault(slow);
    const int asked = m_sandbox.callCount(QStringLiteral("transaction_inquiry"));
    const auto notWritten = [this, &ref] {
        return logLines({"\"event\":\"ledger_not_written\"", ref.toLatin1(), "\"what\":\"inquiry\""});
    };

    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.callCount(QStringLiteral("transaction_inquiry")) > asked, 8000);
    QCOMPARE(runSql({QStringLiteral("ALTER TABLE transfers RENAME TO transfers_away")}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(notWritten() > 0, 6000);
    QCOMPARE(runSql({QStringLiteral("ALTER TABLE transfers_away RENAME TO transfers")}), QString());
    m_sandbox.clearFaults();

    gateway::Ledger ledger(m_database, QStringLiteral("check"));
    std::optional<gateway::LedgerTransfer> row = ledger.transferByRef(ref);
    QVERIFY(row);
    QCOMPARE(row->state, journal::TransferState::Unknown);
    QCOMPARE(row->inquiries, 0);
    QVERIFY(transferEvents(ref).isEmpty());
    // The next round asks again and records Eko's answer ("not found": still open, counted).
    QTRY_VERIFY_WITH_TIMEOUT(ledger.transferByRef(ref)->inquiries > 0, 12000);
    QCOMPARE(ledger.transferByRef(ref)->notFoundAnswers, 1);
    QCOMPARE(transferEvents(ref), QStringList({QStringLiteral("inquiry")}));
}

// A row Eko never had (the gateway died before forwarding) is concluded
// FAILED by the desktop app's own rule (transfer::NeverCreated), counted in
// the ledger: here after 2 "not found" answers at any age (the test's
// override of 5 answers over 30 minutes), and never forwarded on the way.
void TestGateway::neverForwardedIsConcludedFailed()
{
    GatewayProcess crashing;
    QString error;
    QVERIFY2(crashing.start(m_harness.configFile(), &error, "after_ledger"), qPrintable(error));
    const QString ref = ClientRefId::generate();
    QCOMPARE(transfer(crashing.baseUrl(), m_shopA, Rail::DigiKhata, ref).httpStatus, 0);
    GatewayProcess patient;
    patient.setEnv(QStringLiteral("COUNTERDESK_GATEWAY_TEST_NOT_FOUND"), QStringLiteral("2,0"));
    QVERIFY2(patient.start(m_harness.configFile(), &error), qPrintable(error));
    const eko::WireRequest inquiry =
        m_harness.wire(eko::TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, ref));
    gateway::Ledger ledger(m_database, QStringLiteral("check"));

    QCOMPARE(m_harness.send(patient.baseUrl(), m_shopA, inquiry).result.reason,
             eko::Reason::TransactionNotFound);
    std::optional<gateway::LedgerTransfer> row = ledger.transferByRef(ref);
    QCOMPARE(row->state, journal::TransferState::Unknown); // once is not enough
    QCOMPARE(row->notFoundAnswers, 1);

    QCOMPARE(m_harness.send(patient.baseUrl(), m_shopA, inquiry).result.reason,
             eko::Reason::TransactionNotFound);
    row = ledger.transferByRef(ref);
    QCOMPARE(row->state, journal::TransferState::Failed);
    QCOMPARE(row->notFoundAnswers, 2);
    QVERIFY(row->tid.isEmpty());
    // Final now: a later answer changes nothing, and the reference is still never sent.
    QCOMPARE(m_harness.send(patient.baseUrl(), m_shopA, inquiry).result.reason,
             eko::Reason::TransactionNotFound);
    QCOMPARE(ledger.transferByRef(ref)->state, journal::TransferState::Failed);
    QCOMPARE(m_harness.send(patient.baseUrl(), m_shopA, m_harness.wire(lastInitiate)).result.outcome,
             Outcome::Pending);
    QCOMPARE(m_sandbox.initiateCount(ref), 0);
    // Concluded with its reason, once.
    QCOMPARE(transferEvents(ref),
             QStringList({QStringLiteral("forward"), QStringLiteral("inquiry"), QStringLiteral("inquiry"),
                          QStringLiteral("concluded"), QStringLiteral("inquiry"),
                          QStringLiteral("duplicate_initiate")}));
}

int TestGateway::eventCount(const QByteArray& counterId, const QString& kind) const
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("event-count"));
        db.setConnectOptions(m_database);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE counter_id = ?") +
                      (kind.isEmpty() ? QString() : QStringLiteral(" AND kind = ?")));
            q.addBindValue(QString::fromLatin1(counterId));
            if (!kind.isEmpty())
                q.addBindValue(kind);
            if (q.exec() && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("event-count"));
    return n;
}

QString TestGateway::startOwnGateway(GatewayHarness& harness, GatewayProcess& process,
                                     const QString& extraIni)
{
    if (!harness.configure(m_database, m_sandbox.baseUrl(), extraIni))
        return QStringLiteral("could not write the configuration");
    QString error;
    return process.start(harness.configFile(), &error) ? QString() : error;
}

int TestGateway::logLines(const QList<QByteArray>& needles) const
{
    int n = 0;
    for (const QByteArray& line : m_gateway.output().split('\n'))
        n += std::all_of(needles.begin(), needles.end(),
                         [&line](const QByteArray& needle) { return line.contains(needle); });
    return n;
}

QStringList TestGateway::transferEvents(const QString& clientRefId) const
{
    QStringList kinds;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("transfer-events"));
        db.setConnectOptions(m_database);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT e.kind FROM events e JOIN transfers t ON t.id = e.transfer_id "
                                     "WHERE t.client_ref_id = ? ORDER BY e.id"));
            q.addBindValue(clientRefId);
            if (q.exec()) {
                while (q.next())
                    kinds.append(q.value(0).toString());
            } else {
                kinds.append(QStringLiteral("error: ") + q.lastError().text());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("transfer-events"));
    return kinds;
}

QString TestGateway::runSql(const QStringList& statements) const
{
    return PostgresCluster::runSql(m_database, statements);
}

QString TestGateway::refuseEventsAndRevocations(const QStringList& kinds) const
{
    if (kinds.isEmpty())
        return runSql({QStringLiteral("DROP TRIGGER test_refuse_events ON events"),
                       QStringLiteral("DROP TRIGGER test_refuse_revocations ON counters"),
                       QStringLiteral("DROP FUNCTION test_refuse_change()")});
    return runSql(
        {QStringLiteral("CREATE FUNCTION test_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        "BEGIN RAISE EXCEPTION 'the test refuses this change'; END $$"),
         QStringLiteral("CREATE TRIGGER test_refuse_events BEFORE INSERT ON events FOR EACH ROW "
                        "WHEN (NEW.kind IN ('%1')) EXECUTE FUNCTION test_refuse_change()")
             .arg(kinds.join(QStringLiteral("', '"))),
         QStringLiteral("CREATE TRIGGER test_refuse_revocations BEFORE UPDATE OF revoked_at ON counters "
                        "FOR EACH ROW EXECUTE FUNCTION test_refuse_change()")});
}

QString TestGateway::refuseRowChanges(bool refuse) const
{
    return runSql(
        refuse ? QStringList{QStringLiteral("CREATE FUNCTION test_refuse_row() RETURNS trigger "
                                            "LANGUAGE plpgsql AS $$ BEGIN "
                                            "RAISE EXCEPTION 'the test refuses row changes'; END $$"),
                             QStringLiteral("CREATE TRIGGER test_refuse_row BEFORE UPDATE ON transfers "
                                            "FOR EACH ROW EXECUTE FUNCTION test_refuse_row()")}
               : QStringList{QStringLiteral("DROP TRIGGER test_refuse_row ON transfers"),
                             QStringLiteral("DROP FUNCTION test_refuse_row()")});
}

// The answer to a call that moves no money is written with a batch of
// events, a few milliseconds later; a gateway stopped with SIGTERM (systemctl
// stop) writes what is still waiting before it exits.
void TestGateway::answerEventsAreBatchedAndWrittenAtStop()
{
    const eko::WireRequest wire = m_harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    const CounterCredential prompt = m_harness.addCounter(QStringLiteral("shop-prompt"));
    QCOMPARE(m_harness.send(m_gateway.baseUrl(), prompt, wire).httpStatus, 200);
    QTRY_COMPARE(eventCount(prompt.id, QStringLiteral("answer")), 1); // event_batch_ms: 20 by default

    GatewayHarness patient;
    QVERIFY(patient.configure(m_database, m_sandbox.baseUrl(), QStringLiteral("event_batch_ms = 600000\n")));
    const CounterCredential shop = patient.addCounter(QStringLiteral("shop-batched"));
    GatewayProcess process;
    QString error;
    QVERIFY2(process.start(patient.configFile(), &error), qPrintable(error));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(patient.send(process.baseUrl(), shop, wire).httpStatus, 200);
    QCOMPARE(eventCount(shop.id, QStringLiteral("request")), 3); // admitted: written before the forward
    QCOMPARE(eventCount(shop.id, QStringLiteral("answer")), 0);  // waiting, for ten minutes here
    // An operator sees them waiting.
    QVERIFY(GatewayHarness::get(process.baseUrl().resolved(QUrl(QStringLiteral("/metrics"))))
                .body.contains("\ncounterdesk_gateway_events_queued 3\n"));
    process.stop(); // SIGTERM
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.output().contains("\"event\":\"stopping\""));
    QCOMPARE(eventCount(shop.id, QStringLiteral("answer")), 3);
}

// Eko holds a call for up to seconds. Twenty counters' calls at once all
// reach Eko at once: none waits for another's answer (Qt's network manager,
// which the gateway no longer uses for its forwards, sends six at a time to
// one host).
void TestGateway::manyForwardsAtOnce()
{
    const CounterCredential shop = m_harness.addCounter(QStringLiteral("shop-twenty-at-once"));
    QVERIFY(!shop.id.isEmpty());
    const eko::WireRequest wire = m_harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    sandbox::FaultRule slow;
    slow.callName = QStringLiteral("get_sender");
    slow.fault = sandbox::Fault::Delay;
    slow.delayMs = 4000;
    slow.times = 20;
    m_sandbox.addFault(slow);
    const int before = m_sandbox.callCount(QStringLiteral("get_sender"));

    // One network manager per request, so that the counters' side never queues.
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    QList<QNetworkReply*> replies;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 20; ++i) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        // A timestamp of its own each: the same signature twice would be a replay.
        replies.append(m_harness.sendOn(*networks.back(), m_gateway.baseUrl(), shop, wire, now + i));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.callCount(QStringLiteral("get_sender")) - before, 20, 3500);
    for (QNetworkReply* reply : std::as_const(replies))
        QVERIFY(!reply->isFinished()); // all forwarded while the first was still held
    for (QNetworkReply* reply : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
}

void TestGateway::limitsAnswer429()
{
    GatewayHarness limited;
    GatewayProcess process;
    const QString error = startOwnGateway(limited, process, QStringLiteral("requests_per_minute = 3\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CounterCredential shop = limited.addCounter(QStringLiteral("shop-busy"));
    const eko::WireRequest wire = limited.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(limited.send(process.baseUrl(), shop, wire).httpStatus, 200);
    const int before = m_sandbox.callCount(QStringLiteral("get_sender"));
    const GatewayAnswer over = limited.send(process.baseUrl(), shop, wire);
    QCOMPARE(over.httpStatus, 429);
    QVERIFY(over.retryAfter.toInt() > 0);
    QCOMPARE(m_sandbox.callCount(QStringLiteral("get_sender")), before);
    // Another counter is not held back by this one.
    const CounterCredential calm = limited.addCounter(QStringLiteral("shop-calm"));
    QCOMPARE(limited.send(process.baseUrl(), calm, wire).httpStatus, 200);
}

// concurrent_initiates counts the counter's SUBMITTING rows, whichever
// process wrote them: here one a crash left behind (the gateway died between
// the ledger and the forward), still within its grace.
void TestGateway::concurrentInitiatesAnswer429()
{
    GatewayHarness limited;
    QVERIFY(limited.configure(m_database, m_sandbox.baseUrl(), QStringLiteral("concurrent_initiates = 1\n")));
    const CounterCredential shop = limited.addCounter(QStringLiteral("shop-one-at-a-time"));
    QString error;
    const QString first = ClientRefId::generate();
    {
        GatewayProcess crashing;
        QVERIFY2(crashing.start(limited.configFile(), &error, "after_ledger"), qPrintable(error));
        QCOMPARE(transfer(crashing.baseUrl(), shop, Rail::DigiKhata, first).httpStatus, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!crashing.isRunning(), 10000);
    }
    const eko::InitiateTransactionRequest firstInitiate = lastInitiate;
    GatewayProcess process;
    QVERIFY2(process.start(limited.configFile(), &error), qPrintable(error));
    const QString second = ClientRefId::generate();
    const GatewayAnswer over = transfer(process.baseUrl(), shop, Rail::DigiKhata, second);
    QCOMPARE(over.httpStatus, 429);
    QVERIFY(over.retryAfter.toInt() > 0);
    QVERIFY(over.body.contains("concurrent_initiates"));
    // Nothing sent, nothing written: the counter's row stays UNKNOWN and its
    // inquiry hears "not found".
    QCOMPARE(m_sandbox.initiateCount(second), 0);
    gateway::Ledger ledger(m_database, QStringLiteral("check-concurrent"));
    QVERIFY(!ledger.transferByRef(second));
    QCOMPARE(transferEvents(first), QStringList(QStringLiteral("forward")));
    // The held-back Initiate sent again is known, not one more: "in
    // progress", as ever, never forwarded.
    const GatewayAnswer again = limited.send(process.baseUrl(), shop, limited.wire(firstInitiate));
    QCOMPARE(again.httpStatus, 200);
    QCOMPARE(again.result.outcome, Outcome::Pending);
    QCOMPARE(m_sandbox.initiateCount(first), 0);
    QCOMPARE(transferEvents(first),
             QStringList({QStringLiteral("forward"), QStringLiteral("duplicate_initiate")}));
    // Another counter is not held back by this one.
    const CounterCredential calm = limited.addCounter(QStringLiteral("shop-unhurried"));
    const QString third = ClientRefId::generate();
    QCOMPARE(transfer(process.baseUrl(), calm, Rail::DigiKhata, third).result.outcome, Outcome::Success);
    QCOMPARE(m_sandbox.initiateCount(third), 1);
}

// The replay guard forgets a used signature only past twice the skew window
// (5 minutes here), where a stale timestamp is refused anyway: a gateway
// prunes as it starts (and once a minute), keeping the recent ones, so a
// replay within the window is still refused. A prune the database refuses is
// said in the log and /metrics, and forgets nothing.
void TestGateway::replayGuardForgetsOnlyWhatStalenessRefuses()
{
    const auto used = [this](const QString& signature) {
        QString n;
        const QString error = PostgresCluster::runSql(
            m_database,
            {QStringLiteral("SELECT count(*) FROM used_signatures WHERE signature = '%1'").arg(signature)},
            &n);
        return error.isEmpty() ? n.toInt() : -1;
    };
    const auto useSignatures = [this] {
        return runSql({QStringLiteral("INSERT INTO used_signatures (signature, counter_id, at) VALUES "
                                      "('test-prune-old', '%1', now() - interval '11 minutes'), "
                                      "('test-prune-recent', '%1', now() - interval '9 minutes') "
                                      "ON CONFLICT DO NOTHING")
                           .arg(QString::fromLatin1(m_shopA.id))});
    };
    // A request signed now, answered by the gateway running since the start.
    const eko::WireRequest wire = m_harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(m_harness.send(m_gateway.baseUrl(), m_shopA, wire, now).httpStatus, 200);
    QCOMPARE(useSignatures(), QString());

    GatewayProcess pruning;
    QString error;
    QVERIFY2(pruning.start(m_harness.configFile(), &error), qPrintable(error));
    QTRY_COMPARE(used(QStringLiteral("test-prune-old")), 0);
    QCOMPARE(used(QStringLiteral("test-prune-recent")), 1);
    const GatewayAnswer replayed = m_harness.send(pruning.baseUrl(), m_shopA, wire, now);
    QCOMPARE(replayed.httpStatus, 403);
    QCOMPARE(replayed.result.gatewayRefusal, eko::GatewayRefusal::Replayed);
    pruning.stop();

    // Now the database refuses every prune.
    QCOMPARE(useSignatures(), QString());
    QCOMPARE(
        runSql({QStringLiteral("CREATE FUNCTION test_refuse_prune() RETURNS trigger LANGUAGE plpgsql AS $$ "
                               "BEGIN RAISE EXCEPTION 'the test refuses the prune'; END $$"),
                QStringLiteral("CREATE TRIGGER test_refuse_prune BEFORE DELETE ON used_signatures "
                               "FOR EACH STATEMENT EXECUTE FUNCTION test_refuse_prune()")}),
        QString());
    GatewayProcess refused;
    const bool started = refused.start(m_harness.configFile(), &error);
    const auto said = [&refused] {
        int n = 0;
        for (const QByteArray& line : refused.output().split('\n'))
            n += line.contains("\"event\":\"ledger_not_written\"") && line.contains("\"what\":\"prune\"") &&
                 line.contains("the test refuses the prune");
        return n;
    };
    if (started)
        QTRY_COMPARE(said(), 1);
    QUrl metrics = refused.baseUrl();
    metrics.setPath(QStringLiteral("/metrics"));
    const QByteArray counted = started ? GatewayHarness::get(metrics).body : QByteArray();
    refused.stop();
    QCOMPARE(runSql({QStringLiteral("DROP TRIGGER test_refuse_prune ON used_signatures"),
                     QStringLiteral("DROP FUNCTION test_refuse_prune()")}),
             QString());
    QVERIFY2(started, qPrintable(error));
    QVERIFY2(counted.contains("counterdesk_gateway_ledger_failures_total{what=\"prune\"} 1\n"),
             counted.constData());
    QCOMPARE(used(QStringLiteral("test-prune-old")), 1);
}

// An Initiate's admission and its row are one statement: a replayed,
// revoked or rate-limited Initiate leaves no row, no event of its own and
// nothing forwarded.
void TestGateway::refusedInitiateWritesNoRow()
{
    const CounterCredential shop = m_harness.addCounter(QStringLiteral("shop-refused-initiates"));
    QCOMPARE(transfer(m_gateway.baseUrl(), shop, Rail::DigiKhata, ClientRefId::generate()).result.outcome,
             Outcome::Success);
    eko::InitiateTransactionRequest initiate = lastInitiate;
    gateway::Ledger ledger(m_database, QStringLiteral("check-refused"));

    initiate.clientRefId = ClientRefId::generate();
    const eko::WireRequest wire = m_harness.wire(initiate);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_harness.send(m_gateway.baseUrl(), shop, wire, now).httpStatus > 0);
    const QStringList once = transferEvents(initiate.clientRefId);
    QCOMPARE(once.value(0), QStringLiteral("forward"));
    const GatewayAnswer replayed = m_harness.send(m_gateway.baseUrl(), shop, wire, now);
    QVERIFY2(replayed.result.gatewayRefusal == eko::GatewayRefusal::Replayed,
             qPrintable(QString::number(replayed.httpStatus) + u' ' + QString::fromUtf8(replayed.body)));
    QCOMPARE(transferEvents(initiate.clientRefId), once); // no duplicate_initiate: not admitted
    QCOMPARE(m_sandbox.initiateCount(initiate.clientRefId), 1);

    QCOMPARE(GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("revoke"),
                                         QStringLiteral("shop-refused-initiates"), QStringLiteral("--config"),
                                         m_harness.configFile()})
                 .exitCode,
             0);
    initiate.clientRefId = ClientRefId::generate();
    const GatewayAnswer revoked = m_harness.send(m_gateway.baseUrl(), shop, m_harness.wire(initiate));
    QCOMPARE(revoked.result.gatewayRefusal, eko::GatewayRefusal::Revoked);
    QVERIFY(!ledger.transferByRef(initiate.clientRefId));
    QCOMPARE(m_sandbox.initiateCount(initiate.clientRefId), 0);

    GatewayHarness limited;
    GatewayProcess process;
    const QString error = startOwnGateway(limited, process, QStringLiteral("requests_per_minute = 2\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CounterCredential hasty = limited.addCounter(QStringLiteral("shop-hasty"));
    const eko::WireRequest sender = limited.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    for (int i = 0; i < 2; ++i)
        QCOMPARE(limited.send(process.baseUrl(), hasty, sender).httpStatus, 200);
    initiate.clientRefId = ClientRefId::generate();
    const GatewayAnswer over = limited.send(process.baseUrl(), hasty, limited.wire(initiate));
    QCOMPARE(over.httpStatus, 429);
    QVERIFY(over.body.contains("requests_per_minute"));
    QVERIFY(!ledger.transferByRef(initiate.clientRefId));
    QCOMPARE(eventCount(hasty.id, QStringLiteral("limited")), 1);
    QCOMPARE(m_sandbox.initiateCount(initiate.clientRefId), 0);
}

// A refund through the gateway: of the counter's own transfer only, only from
// REFUND_PENDING, forwarded once however often it is asked for.
void TestGateway::refundOnceAndOnlyByItsCounter()
{
    sandbox::FaultRule refundPending;
    refundPending.callName = QStringLiteral("initiate_transaction");
    refundPending.fault = sandbox::Fault::RefundPending;
    refundPending.times = 1;
    m_sandbox.addFault(refundPending);
    const QString ref = ClientRefId::generate();
    const GatewayAnswer failed = transfer(m_gateway.baseUrl(), m_shopA, Rail::DigiKhata, ref);
    m_sandbox.clearFaults();
    QCOMPARE(failed.result.outcome, Outcome::RefundPending);
    QVERIFY(failed.result.transaction && !failed.result.transaction->tid.isEmpty());
    const QString tid = failed.result.transaction->tid;
    gateway::Ledger ledger(m_database, QStringLiteral("check-refund"));
    QCOMPARE(ledger.transferByRef(ref)->state, journal::TransferState::RefundPending);

    // Another counter can neither ask for the OTP nor refund: unknown to it, nothing forwarded.
    const eko::WireRequest otpWire = m_harness.wire(eko::RefundOtpRequest{Rail::DigiKhata, tid});
    QCOMPARE(m_harness.send(m_gateway.baseUrl(), m_shopB, otpWire).result.reason,
             eko::Reason::TransactionNotFound);
    QCOMPARE(m_sandbox.callCount(QStringLiteral("refund_otp")), 0);

    const GatewayAnswer otp = m_harness.send(m_gateway.baseUrl(), m_shopA, otpWire);
    QCOMPARE(otp.result.outcome, Outcome::Success);
    eko::RefundRequest refund;
    refund.rail = Rail::DigiKhata;
    refund.tid = tid;
    refund.otp = m_sandbox.lastOtp(lastInitiate.customerId, QStringLiteral("refund"));
    refund.otpRefId = otp.result.otpRefId;
    refund.clientRefId = ClientRefId::generate();
    QVERIFY(!refund.otp.isEmpty());
    const GatewayAnswer refunded = m_harness.send(m_gateway.baseUrl(), m_shopA, m_harness.wire(refund));
    QCOMPARE(refunded.result.outcome, Outcome::Success);
    QCOMPARE(m_sandbox.callCount(QStringLiteral("refund")), 1);
    QCOMPARE(ledger.transferByRef(ref)->state, journal::TransferState::Refunded);
    QCOMPARE(transferEvents(ref), QStringList({QStringLiteral("forward"), QStringLiteral("answer"),
                                               QStringLiteral("forward"), QStringLiteral("answer")}));

    // Asked again (a double click, a retry): refused by the ledger, never forwarded.
    refund.clientRefId = ClientRefId::generate();
    const GatewayAnswer again = m_harness.send(m_gateway.baseUrl(), m_shopA, m_harness.wire(refund));
    QCOMPARE(again.result.outcome, Outcome::Failed);
    QVERIFY(again.body.contains("not in refund pending state"));
    QCOMPARE(m_sandbox.callCount(QStringLiteral("refund")), 1);
}

void TestGateway::healthAndMetrics()
{
    QUrl url = m_gateway.baseUrl();
    url.setPath(QStringLiteral("/healthz"));
    const GatewayAnswer health = GatewayHarness::get(url);
    QCOMPARE(health.httpStatus, 200);
    QCOMPARE(health.body, QByteArray("ok\n"));
    url.setPath(QStringLiteral("/metrics"));
    const GatewayAnswer metrics = GatewayHarness::get(url);
    QCOMPARE(metrics.httpStatus, 200);
    QVERIFY(metrics.body.contains(
        "counterdesk_gateway_requests_total{call=\"initiate_transaction\",status=\"200\"}"));
    QVERIFY(metrics.body.contains("counterdesk_gateway_open_transfers{state=\"SUBMITTING\"}"));
    QVERIFY(metrics.body.contains("counterdesk_gateway_database_up 1"));
    QVERIFY(!metrics.body.contains("tls_certificate_expiry")); // plain HTTP: no certificate
    QVERIFY(!metrics.body.contains("d2fe1d99"));               // the access key
    QVERIFY(!metrics.body.contains(m_shopA.secret));
    // Nor in its log.
    QVERIFY(!m_gateway.output().contains("d2fe1d99"));
    QVERIFY(!m_gateway.output().contains(m_shopA.secret));
    // The ledger's events keep every request and answer, but no OTP or key.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("events"));
    db.setConnectOptions(m_database);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'request'")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE detail LIKE ? OR detail LIKE ?"));
        q.addBindValue(QStringLiteral("%\"otp\":\"") + lastInitiate.otp + u'%');
        q.addBindValue(QStringLiteral("%d2fe1d99%"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("events"));
}

// Whatever identity a counter writes, Eko hears the gateway's initiator and
// the counter's registered user code (the sandbox does not check them, so
// this reads the forwarded request itself).
void TestGateway::identityIsTheGateways()
{
    eko::EndpointTable table = eko::EndpointTable::builtIn();
    table.setBaseUrl(QUrl(QStringLiteral("https://eko.example/ekoapi/v3")));
    for (const eko::WireRequest& counterWire :
         {m_harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender}), m_harness.wire(lastInitiate)}) {
        http::HttpRequest request;
        request.method = counterWire.isGet() ? http::HttpMethod::Get : http::HttpMethod::Post;
        request.url = QUrl(QStringLiteral("/ekoapi/v3") + counterWire.url.path().mid(10));
        request.url.setQuery(counterWire.url.query());
        request.body = eko::RequestBuilder::serialise(counterWire);
        const gateway::ForwardRead read =
            gateway::ForwardRequest::read(request, request.url.path().mid(10), table,
                                          QStringLiteral("9962981729"), QStringLiteral("20810299"));
        QVERIFY(read.found);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.wire.call, counterWire.call);
        QCOMPARE(read.wire.url.host(), QStringLiteral("eko.example"));
        if (read.wire.isGet()) {
            const QUrlQuery query(read.wire.url);
            QCOMPARE(query.allQueryItemValues(QStringLiteral("initiator_id")),
                     QStringList{QStringLiteral("9962981729")});
            QCOMPARE(query.allQueryItemValues(QStringLiteral("user_code")),
                     QStringList{QStringLiteral("20810299")});
        } else {
            QCOMPARE(read.wire.body.value(QStringLiteral("initiator_id")).toString(),
                     QStringLiteral("9962981729"));
            QCOMPARE(read.wire.body.value(QStringLiteral("user_code")).toString(),
                     QStringLiteral("20810299"));
            QCOMPARE(read.wire.clientRefId, lastInitiate.clientRefId);
            QCOMPARE(read.amountPaise, std::optional<qint64>(10000));
        }
    }
}

// tls_cert/tls_key: the gateway serves HTTPS, and a counter that trusts the
// partner's certificate (its ca_file) talks to it as before.
void TestGateway::httpsWithTheConfiguredCertificate()
{
    GatewayHarness tls;
    QString cert;
    QVERIFY(tls.configureWithTls(m_database, m_sandbox.baseUrl(), &cert));
    const CounterCredential shop = tls.addCounter(QStringLiteral("shop-tls"));
    GatewayProcess process;
    QString error;
    QVERIFY2(process.start(tls.configFile(), &error), qPrintable(error));
    QCOMPARE(process.baseUrl().scheme(), QStringLiteral("https"));
    // The test's certificate lasts two days: the log says so as the gateway starts.
    QTRY_VERIFY2(process.output().contains("\"event\":\"certificate_ends_soon\""),
                 process.output().constData());
    const eko::WireRequest wire = tls.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    // Not trusted yet: TLS refuses, nothing answered.
    QCOMPARE(tls.send(process.baseUrl(), shop, wire).httpStatus, 0);
    QFile pem(cert);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> served = QSslCertificate::fromDevice(&pem, QSsl::Pem);
    tls.trust(served);
    const GatewayAnswer answer = tls.send(process.baseUrl(), shop, wire);
    QVERIFY2(answer.httpStatus == 200, qPrintable(answer.error + QString::fromUtf8(process.output())));
    QCOMPARE(answer.result.outcome, Outcome::Success);

    // The monitoring sees when the certificate ends, to alert before it does.
    QUrl metricsUrl = process.baseUrl();
    metricsUrl.setPath(QStringLiteral("/metrics"));
    const GatewayAnswer metrics = GatewayHarness::get(metricsUrl, served);
    QCOMPARE(metrics.httpStatus, 200);
    const QByteArray expiry = "counterdesk_gateway_tls_certificate_expiry_seconds " +
                              QByteArray::number(served.first().expiryDate().toSecsSinceEpoch()) + '\n';
    QVERIFY2(metrics.body.contains(expiry), metrics.body.constData());
}

// eko_ca_file: Eko's side (here the sandbox) serves HTTPS with a certificate
// no system trusts; the gateway forwards to it once the file names it, and
// before that the counter hears that Eko could not be reached.
void TestGateway::ekoOverHttpsWithItsCertificateTrusted()
{
    GatewayHarness tls;
    QString cert;
    QString key;
    QVERIFY2(tls.makeCertificate(&cert, &key), "openssl (Debian openssl) is needed");
    sandbox::SandboxOptions options;
    const std::optional<QList<QSslCertificate>> chain = http::loadCertificates(cert);
    const std::optional<QSslKey> privateKey = http::loadPrivateKey(key);
    QVERIFY(chain && privateKey);
    options.tls = http::serverTls(*chain, *privateKey);
    QString error;
    sandbox::SandboxServer https;
    QVERIFY2(https.start(options, &error), qPrintable(error));
    QCOMPARE(https.baseUrl().scheme(), QStringLiteral("https"));
    const eko::WireRequest wire = tls.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});

    QVERIFY(tls.configure(m_database, https.baseUrl()));
    const CounterCredential shop = tls.addCounter(QStringLiteral("shop-eko-tls"));
    {
        GatewayProcess process;
        QVERIFY2(process.start(tls.configFile(), &error), qPrintable(error));
        const GatewayAnswer refused = tls.send(process.baseUrl(), shop, wire);
        QVERIFY2(refused.httpStatus >= 500, qPrintable(QString::number(refused.httpStatus)));
        QCOMPARE(https.callCount(QStringLiteral("get_sender")), 0);
    }
    QVERIFY(tls.configure(m_database, https.baseUrl(), QStringLiteral("eko_ca_file = %1\n").arg(cert)));
    GatewayProcess process;
    QVERIFY2(process.start(tls.configFile(), &error), qPrintable(error));
    const GatewayAnswer answer = tls.send(process.baseUrl(), shop, wire);
    QVERIFY2(answer.httpStatus == 200, qPrintable(answer.error + QString::fromUtf8(process.output())));
    QCOMPARE(answer.result.outcome, Outcome::Success);
    QCOMPARE(https.callCount(QStringLiteral("get_sender")), 1);
}

// eko_proxy: where the partner's network lets only its proxy out, every
// forward to Eko goes through it (a CONNECT tunnel); a proxy that is down
// means Eko could not be reached, and nothing was sent.
void TestGateway::ekoThroughTheConfiguredProxy()
{
    sandbox::SandboxServer eko;
    QString error;
    QVERIFY2(eko.start({}, &error), qPrintable(error));
    ConnectProxy proxy;
    QVERIFY(proxy.start());
    GatewayHarness harness;
    QVERIFY(harness.configure(m_database, eko.baseUrl(),
                              QStringLiteral("eko_proxy = http://127.0.0.1:%1\n").arg(proxy.port())));
    const CounterCredential shop = harness.addCounter(QStringLiteral("shop-behind-proxy"));
    const eko::WireRequest wire = harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender});
    {
        GatewayProcess process;
        QVERIFY2(process.start(harness.configFile(), &error), qPrintable(error));
        const GatewayAnswer answer = harness.send(process.baseUrl(), shop, wire);
        QVERIFY2(answer.httpStatus == 200, qPrintable(answer.error + QString::fromUtf8(process.output())));
        QCOMPARE(answer.result.outcome, Outcome::Success);
        QCOMPARE(eko.callCount(QStringLiteral("get_sender")), 1);
        QVERIFY2(proxy.targets().contains(QStringLiteral("127.0.0.1:%1").arg(eko.baseUrl().port())),
                 qPrintable(proxy.targets().join(u' ')));
    }
    // The proxy gone: the counter hears Eko could not be reached; Eko saw nothing.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 nobody = closed.serverPort();
    closed.close();
    QVERIFY(harness.configure(m_database, eko.baseUrl(),
                              QStringLiteral("eko_proxy = http://127.0.0.1:%1\n").arg(nobody)));
    GatewayProcess process;
    QVERIFY2(process.start(harness.configFile(), &error), qPrintable(error));
    const GatewayAnswer refused = harness.send(process.baseUrl(), shop, wire);
    QVERIFY2(refused.httpStatus >= 500, qPrintable(QString::number(refused.httpStatus)));
    QCOMPARE(eko.callCount(QStringLiteral("get_sender")), 1);
}

// LoadCredential=eko-keys: the keys come from $CREDENTIALS_DIRECTORY, and
// eko_keys_file may be left out.
void TestGateway::keysFromSystemdCredentials()
{
    QTemporaryDir credentials;
    QFile keys(credentials.filePath(QStringLiteral("eko-keys")));
    QVERIFY(keys.open(QIODevice::WriteOnly));
    keys.setPermissions(QFile::ReadOwner);
    keys.write("developer_key=d\naccess_key=a\ncounter_key=0123456789abcdef0123456789abcdef-creds\n");
    keys.close();
    QTemporaryDir dir;
    QFile ini(dir.filePath(QStringLiteral("gateway.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(QStringLiteral("[gateway]\ndatabase = \"%1\"\neko_base_url = http://127.0.0.1:9/ekoapi/v3\n"
                             "initiator_id = 9962981729\nuser_code = 20810200\n")
                  .arg(m_database)
                  .toUtf8());
    ini.close();
    const QStringList add{QStringLiteral("counter"),  QStringLiteral("add"), QStringLiteral("shop-creds"),
                          QStringLiteral("--config"), ini.fileName(),        QStringLiteral("--json")};
    const CommandRun without = GatewayHarness::runCommand(add);
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains("eko_keys_file is not set"), without.err.constData());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
    const CommandRun with = GatewayHarness::runCommand(add, env);
    QCOMPARE(with.exitCode, 0);
    QVERIFY(with.out.contains("\"secret\":\"cds_"));
}

void TestGateway::ledgerExportCsv()
{
    const QString ref = ClientRefId::generate();
    transfer(m_gateway.baseUrl(), m_shopB, Rail::Levin, ref, 250);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("ledger.csv"));
    const QString today = history::IstDay::today().toString(Qt::ISODate);
    const CommandRun run = GatewayHarness::runCommand(
        {QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--csv"), csv,
         QStringLiteral("--config"), m_harness.configFile(), QStringLiteral("--from"), today,
         QStringLiteral("--to"), today, QStringLiteral("--counter"), QStringLiteral("shop-b")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(
        text.startsWith(history::CsvExporter::byteOrderMark() + "client_ref_id,counter,counter_id,created,"));
    const QList<QByteArray> lines = text.split('\n');
    QByteArray row;
    for (const QByteArray& line : lines) {
        QVERIFY2(!line.contains(",shop-a,"), line.constData()); // only the counter asked for
        if (line.startsWith(ref.toLatin1()))
            row = line;
    }
    QVERIFY2(row.contains(",shop-b,") && row.contains(",levin,250.00,SUCCESS,"), row.constData());
    QVERIFY(row.contains("+05:30")); // IST times

    const CommandRun future = GatewayHarness::runCommand(
        {QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--csv"), csv,
         QStringLiteral("--config"), m_harness.configFile(), QStringLiteral("--from"),
         QStringLiteral("2999-01-01")});
    QCOMPARE(future.exitCode, 0);
    QVERIFY(future.out.startsWith("0 transfers"));
    const CommandRun badDate = GatewayHarness::runCommand(
        {QStringLiteral("ledger"), QStringLiteral("export"), QStringLiteral("--csv"), csv,
         QStringLiteral("--config"), m_harness.configFile(), QStringLiteral("--from"),
         QStringLiteral("yesterday")});
    QCOMPARE(badDate.exitCode, 2);
}

// PostgreSQL gone: /healthz says so, and a counter's request is not told
// "unknown counter" (a 403 that would read as proof): 503, nothing forwarded.
// After every test above (transfers, refusals, inquiries, refunds): what
// journald gets is one JSON object per line, each with its time and event,
// but the one "listening on" line that programs wait for; nothing on stderr
// (the Eko client's own per-call lines stay off in the gateway).
void TestGateway::logIsJsonLinesOnStdout()
{
    const QList<QByteArray> lines = m_gateway.output().trimmed().split('\n');
    QVERIFY(lines.size() > 50);
    QVERIFY(lines.first().startsWith("listening on http://127.0.0.1:"));
    QSet<QString> events;
    for (const QByteArray& line : lines.mid(1)) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError &&
                     !o.value(QStringLiteral("ts")).toString().isEmpty(),
                 line.constData());
        events.insert(o.value(QStringLiteral("event")).toString());
    }
    QVERIFY(events.contains(QStringLiteral("answer")));
    QVERIFY(events.contains(QStringLiteral("refused")));
    QCOMPARE(m_gateway.errorOutput(), QByteArray());
}

void TestGateway::databaseDownIsNotARefusal()
{
    m_cluster.stop();
    QUrl url = m_gateway.baseUrl();
    url.setPath(QStringLiteral("/healthz"));
    QCOMPARE(GatewayHarness::get(url).httpStatus, 503);
    const int before = m_sandbox.callCount(QStringLiteral("get_sender"));
    const GatewayAnswer answer = m_harness.send(
        m_gateway.baseUrl(), m_shopA, m_harness.wire(eko::GetSenderRequest{Rail::DigiKhata, kDkSender}));
    QCOMPARE(answer.httpStatus, 503);
    QVERIFY(!eko::ResponseClassifier::isEkoAuthRefusal(answer.result));
    QCOMPARE(m_sandbox.callCount(QStringLiteral("get_sender")), before);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
