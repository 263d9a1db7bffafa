#include "DaySummary.h"

#include "history/IstDay.h"
#include "journal/Journal.h"

namespace counterdesk::ui {

using journal::TransferState;

qint64 DaySummary::count() const
{
    qint64 n = 0;
    for (const auto& r : rows)
        n += r.count;
    return n;
}

qint64 DaySummary::successCount() const
{
    qint64 n = 0;
    for (const auto& r : rows)
        n += r.state == TransferState::Success ? r.count : 0;
    return n;
}

Money DaySummary::sent() const
{
    Money m;
    for (const auto& r : rows) {
        if (r.state == TransferState::Success)
            m += r.amount;
    }
    return m;
}

Money DaySummary::feesCollected() const
{
    // A failed or refunded transfer's fee goes back with the money.
    Money m;
    for (const auto& r : rows) {
        if (r.state == TransferState::Success)
            m += r.fees;
    }
    return m;
}

qint64 DaySummary::openCount() const
{
    qint64 n = 0;
    for (const auto& r : rows)
        n += (journal::isOpen(r.state) || r.state == TransferState::RefundPending) ? r.count : 0;
    return n;
}

Money DaySummary::openAmount() const
{
    Money m;
    for (const auto& r : rows) {
        if (journal::isOpen(r.state) || r.state == TransferState::RefundPending)
            m += r.amount;
    }
    return m;
}

DaySummary DaySummary::load(const journal::Journal& journal, const QDate& day)
{
    DaySummary s;
    s.day = day;
    const auto totals = journal.totals(history::IstDay::start(day), history::IstDay::end(day));
    if (totals.ok())
        s.rows = totals.value();
    else
        s.error = totals.error();
    return s;
}

} // namespace counterdesk::ui
