// Crash safety: a process killed with SIGKILL right after recordSubmitting()
// returned must leave the SUBMITTING row intact and non-final, and a process
// killed at a random instant must leave no half-written record.
#include "TestRunner.h"
#include "journal/Journal.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace counterdesk;
using namespace counterdesk::journal;

class TestJournalCrash : public QObject
{
    Q_OBJECT

    // Starts the helper and returns the refs it reported as committed
    // before it was killed after `lines` of them.
    static QStringList runAndKill(QProcess& p, const QString& dir, const QString& mode, const QString& ref,
                                  int lines)
    {
        p.setProgram(QStringLiteral(JOURNAL_CRASH_HELPER));
        p.setArguments({dir, mode, ref});
        p.start();
        if (!p.waitForStarted(10000))
            return {QStringLiteral("helper did not start")};
        QStringList committed;
        QByteArray buffer;
        while (committed.size() < lines) {
            if (!p.waitForReadyRead(20000))
                break;
            buffer += p.readAllStandardOutput();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                // trimmed(): on Windows the helper's text-mode stdout ends lines in CRLF.
                const QByteArray line = buffer.left(nl).trimmed();
                buffer.remove(0, nl + 1);
                if (line.startsWith("COMMITTED "))
                    committed += QString::fromUtf8(line.mid(10));
            }
        }
        p.kill(); // SIGKILL on POSIX, TerminateProcess on Windows
        p.waitForFinished(10000);
        buffer += p.readAllStandardOutput();
        for (const QByteArray& line : buffer.split('\n')) {
            if (line.startsWith("COMMITTED "))
                committed += QString::fromUtf8(line.mid(10).trimmed());
        }
        return committed;
    }

private Q_SLOTS:
    void submittingRowSurvivesKill()
    {
        QTemporaryDir dir;
        QProcess p;
        const QStringList committed =
            runAndKill(p, dir.path(), QStringLiteral("once"), QStringLiteral("crash1"), 1);
        QCOMPARE(committed, QStringList{QStringLiteral("crash1")});
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        Journal journal;
        QVERIFY(journal.open(dir.path()).ok());
        const auto t = journal.transfer(QStringLiteral("crash1"));
        QVERIFY(t.ok() && t->has_value());
        QCOMPARE(t->value().state, TransferState::Submitting);
        QVERIFY(!isFinal(t->value().state));
        QCOMPARE(t->value().amount, Money::fromRupees(100));
        QCOMPARE(journal.events(QStringLiteral("crash1"))->size(), 1);
        // The reconciler will find it, and the sender stays blocked.
        QCOMPARE(journal.openTransfers()->size(), 1);
        QVERIFY(journal.blockingTransferFor(t->value().senderMobile)->has_value());
    }

    void killAtRandomInstantsLeavesConsistentRecords()
    {
        QTemporaryDir dir;
        int total = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess p;
            const int lines = 5 + int(QRandomGenerator::global()->bounded(40));
            const QStringList committed =
                runAndKill(p, dir.path(), QStringLiteral("loop"), QStringLiteral("k%1n").arg(round), lines);
            QVERIFY(committed.size() >= lines);
            total += int(committed.size());

            Journal journal;
            QVERIFY(journal.open(dir.path()).ok());
            for (const QString& ref : committed) {
                const auto t = journal.transfer(ref);
                QVERIFY2(t.ok() && t->has_value(), qPrintable(ref));
                // Never half-written: the projection is the fold of the log.
                QCOMPARE(journal.rebuildFromEvents(ref).value(), t->value());
            }
        }
        Journal journal;
        QVERIFY(journal.open(dir.path()).ok());
        // Rows the helper committed but had no time to report are fine too:
        // every row in the file must be whole.
        QVERIFY(journal.count({}).value() >= total);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journalcrash.moc"
