// DaySummary: one counter day's figures, from Journal::totals().
//
// Built once from the journal's (state, rail) rows and then only read, by
// the dialog's table and by the printed document, so the screen and the
// paper cannot disagree.
#pragma once

#include "journal/JournalError.h"
#include "journal/TotalsRow.h"
#include "money/Money.h"

#include <QDate>
#include <QList>

namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::ui {

struct DaySummary
{
    QDate day; // IST calendar day
    QList<journal::TotalsRow> rows;
    journal::JournalError error = journal::JournalError::None;

    qint64 count() const;
    // Money that left for the bank (SUCCESS only) and the fees on it.
    qint64 successCount() const;
    Money sent() const;
    Money feesCollected() const;
    // Money not yet settled either way (open or awaiting refund).
    qint64 openCount() const;
    Money openAmount() const;

    static DaySummary load(const journal::Journal& journal, const QDate& day);
};

} // namespace counterdesk::ui
