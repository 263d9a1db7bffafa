#include "KillPhase.h"

namespace counterdesk::torture {

KillPhase killPhaseOf(const QJsonObject& row, const QJsonObject& ledgerEntry, const PhaseRule& rule)
{
    const QString state = row.value(QStringLiteral("state")).toString();
    const bool acted =
        !ledgerEntry.isEmpty() && ledgerEntry.value(QStringLiteral("tx_status")).toInt() == rule.actedStatus;
    // Acted with no in-flight record would be the very bug the comparison
    // reports; here it only counts where the kill landed.
    if (state.isEmpty() || state == rule.stateBefore)
        return acted ? KillPhase::CommittedNotAnswered : KillPhase::BeforeRecord;
    if (state == rule.inFlightState)
        return acted ? KillPhase::CommittedNotAnswered : KillPhase::RecordedNoEffect;
    return KillPhase::AnswerRecorded;
}

QString KillPhaseCounts::report(const PhaseRule& rule) const
{
    QString text;
    const KillPhase phases[] = {KillPhase::BeforeRecord, KillPhase::RecordedNoEffect,
                                KillPhase::CommittedNotAnswered, KillPhase::AnswerRecorded};
    for (int i = 0; i < 4; ++i)
        text += QStringLiteral("  %1: %2\n").arg(rule.labels.value(i)).arg(count(phases[i]));
    return text;
}

} // namespace counterdesk::torture
