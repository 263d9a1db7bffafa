#include "KillPhase.h"

namespace counterdesk::torture {

KillPhase killPhaseOf(const QJsonObject& row, const QString& inFlightState, const QJsonObject& ledgerEntry,
                      int actedStatus)
{
    if (row.isEmpty())
        return KillPhase::BeforeRow;
    if (row.value(QStringLiteral("state")).toString() != inFlightState)
        return KillPhase::AnswerRecorded;
    const bool acted =
        !ledgerEntry.isEmpty() && ledgerEntry.value(QStringLiteral("tx_status")).toInt() == actedStatus;
    return acted ? KillPhase::CommittedNotAnswered : KillPhase::RowNoEffect;
}

QString KillPhaseCounts::report(const QString& inFlightState, const QString& acted) const
{
    return QStringLiteral("  before the %1 row: %2\n"
                          "  %1 row, nothing %3 yet: %4\n"
                          "  %3, answer not recorded: %5\n"
                          "  answer recorded: %6\n")
        .arg(inFlightState)
        .arg(count(KillPhase::BeforeRow))
        .arg(acted)
        .arg(count(KillPhase::RowNoEffect))
        .arg(count(KillPhase::CommittedNotAnswered))
        .arg(count(KillPhase::AnswerRecorded));
}

} // namespace counterdesk::torture
