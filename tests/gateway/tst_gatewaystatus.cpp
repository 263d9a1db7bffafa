// The gateway's status page (GET /) as the partner's back office sees it: the
// real counterdesk-gateway on a throwaway PostgreSQL, transfers made through
// it by counters (the sandbox in-process as Eko), and the page opened in
// Debian's headless Chromium, whose rendered DOM is what is checked: a page
// that only reads well as HTML source would not pass.
//
// Chromium is required, like PostgreSQL: missing, the test FAILS and names
// the package (scripts/debian-packages.txt).
#include "CounterTransfer.h"
#include "GatewayHarness.h"
#include "PostgresCluster.h"
#include "TestRunner.h"
#include "domain/ClientRefId.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace counterdesk;
using namespace counterdesk::tests;

namespace {

const QString kChromium = QStringLiteral("/usr/bin/chromium");
const QString kAdmin = QStringLiteral("backoffice");
// A test-only password: it guards a throwaway database.
const QByteArray kPassword = "status-page-test-password";
// Operator input, as a counter's name may be: it must show as text, never as markup.
const QString kOddName = QStringLiteral("Sharma & Sons <Karol Bagh>");

struct Fetched
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

QByteArray basic(const QString& name, const QByteArray& password)
{
    return "Basic " + (name.toUtf8() + ':' + password).toBase64();
}

} // namespace

class TestGatewayStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void setPasswordReadsStdin();
    void adminChangesComeWithTheirEvents();
    void refusedWithoutTheCredential();
    void englishPageInChromium();
    void hindiPageInChromium();
    void acceptLanguageChoosesHindi();
    void screenshots();
    // Last: it uses up the minute's failures.
    void wrongPasswordsAreThrottled();

private:
    // GET path on the gateway with these headers, serving the in-process sandbox meanwhile.
    Fetched fetch(const QString& pathAndQuery, const QList<QPair<QByteArray, QByteArray>>& headers);
    // Runs headless Chromium on the page; returns its stdout (the DOM for --dump-dom).
    // Without a password, Chromium is given no credential.
    QByteArray chromium(const QStringList& arguments, const QString& pathAndQuery,
                        const QByteArray& password);
    QString adminCommand(const QStringList& arguments, const QByteArray& input, int* exitCode);
    // Runs SQL statements on the ledger; the first row's first value of the last, or "error: ...".
    QString sql(const QStringList& statements);

    PostgresCluster m_cluster;
    QString m_database;
    sandbox::SandboxServer m_sandbox;
    GatewayHarness m_harness;
    GatewayProcess m_gateway;
    QNetworkAccessManager m_network;
    QTemporaryDir m_browserHome;
    QString m_successRef;
    QString m_pendingRef;
};

void TestGatewayStatus::initTestCase()
{
    QVERIFY2(QFileInfo(kChromium).isExecutable(),
             "Debian's chromium is needed to check the status page as a browser renders it: "
             "apt install chromium (scripts/debian-packages.txt)");
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    m_database = m_cluster.createDatabase(QStringLiteral("ledger"));
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_cluster.error()));
    sandbox::SandboxOptions options;
    options.otpResendCooldownMs = 0;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QVERIFY(m_harness.configure(m_database, m_sandbox.baseUrl()));
    const CounterCredential shopA = m_harness.addCounter(QStringLiteral("laxmi-nagar-1"));
    const CounterCredential odd = m_harness.addCounter(kOddName);
    QVERIFY(!shopA.id.isEmpty() && !odd.id.isEmpty());
    m_harness.addCounter(QStringLiteral("chandni-chowk-2"));
    QCOMPARE(GatewayHarness::runCommand({QStringLiteral("counter"), QStringLiteral("revoke"),
                                         QStringLiteral("chandni-chowk-2"), QStringLiteral("--config"),
                                         m_harness.configFile()})
                 .exitCode,
             0);
    int exitCode = -1;
    adminCommand({QStringLiteral("set-password"), kAdmin}, kPassword + '\n', &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(m_gateway.start(m_harness.configFile(), &error), qPrintable(error));

    // Today: one success of ₹1,250 (laxmi-nagar-1), one pending of ₹700 (the odd name).
    m_successRef = ClientRefId::generate();
    const CounterTransfer done = transferThroughGateway(m_harness, m_sandbox, m_gateway.baseUrl(), shopA,
                                                        Rail::DigiKhata, m_successRef, 1250);
    QVERIFY2(done.failure.isEmpty(), qPrintable(done.failure));
    QCOMPARE(done.answer.result.outcome, eko::Outcome::Success);
    sandbox::FaultRule awaited;
    awaited.callName = QStringLiteral("initiate_transaction");
    awaited.fault = sandbox::Fault::Awaited;
    awaited.settleMs = 10 * 60 * 1000;
    awaited.times = 1;
    m_sandbox.addFault(awaited);
    m_pendingRef = ClientRefId::generate();
    const CounterTransfer waiting = transferThroughGateway(m_harness, m_sandbox, m_gateway.baseUrl(), odd,
                                                           Rail::Levin, m_pendingRef, 700);
    QVERIFY2(waiting.failure.isEmpty(), qPrintable(waiting.failure));
    QCOMPARE(waiting.answer.result.outcome, eko::Outcome::Pending);
}

