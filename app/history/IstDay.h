// IstDay: one calendar day at the counter, as a UTC range for the journal.
//
// The journal stores UTC; an Indian agent's "today" runs midnight to
// midnight IST whatever the PC's own time zone says, so end-of-day totals
// and a day's export use this range rather than the system zone.
#pragma once

#include <QDate>
#include <QDateTime>
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
};

} // namespace counterdesk::history
