// TortureRun: runs counterdesk-cli once and kills it at a seeded random
// instant, feeding the customer's OTPs as the sandbox "sends" them; shared by
// the transfer and the refund torture.
#pragma once

#include "CliRun.h"

#include <QRandomGenerator>
#include <optional>

namespace counterdesk::torture {

// Where a kill is aimed; the instant inside is random. Uniform instants over
// a whole run would rarely hit the few milliseconds between the journal's
// commit and the money call reaching the sandbox, so some kills aim there.
enum class KillAim {
    WholeRun,       // [0, span) after the process started
    AroundSend,     // [0, kSendWindowMs) after the last OTP went in: commit and POST
    AwaitingAnswer, // [0, answer delay) after the last OTP went in
};

struct KillPlan
{
    KillAim aim = KillAim::WholeRun;
    int ms = 0;
};

class TortureRun
{
public:
    static constexpr int kSendWindowMs = 12;

    // COUNTERDESK_TORTURE_SEED replays a run's plans; otherwise a fresh seed.
    TortureRun();
    quint32 seed() const { return m_seed; }

    // Half over the whole run, a fifth around the send, the rest while the
    // answer is awaited (so enough kills fall between debit and answer).
    KillPlan nextPlan(int spanMs, int answerDelayMs);

    // Runs the CLI with `arguments`; gives the OTP of `purposes[i]` once it
    // printed its i-th OTP prompt (read from the sandbox's control endpoint,
    // as the customer's phone would show it); kills it per `plan` (never
    // without one).
    static CliResult runOnce(CliRunner& cli, const SandboxProcess& sandbox, const QStringList& arguments,
                             const QString& mobile, const QStringList& purposes,
                             const std::optional<KillPlan>& plan);

private:
    quint32 m_seed = 0;
    QRandomGenerator m_random;
};

} // namespace counterdesk::torture