void TestGatewayStatus::cleanupTestCase()
{
    m_gateway.stop();
    m_cluster.stop();
}

QString TestGatewayStatus::adminCommand(const QStringList& arguments, const QByteArray& input, int* exitCode)
{
    const CommandRun run =
        GatewayHarness::runCommand(QStringList{QStringLiteral("admin")} + arguments +
                                       QStringList{QStringLiteral("--config"), m_harness.configFile()},
                                   {}, input);
    *exitCode = run.exitCode;
    return QString::fromUtf8(run.out + run.err);
}

QString TestGatewayStatus::sql(const QStringList& statements)
{
    QString value;
    const QString error = PostgresCluster::runSql(m_database, statements, &value);
    return error.isEmpty() ? value : error;
}

Fetched TestGatewayStatus::fetch(const QString& pathAndQuery,
                                 const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(m_gateway.baseUrl().resolved(QUrl(pathAndQuery)));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Fetched f;
    f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.body = reply->readAll();
    f.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return f;
}

QByteArray TestGatewayStatus::chromium(const QStringList& arguments, const QString& pathAndQuery,
                                       const QByteArray& password)
{
    QUrl url = m_gateway.baseUrl().resolved(QUrl(pathAndQuery));
    if (!password.isEmpty()) {
        url.setUserName(kAdmin);
        url.setPassword(QString::fromUtf8(password));
    }
    QProcess browser;
    // Its own profile and HOME: nothing read from or left in the user's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_browserHome.path());
    browser.setProcessEnvironment(env);
    browser.start(kChromium, QStringList{QStringLiteral("--headless"), QStringLiteral("--disable-gpu"),
                                         QStringLiteral("--no-sandbox"), QStringLiteral("--no-first-run"),
                                         QStringLiteral("--user-data-dir=") +
                                             m_browserHome.filePath(QStringLiteral("profile"))} +
                                 arguments + QStringList{url.toString()});
    // The sandbox lives in this process: keep its event loop turning while Chromium works.
    QEventLoop loop;
    connect(&browser, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&browser, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    loop.exec();
    if (browser.state() != QProcess::NotRunning) {
        browser.kill();
        browser.waitForFinished();
        QTest::qFail("chromium did not finish within 90 s", __FILE__, __LINE__);
        return {};
    }
    if (browser.exitStatus() != QProcess::NormalExit || browser.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("chromium failed (%1): %2")
                                    .arg(browser.exitCode())
                                    .arg(QString::fromUtf8(browser.readAllStandardError().right(2000)))),
                     __FILE__, __LINE__);
        return {};
    }
    return browser.readAllStandardOutput();
}

