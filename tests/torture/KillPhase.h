// KillPhase: where a killed counterdesk-cli run stood when SIGKILL hit it,
// read afterwards from what the crash left behind: the journal row (the
// process's own durable record) and the sandbox's ledger (what Eko did).
// Neither changes between the kill and the reconciliation: each run has its
// own customer, and a delayed answer does not touch the ledger.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace counterdesk::torture {

enum class KillPhase {
    BeforeRecord,         // the money call not journalled yet (lookup, OTPs, confirming)
    RecordedNoEffect,     // journalled as in flight; the sandbox has not acted
    CommittedNotAnswered, // the sandbox acted (debit, refund); no answer recorded
    AnswerRecorded,       // the answer reached the journal
};

// How one kind of money call shows in the journal and the ledger.
struct PhaseRule
{
    QString stateBefore;   // the row's state before the call; empty: no row yet (a transfer)
    QString inFlightState; // the row's state once the call is journalled as in flight
    int actedStatus = 0;   // the ledger's tx_status once the sandbox acted
    QStringList labels;    // the four phases' names, in KillPhase order, for the report
};

// `row`: the journal row ({} = none); `ledgerEntry`: its transaction ({} = none).
KillPhase killPhaseOf(const QJsonObject& row, const QJsonObject& ledgerEntry, const PhaseRule& rule);

class KillPhaseCounts
{
public:
    void add(KillPhase phase) { ++m_counts[phase]; }
    int count(KillPhase phase) const { return m_counts.value(phase); }
    // One line per phase, for the test log and the README's figures.
    QString report(const PhaseRule& rule) const;

private:
    QMap<KillPhase, int> m_counts;
};

} // namespace counterdesk::torture
