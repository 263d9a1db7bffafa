// Crash safety (issue "The journal"): a counter app killed with SIGKILL
// after its SUBMITTING row is committed and its Initiate has reached Eko,
// but before any answer. A fresh Reconciler must settle the row to Eko's
// true state (SUCCESS), and Eko must have seen exactly one Initiate.
//
// Two real processes: the counterdesk-sandbox executable (with the
// commit-then-timeout fault: it applies the Initiate and never answers) and
// transfer_crash_child, which runs a TransferSession up to confirmAndSend().
#include "TestRunner.h"
#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "transfer/Reconciler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace counterdesk;
using namespace counterdesk::transfer;

namespace {

QString readLine(QProcess& p, const QString& prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        while (p.canReadLine()) {
            const QString line = QString::fromUtf8(p.readLine()).trimmed();
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed();
            if (line.startsWith(QLatin1String("FAILED")))
                return line;
        }
        if (p.state() == QProcess::NotRunning)
            return {};
        p.waitForReadyRead(200);
    }
    return {};
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
    QProcess m_sandbox;
    QUrl m_root; // http://127.0.0.1:PORT
    QNetworkAccessManager m_network;

    QJsonObject counters()
    {
        QNetworkReply* reply = m_network.get(
            QNetworkRequest(m_root.resolved(QUrl(QStringLiteral("/sandbox/control/counters")))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(5000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }
    int initiatesFor(const QString& ref)
    {
        return counters().value(QStringLiteral("initiates_by_client_ref_id")).toObject().value(ref).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox.setProgram(QStringLiteral(COUNTERDESK_SANDBOX_EXE));
        m_sandbox.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
                                QStringLiteral("--fault"), QStringLiteral("initiate_transaction:timeout")});
        m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        m_sandbox.start();
        QVERIFY2(m_sandbox.waitForStarted(10000), qPrintable(m_sandbox.errorString()));
        const QString address = readLine(m_sandbox, QStringLiteral("listening on"), 15000);
        QVERIFY2(address.startsWith(QLatin1String("http://")), qPrintable(address));
        m_root = QUrl(address);
    }

    void cleanupTestCase()
    {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.kill();
            m_sandbox.waitForFinished(5000);
        }
    }

    void killedAfterCommitIsReconciledToTheTruth()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QUrl base(m_root.toString() + QStringLiteral("/ekoapi/v3"));

        QProcess child;
        child.setProgram(QStringLiteral(TRANSFER_CRASH_CHILD_EXE));
        child.setArguments({base.toString(), dir.path(), QStringLiteral("9000000001"),
                            QStringLiteral("10017680"), QStringLiteral("230")});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted(10000));
        const QString ref = readLine(child, QStringLiteral("SUBMITTED"), 60000);
        QVERIFY2(!ref.isEmpty() && !ref.startsWith(QLatin1String("FAILED")), qPrintable(ref));

        // Kill only once Eko (the sandbox) has applied the Initiate: the
        // worst case, money moved and nobody heard the answer.
        QTRY_COMPARE_WITH_TIMEOUT(initiatesFor(ref), 1, 15000);
        QCOMPARE(child.state(), QProcess::Running); // still waiting for the answer
        child.kill();                               // SIGKILL on Unix
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The next start of the app: the row is there, still SUBMITTING.
        journal::Journal journal;
        QVERIFY(journal.open(dir.path()).ok());
        const auto before = journal.transfer(ref);
        QVERIFY(before.ok() && before.value());
        QCOMPARE(before.value()->state, journal::TransferState::Submitting);
        QCOMPARE(before.value()->amount, Money::fromRupees(230));

        eko::ClientConfig config;
        config.endpoints.setBaseUrl(base);
        config.credentials = {QStringLiteral("becbbce45f79c6f5109f848acd540567"),
                              QByteArray("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"),
                              QStringLiteral("9962981729"), QStringLiteral("20810200")};
        eko::EkoClient client(&m_network, config);
        // The app restarts later than the SUBMITTING grace (a dead app's
        // POST can no longer be in flight); pin "now" past it.
        ReconcilerOptions options;
        options.clock = [] {
            return QDateTime::currentDateTimeUtc().addSecs(120);
        };
        Reconciler reconciler(&client, &journal, options);
        QSignalSpy settled(&reconciler, &Reconciler::transferSettled);
        reconciler.start();
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 20000);
        const auto after = journal.transfer(ref);
        QCOMPARE(after.value()->state, journal::TransferState::Success);
        QVERIFY(!after.value()->tid.isEmpty());
        QCOMPARE(reconciler.pendingCount(), 0);

        // Exactly one Initiate for that ref, and none other at all.
        QCOMPARE(initiatesFor(ref), 1);
        QCOMPARE(counters()
                     .value(QStringLiteral("calls"))
                     .toObject()
                     .value(QStringLiteral("initiate_transaction"))
                     .toInt(),
                 1);
        const auto events = journal.events(ref);
        QVERIFY(events.ok());
        for (const journal::TransferEvent& e : events.value())
            QVERIFY(e.toState != journal::TransferState::Failed);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
