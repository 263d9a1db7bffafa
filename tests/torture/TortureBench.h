// TortureBench: what the crash tortures share - one counterdesk-sandbox
// process (seeded with TortureSeed's customers), one journal directory, the
// CLI runner, the seeded kill plans - and their steps: calibrate, kill runs,
// place each kill in its phase, reconcile, compare journal and ledger.
#pragma once

#include "CliRun.h"
#include "KillPhase.h"
#include "TortureRun.h"
#include "TortureSeed.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace counterdesk::torture {

class TortureBench
{
public:
    // One kind of CLI run, for any customer.
    struct Command
    {
        std::function<QStringList(const TortureCustomer&)> arguments;
        QStringList otpPurposes; // the OTPs it asks for, in order
    };

    // Starts the sandbox with `sandboxArguments` (e.g. --fault SPEC) and
    // writes the profile the CLI uses (request timeout `timeoutS`).
    bool start(const QStringList& sandboxArguments, int timeoutS, QString* error);

    SandboxProcess& sandbox() { return m_sandbox; }
    CliRunner& cli() { return *m_cli; }
    quint32 seed() const { return m_run.seed(); }
    // --profile-file and --data-dir, for every CLI command.
    QStringList common() const;
    QJsonArray history();
    QJsonArray ledger() const;

    // The next `count` customers of the seed, none used before.
    QList<TortureCustomer> freshCustomers(int count);
    // Runs `command` unkilled once per customer; the median run time (ms),
    // or 0 when a run failed.
    int measureSpan(const Command& command, const QList<TortureCustomer>& customers);
    // Runs `command` for the customers in turn until `kills` runs were
    // killed (plans: TortureRun::nextPlan); the killed customers' mobiles,
    // or {} when a run that ended by itself failed.
    QStringList killRuns(const Command& command, int spanMs, int answerDelayMs,
                         const QList<TortureCustomer>& customers, int kills);
    KillPhaseCounts phasesOf(const QStringList& killed, const PhaseRule& rule);
    // Waits until `graceS` have passed since the last kill (no killed call
    // can still be on the wire), then runs `counterdesk-cli reconcile`;
    // false (and why in `error`) when it failed.
    bool reconcileAfter(int graceS, QString* error);
    // LedgerComparison over every customer handed out; one line per problem.
    QStringList compareJournalWithLedger();

private:
    QTemporaryDir m_root;
    SandboxProcess m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QString m_profile;
    TortureRun m_run;
    int m_nextCustomer = 0;
    QStringList m_used; // every customer handed out (their wallets are checked)
    QElapsedTimer m_sinceLastKill;
};

} // namespace counterdesk::torture
