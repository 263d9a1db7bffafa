#include "cli/HistoryQuery.h"

#include "history/IstDay.h"

namespace counterdesk::cli {

std::optional<QDateTime> HistoryQuery::parseTime(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return endOfDay ? history::IstDay::end(day) : history::IstDay::start(day);
    const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (when.isValid())
        return when.toUTC();
    return std::nullopt;
}

HistoryQueryBuild HistoryQuery::build(const HistoryFilter& filter)
{
    HistoryQueryBuild out;
    if (!filter.from.isEmpty()) {
        const auto from = parseTime(filter.from, false);
        if (!from) {
            out.badOption = QStringLiteral("--from");
            return out;
        }
        out.query.from = *from;
    }
    if (!filter.to.isEmpty()) {
        const auto to = parseTime(filter.to, true);
        if (!to) {
            out.badOption = QStringLiteral("--to");
            return out;
        }
        out.query.to = *to;
    }
    if (!filter.status.isEmpty()) {
        for (const QString& name : filter.status.split(u',', Qt::SkipEmptyParts)) {
            const auto state = journal::stateFromName(name.trimmed().toUpper());
            if (!state) {
                out.badOption = QStringLiteral("--status");
                return out;
            }
            out.query.states.append(*state);
        }
    }
    out.query.text = filter.search;
    return out;
}

} // namespace counterdesk::cli
