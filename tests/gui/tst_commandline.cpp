// The counterdesk executable answers --version and --help on a machine with
// no display at all, as CI and a support shell are.
#include "TestRunner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("CounterDesk ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Qt ")));
    }

    void help()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Usage:")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--version")));
        QVERIFY(run.out.contains(QStringLiteral("--settings")));
    }

    void unknownOptionIsAnErrorNotACrash()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--no-such-option")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
    }

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run runWithoutDisplay(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
            env.remove(QString::fromLatin1(name));
        }
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(COUNTERDESK_EXE), arguments);
        Run run;
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            run.err = QString::fromLocal8Bit(process.readAllStandardError());
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        run.err = QString::fromLocal8Bit(process.readAllStandardError());
        return run;
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
