// IstDay: one calendar day at the counter, as a UTC range for the journal.
//
// The journal stores UTC; an Indian agent's "today" runs midnight to
// midnight IST whatever the PC's own time zone says, so end-of-day totals
// and a day's export use this range rather than the system zone.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace counterdesk::history {

class IstDay
{
public:
    static QTimeZone zone();
    // [start, end) of `day` in IST, as UTC times.
    static QDateTime start(const QDate& day);
    static QDateTime end(const QDate& day);
    // The IST calendar day that `utc` falls on.
    static QDate dayOf(const QDateTime& utc);
    static QDate today();
    // `utc` as ISO 8601 in IST with its offset ("2025-01-21T12:37:20+05:30"), empty if invalid:
    // the time format of every CSV export (the journal's and the gateway ledger's).
    static QString isoText(const QDateTime& utc);
};

} // namespace counterdesk::history
