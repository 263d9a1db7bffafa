// HistoryText: the words and colours of the history screens.
//
// The core returns enums (TransferState, Rail, EventSource); this is where
// the history view, its detail panel and the end-of-day summary turn them
// into the agent's language, so all three say "Pending" the same way.
// Status colours always travel with the status word: never colour alone.
#pragma once

#include "domain/Rail.h"
#include "journal/EventSource.h"
#include "journal/TransferState.h"
#include "money/DisplayLanguage.h"
#include "money/Money.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace counterdesk::ui {

class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::HistoryText)
public:
    static QString state(journal::TransferState state);
    static QString rail(Rail rail);
    static QString source(journal::EventSource source);
    // High-contrast text colour and a pale background for a status cell.
    static QColor stateForeground(journal::TransferState state);
    static QColor stateBackground(journal::TransferState state);

    // Date and time in the agent's locale, always in IST, marked "IST" so a
    // PC set to another zone cannot make a receipt and the screen disagree.
    static QString dateTime(const QDateTime& utc);
    static QString money(Money amount);
    static QString money(const std::optional<Money>& amount); // "—" when unknown
    static QString orDash(const QString& text);
    // The language amounts are written in on the agent's screens.
    static DisplayLanguage language();
};

} // namespace counterdesk::ui
