// HistoryText: the words and colours of the history screens.
//
// The core returns enums (TransferState, Rail, EventSource); this is where
// the history view, its detail panel and the end-of-day summary turn them
// into the agent's language, so all three say "Pending" the same way.
// Status colours always travel with the status word: never colour alone.
#pragma once

#include "domain/Rail.h"
#include "journal/EventSource.h"
#include "journal/SearchMatch.h"
#include "journal/Transfer.h"
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
    // "1 transfer", "2 transfers", "1,00,000 transfers": the plural form
    // from the catalogue (tr's %n), the count grouped like every number.
    static QString transferCount(qint64 count);
    // `translated` is what tr(text, nullptr, count) gave: its %n, written
    // by Qt as plain digits, in MoneyFormatter's Indian grouping instead.
    static QString groupCount(QString translated, qint64 count);
    // tr()'s numerus argument: a count that no journal reaches, clamped.
    static int numerus(qint64 count);

    // Why a search found `transfer`, with its value: "TID 1234567890",
    // "customer mobile 9876543210", "account ending 7890".
    static QString match(journal::SearchMatch match, const journal::Transfer& transfer);
    // The line under a row's date while searching: "Exact match: TID …" or
    // "Similar: account ending 7890". Empty without a search.
    static QString matchMarker(journal::SearchMatch match, const journal::Transfer& transfer);

    // The language amounts are written in on the agent's screens.
    static DisplayLanguage language();
};

} // namespace counterdesk::ui