void TestGatewayStatus::setPasswordReadsStdin()
{
    int exitCode = -1;
    // Too short: refused, and nothing is stored.
    QVERIFY(adminCommand({QStringLiteral("set-password"), QStringLiteral("shorty")}, "short\n", &exitCode)
                .contains(QStringLiteral("12 characters")));
    QCOMPARE(exitCode, 1);
    // The password is never an argument: an extra word is a usage error.
    adminCommand({QStringLiteral("set-password"), QStringLiteral("argv"), QString::fromLatin1(kPassword)}, {},
                 &exitCode);
    QCOMPARE(exitCode, 2);
    // The ledger holds a salted PBKDF2 hash and its parameters, not the password.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admins"));
    db.setConnectOptions(m_database);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT name, algorithm, iterations, salt, hash FROM admins")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), kAdmin);
        QCOMPARE(q.value(1).toString(), QStringLiteral("pbkdf2-sha256"));
        QVERIFY(q.value(2).toInt() >= 600000);
        QCOMPARE(q.value(3).toString().size(), 32);
        QVERIFY(!q.value(4).toString().contains(QString::fromLatin1(kPassword)));
        QVERIFY(!q.next()); // "shorty" and "argv" were not added
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("admins"));
}

// An admin's password and removal are written with their events, both or
// neither: a database that refuses the event keeps the admin as it was and
// the command says why.
void TestGatewayStatus::adminChangesComeWithTheirEvents()
{
    const auto events = [this](const QString& kind) {
        return sql(
            {QStringLiteral("SELECT count(*) FROM events WHERE kind = '%1' AND detail = 'leaving-admin'")
                 .arg(kind)});
    };
    const auto admins = [this] {
        return sql({QStringLiteral("SELECT count(*) FROM admins WHERE name = 'leaving-admin'")});
    };
    int exitCode = -1;
    adminCommand({QStringLiteral("set-password"), QStringLiteral("leaving-admin")}, kPassword + '\n',
                 &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(events(QStringLiteral("admin_password_set")), QStringLiteral("1"));

    QCOMPARE(sql({QStringLiteral("CREATE FUNCTION test_refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                 "BEGIN RAISE EXCEPTION 'the test refuses this event'; END $$"),
                  QStringLiteral("CREATE TRIGGER test_refuse_event BEFORE INSERT ON events FOR EACH ROW "
                                 "WHEN (NEW.kind LIKE 'admin_%') EXECUTE FUNCTION test_refuse_event()")}),
             QString());
    const QString refusedSet = adminCommand({QStringLiteral("set-password"), QStringLiteral("new-admin")},
                                            kPassword + '\n', &exitCode);
    const int refusedSetExit = exitCode;
    const QString refusedRemove =
        adminCommand({QStringLiteral("remove"), QStringLiteral("leaving-admin")}, {}, &exitCode);
    const int refusedRemoveExit = exitCode;
    const QString adminsWhileRefused =
        sql({QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM admins "
                            "WHERE name IN ('leaving-admin', 'new-admin')")});
    QCOMPARE(sql({QStringLiteral("DROP TRIGGER test_refuse_event ON events"),
                  QStringLiteral("DROP FUNCTION test_refuse_event()")}),
             QString());

    QCOMPARE(refusedSetExit, 1);
    QVERIFY2(refusedSet.contains(QStringLiteral("the test refuses")), qPrintable(refusedSet));
    QCOMPARE(refusedRemoveExit, 1);
    QVERIFY2(refusedRemove.contains(QStringLiteral("the test refuses")), qPrintable(refusedRemove));
    QCOMPARE(adminsWhileRefused, QStringLiteral("leaving-admin")); // neither added nor removed

    adminCommand({QStringLiteral("remove"), QStringLiteral("leaving-admin")}, {}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(admins(), QStringLiteral("0"));
    QCOMPARE(events(QStringLiteral("admin_removed")), QStringLiteral("1"));
}

void TestGatewayStatus::refusedWithoutTheCredential()
{
    const Fetched none = fetch(QStringLiteral("/"), {});
    QCOMPARE(none.status, 401);
    QVERIFY(none.header("WWW-Authenticate").startsWith("Basic realm="));
    QVERIFY(!none.body.contains("laxmi-nagar-1"));
    const Fetched wrong = fetch(QStringLiteral("/"), {{"Authorization", basic(kAdmin, "not-the-password")}});
    QCOMPARE(wrong.status, 401);
    QVERIFY(!wrong.body.contains("laxmi-nagar-1"));
    const Fetched stranger =
        fetch(QStringLiteral("/"), {{"Authorization", basic(QStringLiteral("nobody"), kPassword)}});
    QCOMPARE(stranger.status, 401);
    // Admins the ledger cannot read: the ledger is down (503), not the password wrong (401), and
    // the page is not shown although its other tables can be read.
    QCOMPARE(sql({QStringLiteral("ALTER TABLE admins RENAME TO admins_away")}), QString());
    const Fetched unreadable = fetch(QStringLiteral("/"), {{"Authorization", basic(kAdmin, kPassword)}});
    QCOMPARE(sql({QStringLiteral("ALTER TABLE admins_away RENAME TO admins")}), QString());
    QCOMPARE(unreadable.status, 503);
    QVERIFY(!unreadable.body.contains("laxmi-nagar-1")); // the page is never shown unchecked
    // Counters the ledger cannot list: 503, never a page that shows none.
    QCOMPARE(sql({QStringLiteral("ALTER TABLE counters RENAME TO counters_away")}), QString());
    const Fetched noCounters = fetch(QStringLiteral("/"), {{"Authorization", basic(kAdmin, kPassword)}});
    QCOMPARE(sql({QStringLiteral("ALTER TABLE counters_away RENAME TO counters")}), QString());
    QCOMPARE(noCounters.status, 503);
    const Fetched right = fetch(QStringLiteral("/"), {{"Authorization", basic(kAdmin, kPassword)}});
    QCOMPARE(right.status, 200);
    QCOMPARE(right.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(right.header("Content-Security-Policy").contains("default-src 'none'"));

    // In the browser, without the credential or with a wrong one: none of the ledger.
    // Headless, nobody can answer the browser's sign-in prompt: it shows nothing at all.
    for (const QByteArray& password : {QByteArray(), QByteArray("not-the-password")}) {
        const QByteArray dom = chromium({QStringLiteral("--dump-dom")}, QStringLiteral("/"), password);
        QVERIFY2(!dom.contains("laxmi-nagar-1"), dom.constData());
        QVERIFY(!dom.contains(m_successRef.toUtf8()));
        QVERIFY(!dom.contains("<table"));
    }

    // The credential is never in the gateway's log.
    QVERIFY(!m_gateway.output().contains(kPassword));
    QVERIFY(!m_gateway.output().contains(basic(kAdmin, kPassword).mid(6)));
}

void TestGatewayStatus::englishPageInChromium()
{
    const QByteArray dom = chromium({QStringLiteral("--dump-dom")}, QStringLiteral("/"), kPassword);
    QVERIFY2(dom.contains("<h1>CounterDesk gateway status</h1>"), dom.constData());
    QVERIFY(dom.contains("<html lang=\"en\">"));
    // Counters, with the operator's odd name as text, not markup.
    QVERIFY(dom.contains("<th scope=\"row\">laxmi-nagar-1</th>"));
    QVERIFY2(dom.contains("<th scope=\"row\">Sharma &amp; Sons &lt;Karol Bagh&gt;</th>"), dom.constData());
    QVERIFY(!dom.contains("<karol"));
    QVERIFY(dom.contains("<th scope=\"row\">chandni-chowk-2</th>"));
    QVERIFY(dom.contains("<span class=\"revoked\">Revoked "));
    QVERIFY(dom.contains("Never")); // chandni-chowk-2 was never seen
    // Today per counter: laxmi-nagar-1 sent ₹1,250.00; the odd one has one not final.
    QVERIFY(dom.contains("<td class=\"n\">₹1,250.00</td>"));
    // Today per state, and all together (Indian grouping through the one formatter).
    QVERIFY(dom.contains(
        "Success <code>SUCCESS</code></th><td class=\"n\">1</td><td class=\"n\">₹1,250.00</td>"));
    QVERIFY(
        dom.contains("Pending <code>PENDING</code></th><td class=\"n\">1</td><td class=\"n\">₹700.00</td>"));
    QVERIFY(dom.contains("<td>All</td><td class=\"n\">2</td><td class=\"n\">₹1,950.00</td>"));
    // Not final: the pending one, not the successful one.
    const qsizetype open = dom.indexOf("<table id=\"open\">");
    QVERIFY(open > 0);
    QVERIFY(dom.indexOf(m_pendingRef.toUtf8(), open) > open);
    QVERIFY(!dom.mid(open).contains(m_successRef.toUtf8()));
    QVERIFY(dom.mid(open).contains("PPI Levin"));
}

void TestGatewayStatus::hindiPageInChromium()
{
    const QByteArray dom = chromium({QStringLiteral("--dump-dom")}, QStringLiteral("/?lang=hi"), kPassword);
    QVERIFY2(dom.contains("<h1>CounterDesk गेटवे की स्थिति</h1>"), dom.constData());
    QVERIFY(dom.contains("<html lang=\"hi\">"));
    QVERIFY(dom.contains("<th scope=\"row\">laxmi-nagar-1</th>"));
    QVERIFY(
        dom.contains("सफल <code>SUCCESS</code></th><td class=\"n\">1</td><td class=\"n\">₹1,250.00</td>"));
    QVERIFY(dom.contains("<td>कुल</td><td class=\"n\">2</td><td class=\"n\">₹1,950.00</td>"));
    QVERIFY(!dom.contains("Transfers not final yet"));
}

void TestGatewayStatus::acceptLanguageChoosesHindi()
{
    const QByteArray auth = basic(kAdmin, kPassword);
    const Fetched hindi =
        fetch(QStringLiteral("/"), {{"Authorization", auth}, {"Accept-Language", "en;q=0.5, hi-IN"}});
    QCOMPARE(hindi.status, 200);
    QCOMPARE(hindi.header("Content-Language"), QByteArray("hi"));
    QVERIFY(hindi.body.contains("<html lang=\"hi\">"));
    const Fetched english = fetch(
        QStringLiteral("/"), {{"Authorization", auth}, {"Accept-Language", "ta, en-IN;q=0.8, hi;q=0.7"}});
    QCOMPARE(english.header("Content-Language"), QByteArray("en"));
    // ?lang= wins over the browser's preference.
    const Fetched asked =
        fetch(QStringLiteral("/?lang=en"), {{"Authorization", auth}, {"Accept-Language", "hi"}});
    QCOMPARE(asked.header("Content-Language"), QByteArray("en"));
    // The refusal speaks the reader's language too.
    const Fetched refused = fetch(QStringLiteral("/?lang=hi"), {});
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.header("Content-Language"), QByteArray("hi"));
}

void TestGatewayStatus::screenshots()
{
    // For docs/screenshots/gateway-status-{en,hi}.png: COUNTERDESK_SCREENSHOT_DIR=<docs/screenshots>.
    const QString keepIn = qEnvironmentVariable("COUNTERDESK_SCREENSHOT_DIR");
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("hi")}) {
        const QString file = m_browserHome.filePath(QStringLiteral("gateway-status-%1.png").arg(lang));
        chromium({QStringLiteral("--screenshot=") + file, QStringLiteral("--window-size=1366,768"),
                  QStringLiteral("--hide-scrollbars")},
                 QStringLiteral("/?lang=") + lang, kPassword);
        QFile png(file);
        QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY(png.size() > 20000); // a rendered page, not a blank one
        if (!keepIn.isEmpty()) {
            const QString target = QDir(keepIn).filePath(QFileInfo(file).fileName());
            QFile::remove(target);
            QVERIFY(QFile::copy(file, target));
        }
    }
}

void TestGatewayStatus::wrongPasswordsAreThrottled()
{
    // Each wrong guess costs a PBKDF2 derivation; past 10 a minute the
    // gateway stops deriving and answers 429, the right password included.
    int refused = 0;
    Fetched last;
    for (int i = 0; i < 12 && last.status != 429; ++i) {
        last =
            fetch(QStringLiteral("/"), {{"Authorization", basic(kAdmin, "guess-" + QByteArray::number(i))}});
        refused += last.status == 401 ? 1 : 0;
    }
    QCOMPARE(last.status, 429);
    QVERIFY(refused <= 10);
    QCOMPARE(last.header("Retry-After"), QByteArray("60"));
    QCOMPARE(fetch(QStringLiteral("/"), {{"Authorization", basic(kAdmin, kPassword)}}).status, 429);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestGatewayStatus)
#include "tst_gatewaystatus.moc"
