// counterdesk-cli end to end: transfer -> inquire -> receipt on both rails
// against a counterdesk-sandbox process, OTPs fed on stdin from the sandbox's
// control endpoint; profile-file errors; HTTPS policy; and no secret in any
// file the CLI wrote.
#include "CliRun.h"
#include "TestRunner.h"
#include "platform/Platform.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kDeveloperKey = "becbbce45f79c6f5109f848acd540567";  // public UAT key (REFERENCE.md §2.3)
const QByteArray kAccessKey = "d2fe1d99-6298-4af2-8cc5-d97dcf46df30"; // public UAT key
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndUsage();
    void transferInquireReceipt_data();
    void transferInquireReceipt();
    void historyAndExport();
    void pendingThenReconcile();
    void twoRefundsAtOnceMakeOnePost();
    void checkConnection();
    void checkConnectionExplainsForbidden();
    void badProfileFileNamesTheLine();
    void secretInProfileFileIsRefused();
    void httpsRequiredForRealHosts();
    void trainingModeTransfer();
    void noSecretInAnyWrittenFile();

private:
    QString writeProfile(const QByteArray& text);
    QStringList common() const;

    QTemporaryDir m_root;
    std::unique_ptr<CliRunner> m_cli;
    SandboxProcess m_sandbox;
    QString m_profile;
    OtpFeeder m_otps{m_sandbox};
    QStringList m_refs;
};

void TestCli::initTestCase()
{
    QVERIFY(m_root.isValid());
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_cli = std::make_unique<CliRunner>(m_root.path());
    m_cli->setEnv(QStringLiteral("COUNTERDESK_DEVELOPER_KEY"), QString::fromLatin1(kDeveloperKey));
    m_cli->setEnv(QStringLiteral("COUNTERDESK_ACCESS_KEY"), QString::fromLatin1(kAccessKey));
    m_profile = writeProfile(
        "; the test sandbox\n[profile]\nname = Test sandbox\nbase_url = " + m_sandbox.baseUrl().toUtf8() +
        "/ekoapi/v3\ninitiator_id = 9962981729\nuser_code = 20810200\ntimeout_s = 20\n");
}

