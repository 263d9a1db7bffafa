// KillPhase: where a killed counterdesk-cli run stood when SIGKILL hit it,
// read afterwards from what the crash left behind: the journal row (the
// process's own durable record) and the sandbox's ledger (what Eko did).
// Nothing changes either between the kill and the reconciliation: each
// round has its own customer, and a delayed answer does not touch the ledger.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace counterdesk::torture {

enum class KillPhase {
    BeforeRow,            // no journal row yet (looking up, OTPs, confirming)
    RowNoEffect,          // row committed, the money call has not acted
    CommittedNotAnswered, // the sandbox acted (debit/refund), no answer recorded
    AnswerRecorded,       // the answer reached the journal
};

// `actedStatus`: the ledger tx_status that shows the money call acted (0
// for a transfer's debit, 4 for a refund). Empty `row` = no journal row.
KillPhase killPhaseOf(const QJsonObject& row, const QString& inFlightState, const QJsonObject& ledgerEntry,
                      int actedStatus);

class KillPhaseCounts
{
public:
    void add(KillPhase phase) { ++m_counts[phase]; }
    int count(KillPhase phase) const { return m_counts.value(phase); }
    // One line per phase, for the test log and the README's figures.
    QString report(const QString& inFlightState, const QString& acted) const;

private:
    QMap<KillPhase, int> m_counts;
};

} // namespace counterdesk::torture
