#include "TortureRun.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace counterdesk::torture {

TortureRun::TortureRun()
{
    bool given = false;
    const quint32 fromEnv = qEnvironmentVariable("COUNTERDESK_TORTURE_SEED").toUInt(&given);
    m_seed = given ? fromEnv : QRandomGenerator::global()->generate();
    m_random.seed(m_seed);
}

KillPlan TortureRun::nextPlan(int spanMs, int answerDelayMs)
{
    const auto below = [this](int limit) {
        return int(m_random.bounded(quint32(std::max(1, limit))));
    };
    const int pick = below(10);
    if (pick < 5)
        return {KillAim::WholeRun, below(spanMs)};
    if (pick < 7)
        return {KillAim::AroundSend, below(kSendWindowMs)};
    return {KillAim::AwaitingAnswer, below(answerDelayMs)};
}

CliResult TortureRun::runOnce(CliRunner& cli, const SandboxProcess& sandbox, const QStringList& arguments,
                              const QString& mobile, const QStringList& purposes,
                              const std::optional<KillPlan>& plan)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qsizetype given = 0;
    qint64 lastOtpAt = -1;
    const auto feed = [&](const QByteArray& err) -> QByteArray {
        // OtpPrompt ends each prompt with ": " and a newline when stdin is no terminal.
        static const QRegularExpression prompt(QStringLiteral("OTP[^\\n]*: \\n"));
        qsizetype prompts = 0;
        for (auto it = prompt.globalMatch(QString::fromUtf8(err)); it.hasNext(); it.next())
            ++prompts;
        if (prompts <= given || given >= purposes.size())
            return {};
        const QString otp = sandbox.otp(mobile, purposes.at(given));
        if (otp.isEmpty())
            return {};
        if (++given == purposes.size())
            lastOtpAt = sinceStart.elapsed();
        return otp.toLatin1();
    };
    const auto killNow = [&]() -> bool {
        if (!plan)
            return false;
        if (plan->aim == KillAim::WholeRun)
            return sinceStart.elapsed() >= plan->ms;
        return lastOtpAt >= 0 && sinceStart.elapsed() >= lastOtpAt + plan->ms;
    };
    return cli.runAndKill(arguments, feed, killNow);
}

} // namespace counterdesk::torture