QString TestCli::writeProfile(const QByteArray& text)
{
    static int n = 0;
    const QString path = m_root.filePath(QStringLiteral("profile%1.ini").arg(++n));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

QStringList TestCli::common() const
{
    return {QStringLiteral("--profile-file"), m_profile, QStringLiteral("--data-dir"),
            m_root.filePath(QStringLiteral("journal"))};
}

void TestCli::helpAndUsage()
{
    const CliResult help = m_cli->run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Exit codes"));
    QVERIFY(help.out.contains("check-connection"));
    QCOMPARE(m_cli->run({}).exitCode, 1);
    QCOMPARE(m_cli->run({QStringLiteral("fly")}).exitCode, 1);
    QCOMPARE(
        m_cli->run({QStringLiteral("transfer"), QStringLiteral("--rail"), QStringLiteral("upi")}).exitCode,
        1);
}

void TestCli::transferInquireReceipt_data()
{
    QTest::addColumn<QString>("rail");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QStringList>("otps");
    const QStringList plain{QStringLiteral("sender"), QStringLiteral("transaction")};
    QTest::newRow("digikhata") << QStringLiteral("digikhata") << QStringLiteral("9000000001")
                               << QStringLiteral("10017680") << QStringLiteral("110") << plain;
    QTest::newRow("levin") << QStringLiteral("levin") << QStringLiteral("9000000002")
                           << QStringLiteral("10017740") << QStringLiteral("120") << plain;
    // Not yet registered with the bank: one more OTP, between the two.
    QTest::newRow("digikhata, recipient to register")
        << QStringLiteral("digikhata") << QStringLiteral("9000000001") << QStringLiteral("10017682")
        << QStringLiteral("140")
        << QStringList{QStringLiteral("sender"), QStringLiteral("recipient_bank"),
                       QStringLiteral("transaction")};
}

void TestCli::transferInquireReceipt()
{
    QFETCH(QString, rail);
    QFETCH(QString, mobile);
    QFETCH(QString, recipient);
    QFETCH(QString, amount);
    QFETCH(QStringList, otps);

    const CliResult sent = m_cli->run(
        common() + QStringList{QStringLiteral("transfer"), QStringLiteral("--json"), QStringLiteral("--rail"),
                               rail, QStringLiteral("--customer"), mobile, QStringLiteral("--recipient-id"),
                               recipient, QStringLiteral("--amount"), amount, QStringLiteral("--channel"),
                               QStringLiteral("imps")},
        m_otps.feed(mobile, otps));
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const QJsonObject t = QJsonDocument::fromJson(sent.out).object();
    QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(t.value(QStringLiteral("amount")).toString(), amount + QStringLiteral(".00"));
    const QString ref = t.value(QStringLiteral("client_ref_id")).toString();
    const QString tid = t.value(QStringLiteral("tid")).toString();
    QVERIFY(!ref.isEmpty());
    QVERIFY(!tid.isEmpty());
    QVERIFY(t.value(QStringLiteral("fee")).isString());
    QVERIFY(t.value(QStringLiteral("balance")).isString());
    QVERIFY(t.value(QStringLiteral("fee")).toString().contains(u'.'));
    QVERIFY(t.contains(QStringLiteral("bank_ref_num")));
    m_refs << ref;

    const CliResult asked =
        m_cli->run(common() + QStringList{QStringLiteral("inquire"), ref, QStringLiteral("--json")});
    QVERIFY2(asked.exitCode == 0, asked.err.constData());
    const QJsonObject i = QJsonDocument::fromJson(asked.out).object();
    QCOMPARE(i.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(i.value(QStringLiteral("tid")).toString(), tid);
    QCOMPARE(i.value(QStringLiteral("client_ref_id")).toString(), ref);
    QCOMPARE(i.value(QStringLiteral("inquiry")).toString(), QStringLiteral("decisive"));

    const QString pdf = m_root.filePath(ref + QStringLiteral(".pdf"));
    const CliResult printed = m_cli->run(
        common() + QStringList{QStringLiteral("receipt"), ref, QStringLiteral("--pdf"), pdf,
                               QStringLiteral("--layout"), QStringLiteral("80mm"), QStringLiteral("--lang"),
                               QStringLiteral("en"), QStringLiteral("--json")});
    QVERIFY2(printed.exitCode == 0, printed.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 0);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    // A listed dependency (poppler-utils): without it the receipt would go unread.
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is not installed: install poppler-utils "
                                   "(scripts/debian-packages.txt)");
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(tid), qPrintable(content));
    QVERIFY2(content.contains(amount), qPrintable(content));
    QVERIFY2(!content.contains(mobile), "the receipt prints the mobile masked");
}

