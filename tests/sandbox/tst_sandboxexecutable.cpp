// The counterdesk-sandbox executable as other processes use it: the exact
// "listening on" line, a request to that address, --help and --version.
#include "CliRun.h"
#include "TestRunner.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestSandboxExecutable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listeningLine()
    {
        QProcess process;
        process.start(QStringLiteral(COUNTERDESK_SANDBOX_EXE),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")});
        QVERIFY(process.waitForStarted());
        QVERIFY(process.waitForReadyRead(10000));
        QTRY_VERIFY(process.canReadLine());
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpression pattern(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        // It really accepts connections: the control endpoint answers.
        QNetworkAccessManager nam;
        QNetworkReply* reply = nam.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/sandbox/control/counters").arg(match.captured(1)))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!reply->rawHeader("Date").isEmpty());
        delete reply;
        process.kill();
        process.waitForFinished();
    }

    void help()
    {
        QProcess process;
        process.start(QStringLiteral(COUNTERDESK_SANDBOX_EXE), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        for (const char* needle : {"--port",
                                   "--host",
                                   "--allow-remote",
                                   "--seed",
                                   "--developer-key",
                                   "--access-key",
                                   "--fault",
                                   "--clock-offset-ms",
                                   "--tls-cert",
                                   "--tls-key",
                                   "--version",
                                   "9000000001",
                                   "9000000002",
                                   "9000000003",
                                   "9000000004",
                                   "9000000005",
                                   "9000000006",
                                   "9000000008",
                                   "9000000010",
                                   "9000000011",
                                   "get_consent_details",
                                   "234567890124",
                                   "/sandbox/control/faults",
                                   "Fee rule"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
    }

    void version()
    {
        QProcess process;
        process.start(QStringLiteral(COUNTERDESK_SANDBOX_EXE), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardOutput().startsWith("counterdesk-sandbox "));
    }

    void refusesRemoteHostWithoutFlag()
    {
        QProcess process;
        process.start(QStringLiteral(COUNTERDESK_SANDBOX_EXE),
                      {QStringLiteral("--host"), QStringLiteral("0.0.0.0")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardError().contains("allow-remote"));
    }

    void badSeedFails()
    {
        QProcess process;
        process.start(QStringLiteral(COUNTERDESK_SANDBOX_EXE),
                      {QStringLiteral("--seed"), QStringLiteral("/nonexistent/seed.json")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("cannot read seed"));
    }

    void tlsCertWithoutKeyFails()
    {
        QProcess process;
        process.start(QStringLiteral(COUNTERDESK_SANDBOX_EXE),
                      {QStringLiteral("--tls-cert"), QStringLiteral("c.pem")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2); // a usage error
        QVERIFY(process.readAllStandardError().contains("--tls-cert and --tls-key go together"));
        process.start(QStringLiteral(COUNTERDESK_SANDBOX_EXE),
                      {QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/c.pem"),
                       QStringLiteral("--tls-key"), QStringLiteral("/nonexistent/k.pem")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--tls-cert /nonexistent/c.pem: "));
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
