// counterdesk-cli speaks the agent's language: Hindi when the system's
// language (LANG) is Hindi or --lang hi is given, English otherwise; --lang
// wins over LANG, and a language CounterDesk does not speak is a usage error.
#include "CliRun.h"
#include "TestRunner.h"

#include <QTemporaryDir>
#include <QTest>

class TestCliLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_cli = std::make_unique<CliRunner>(m_root.path());
    }

    void helpFollowsLang()
    {
        m_cli->setEnv(QStringLiteral("LANG"), QStringLiteral("hi_IN.UTF-8"));
        const CliResult hindi = m_cli->run({QStringLiteral("--help")});
        QCOMPARE(hindi.exitCode, 0);
        QVERIFY2(QString::fromUtf8(hindi.out).startsWith(QStringLiteral("उपयोग: counterdesk-cli")),
                 hindi.out.left(200).constData());
        QVERIFY(QString::fromUtf8(hindi.out).contains(QStringLiteral("नए ग्राहक का KYC पूरा करें")));

        // --lang wins over the system's language.
        const CliResult english =
            m_cli->run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY2(english.out.startsWith("Usage: counterdesk-cli"), english.out.left(200).constData());
        m_cli->setEnv(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        QVERIFY(m_cli->run({QStringLiteral("--help")}).out.startsWith("Usage: counterdesk-cli"));
    }

    void errorsInTheChosenLanguage()
    {
        m_cli->setEnv(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        const CliResult r = m_cli->run({QStringLiteral("--lang=hi"), QStringLiteral("teleport")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("अज्ञात कमांड \"teleport\"")),
                 r.err.constData());

        const CliResult french =
            m_cli->run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("history")});
        QCOMPARE(french.exitCode, 1);
        QVERIFY2(french.err.contains("--lang must be en or hi"), french.err.constData());
    }

private:
    QTemporaryDir m_root;
    std::unique_ptr<CliRunner> m_cli;
};

COUNTERDESK_TEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