void TestCli::historyAndExport()
{
    const CliResult listed =
        m_cli->run(common() + QStringList{QStringLiteral("history"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(rows.size(), m_refs.size());
    for (const QJsonValue& row : rows) {
        QVERIFY(m_refs.contains(row.toObject().value(QStringLiteral("client_ref_id")).toString()));
        QCOMPARE(row.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    }
    const CliResult filtered =
        m_cli->run(common() + QStringList{QStringLiteral("history"), QStringLiteral("--json"),
                                          QStringLiteral("--status"), QStringLiteral("FAILED")});
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(filtered.out).array().size(), 0);
    QCOMPARE(m_cli
                 ->run(common() + QStringList{QStringLiteral("history"), QStringLiteral("--from"),
                                              QStringLiteral("soon")})
                 .exitCode,
             1);

    // A search is ranked like the window's: the customer's mobile is an
    // exact match (two transfers of 9000000001), and says so.
    const CliResult searched =
        m_cli->run(common() + QStringList{QStringLiteral("history"), QStringLiteral("--json"),
                                          QStringLiteral("--search"), QStringLiteral("9000000001")});
    QCOMPARE(searched.exitCode, 0);
    const QJsonArray found = QJsonDocument::fromJson(searched.out).array();
    QCOMPARE(found.size(), 2);
    for (const QJsonValue& row : found)
        QCOMPARE(row.toObject().value(QStringLiteral("match")).toString(), QStringLiteral("mobile"));
    const CliResult searchedText =
        m_cli->run(common() + QStringList{QStringLiteral("history"), QStringLiteral("--lang"),
                                          QStringLiteral("en"), QStringLiteral("--search"), m_refs.first()});
    QCOMPARE(searchedText.exitCode, 0);
    QVERIFY2(searchedText.out.startsWith("Exact matches:\n"), searchedText.out.constData());

    const QString csv = m_root.filePath(QStringLiteral("export.csv"));
    const CliResult exported =
        m_cli->run(common() + QStringList{QStringLiteral("export"), QStringLiteral("--lang"),
                                          QStringLiteral("en"), QStringLiteral("--csv"), csv});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.out.startsWith(QStringLiteral("%1 transfers written to").arg(m_refs.size()).toUtf8()),
             exported.out.constData());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    for (const QString& ref : std::as_const(m_refs))
        QVERIFY(bytes.contains(ref.toLatin1()));

    QCOMPARE(
        m_cli->run(common() + QStringList{QStringLiteral("inquire"), QStringLiteral("NOSUCHREF")}).exitCode,
        7);
}

void TestCli::pendingThenReconcile()
{
    // Eko accepts the transfer but keeps it pending (tx_status 2) for 1.5 s:
    // the CLI must say PENDING with exit 3, and a later reconcile settles it.
    QVERIFY(m_sandbox.addFault(
        R"({"call":"initiate_transaction","fault":"awaited","settle_ms":1500,"times":1})"));
    const QString mobile = QStringLiteral("9000000001");
    const CliResult sent = m_cli->run(
        common() + QStringList{QStringLiteral("transfer"), QStringLiteral("--json"), QStringLiteral("--rail"),
                               QStringLiteral("digikhata"), QStringLiteral("--customer"), mobile,
                               QStringLiteral("--recipient-id"), QStringLiteral("10017680"),
                               QStringLiteral("--amount"), QStringLiteral("130")},
        m_otps.feed(mobile, {QStringLiteral("sender"), QStringLiteral("transaction")}));
    QVERIFY2(sent.exitCode == 3, sent.err.constData());
    const QJsonObject t = QJsonDocument::fromJson(sent.out).object();
    QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("PENDING"));
    const QString ref = t.value(QStringLiteral("client_ref_id")).toString();
    m_refs << ref;

    // A second transfer for the same sender is refused while this one is open.
    const CliResult blocked =
        m_cli->run(common() + QStringList{QStringLiteral("transfer"), QStringLiteral("--rail"),
                                          QStringLiteral("digikhata"), QStringLiteral("--customer"), mobile,
                                          QStringLiteral("--recipient-id"), QStringLiteral("10017680"),
                                          QStringLiteral("--amount"), QStringLiteral("130")},
                   m_otps.feed(mobile, {QStringLiteral("sender"), QStringLiteral("transaction")}));
    QCOMPARE(blocked.exitCode, 4);
    QVERIFY2(blocked.err.contains(ref.toLatin1()), blocked.err.constData());

    QTest::qWait(2000);
    const CliResult settled =
        m_cli->run(common() + QStringList{QStringLiteral("reconcile"), QStringLiteral("--json")});
    QVERIFY2(settled.exitCode == 0, settled.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(settled.out).object();
    QCOMPARE(summary.value(QStringLiteral("checked")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("open")).toArray().size(), 0);
    const QJsonArray done = summary.value(QStringLiteral("settled")).toArray();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0).toObject().value(QStringLiteral("client_ref_id")).toString(), ref);
    QCOMPARE(done.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
}

// The bank refused a transfer (REFUND_PENDING). Two `counterdesk-cli refund`
// runs at once on it (two agents, or a script run twice), both given the
// customer's OTP: the journal's claim lets exactly one refund POST go; the
// other says the refund was already sent.
void TestCli::twoRefundsAtOnceMakeOnePost()
{
    QVERIFY(m_sandbox.addFault(R"({"call":"initiate_transaction","fault":"refund_pending","times":1})"));
    const QString mobile = QStringLiteral("9000000002"); // Sunita, on PPI Levin
    const CliResult failed = m_cli->run(
        common() + QStringList{QStringLiteral("transfer"), QStringLiteral("--json"), QStringLiteral("--rail"),
                               QStringLiteral("levin"), QStringLiteral("--customer"), mobile,
                               QStringLiteral("--recipient-id"), QStringLiteral("10017740"),
                               QStringLiteral("--amount"), QStringLiteral("240")},
        m_otps.feed(mobile, {QStringLiteral("sender"), QStringLiteral("transaction")}));
    QVERIFY2(failed.exitCode == 4, failed.err.constData());
    const QJsonObject t = QJsonDocument::fromJson(failed.out).object();
    QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("REFUND_PENDING"));
    const QString ref = t.value(QStringLiteral("client_ref_id")).toString();
    m_refs << ref;
    const int refundsBefore = m_sandbox.callCount(QStringLiteral("refund"));

    QProcess first;
    QProcess second;
    const QStringList refund =
        common() + QStringList{QStringLiteral("refund"), ref, QStringLiteral("--json")};
    m_cli->start(first, refund);
    m_cli->start(second, refund);
    QVERIFY(first.waitForStarted(10000) && second.waitForStarted(10000));
    QByteArray err1;
    QByteArray err2;
    // Both have asked for the customer's OTP (the sandbox sends one; the
    // second ask, within its cool-down, gets the same one back).
    QVERIFY(QTest::qWaitFor(
        [&] {
            err1 += first.readAllStandardError();
            err2 += second.readAllStandardError();
            return err1.contains("Refund OTP") && err2.contains("Refund OTP");
        },
        60000));
    const QByteArray otp = m_sandbox.otp(mobile, QStringLiteral("refund")).toLatin1();
    QVERIFY(!otp.isEmpty());
    first.write(otp + '\n');
    second.write(otp + '\n');
    QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
    err1 += first.readAllStandardError();
    err2 += second.readAllStandardError();

    QCOMPARE(m_sandbox.callCount(QStringLiteral("refund")) - refundsBefore, 1);
    QList<int> codes{first.exitCode(), second.exitCode()};
    std::sort(codes.begin(), codes.end());
    // One refunded (0); the other found the refund claimed (3) or, if it
    // came after the answer, already REFUNDED (0). Never a second POST.
    QVERIFY2(codes.first() == 0 && (codes.last() == 0 || codes.last() == 3),
             (err1 + "\n---\n" + err2).constData());
    if (codes.last() == 3)
        QVERIFY2((err1 + err2).contains("already sent"), (err1 + err2).constData());

    const CliResult after =
        m_cli->run(common() + QStringList{QStringLiteral("inquire"), ref, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("REFUNDED"));
}

void TestCli::checkConnection()
{
    const CliResult r =
        m_cli->run(common() + QStringList{QStringLiteral("check-connection"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(QStringLiteral("signature_accepted")).toBool());
    QVERIFY(o.contains(QStringLiteral("clock_offset_ms")));
}

void TestCli::checkConnectionExplainsForbidden()
{
    CliRunner wrongKey(m_root.path());
    wrongKey.setEnv(QStringLiteral("COUNTERDESK_DEVELOPER_KEY"), QString::fromLatin1(kDeveloperKey));
    wrongKey.setEnv(QStringLiteral("COUNTERDESK_ACCESS_KEY"), QStringLiteral("not-the-right-access-key"));
    const CliResult r = wrongKey.run(common() + QStringList{QStringLiteral("check-connection")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains("403"), r.out.constData());
    QVERIFY(r.out.contains("IP allow-list"));
    QVERIFY(r.out.contains("Clock offset seen in the Date header"));
    QVERIFY(!r.out.contains("not-the-right-access-key"));
}

void TestCli::badProfileFileNamesTheLine()
{
    const QString file = writeProfile("; counter 7\n[profile]\nname = Shop\n"
                                      "base_url = https://staging.eko.in/ekoapi/v3\n"
                                      "initiator_id = 9962981729\nuser_code = 20810200\n"
                                      "timeout_s = soon\n");
    const CliResult r = m_cli->run({QStringLiteral("history"), QStringLiteral("--profile-file"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("line 7"), r.err.constData());
    QVERIFY(r.err.contains("timeout_s"));

    const CliResult json = m_cli->run(
        {QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--profile-file"), file});
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(json.out)
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("BadTimeout")));
}

void TestCli::secretInProfileFileIsRefused()
{
    const QString file = writeProfile("[profile]\nbase_url = https://staging.eko.in/ekoapi/v3\n"
                                      "access_key = d2fe1d99-6298-4af2-8cc5-d97dcf46df30\n");
    const CliResult r =
        m_cli->run({QStringLiteral("check-connection"), QStringLiteral("--profile-file"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("line 3"), r.err.constData());
    QVERIFY(!r.err.contains("d2fe1d99"));
}

void TestCli::httpsRequiredForRealHosts()
{
    const QString file = writeProfile("[profile]\nbase_url = http://staging.eko.in/ekoapi/v3\n"
                                      "initiator_id = 9962981729\nuser_code = 20810200\n");
    const CliResult r =
        m_cli->run({QStringLiteral("check-connection"), QStringLiteral("--profile-file"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("https"), r.err.constData());
    QVERIFY(r.err.contains("line 2"));
}

void TestCli::trainingModeTransfer()
{
    // No --profile-file: the Training profile with the sandbox in-process;
    // the "customer's phone" is stderr.
    const QString dataDir = m_root.filePath(QStringLiteral("training"));
    QStringList purposesSeen;
    const auto feed = [&purposesSeen](const QByteArray& err) -> QByteArray {
        static const QRegularExpression sms(QStringLiteral("SMS to \\d+ \\((\\w+)\\): (\\d+)"));
        auto it = sms.globalMatch(QString::fromUtf8(err));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!purposesSeen.contains(m.captured(1))) {
                purposesSeen << m.captured(1);
                return m.captured(2).toLatin1();
            }
        }
        return {};
    };
    const CliResult r = m_cli->run(
        {QStringLiteral("transfer"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir,
         QStringLiteral("--rail"), QStringLiteral("digikhata"), QStringLiteral("--customer"),
         QStringLiteral("9000000001"), QStringLiteral("--recipient-id"), QStringLiteral("10017680"),
         QStringLiteral("--amount"), QStringLiteral("150")},
        feed);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject t = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(t.value(QStringLiteral("profile")).toString(), QStringLiteral("Training"));
    const CliResult h = m_cli->run(
        {QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir});
    QCOMPARE(h.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(h.out).array().size(), 1);

    // Only the Training sandbox knows this transfer: another profile's server
    // is never asked about it (its "not found" must not settle a transfer).
    const int inquiriesBefore = m_sandbox.callCount(QStringLiteral("transaction_inquiry"));
    const CliResult other =
        m_cli->run({QStringLiteral("inquire"), t.value(QStringLiteral("client_ref_id")).toString(),
                    QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir,
                    QStringLiteral("--profile-file"), m_profile});
    QCOMPARE(other.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(other.out)
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("OtherProfile")));
    QVERIFY2(other.err.contains("\"Training\""), other.err.constData());
    QCOMPARE(m_sandbox.callCount(QStringLiteral("transaction_inquiry")), inquiriesBefore);
}

void TestCli::noSecretInAnyWrittenFile()
{
    QVERIFY(!m_otps.typed().isEmpty());
    QList<QByteArray> needles{kDeveloperKey, kAccessKey, "not-the-right-access-key"};
    for (const QString& otp : m_otps.typed())
        needles << otp.toLatin1();
    // The log must exist, or this scan would prove nothing about it.
    bool sawLog = false;
    for (const char* dir : {"/home", "/config", "/data", "/cache", "/journal", "/training"}) {
        QDirIterator it(m_root.path() + QLatin1String(dir), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            sawLog = sawLog || path.endsWith(QLatin1String(".log"));
            // Journal and log hold customers' data: owner-only (0600).
            if (path.endsWith(QLatin1String(".log")) || path.endsWith(QLatin1String(".sqlite"))) {
                QVERIFY2(counterdesk::platform::isOwnerOnly(path), qPrintable(path));
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray& needle : std::as_const(needles))
                QVERIFY2(!bytes.contains(needle),
                         qPrintable(path + QStringLiteral(" holds ") + QString::fromLatin1(needle)));
        }
    }
    QVERIFY(sawLog);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
