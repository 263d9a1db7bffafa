// HistoryQuery: the --from/--to/--status/--search options of `history` and
// `export` as a journal SearchQuery.
//
// Dates are counter days: --from 2026-11-01 --to 2026-11-30 means midnight
// IST at the start of the 1st to midnight IST at the end of the 30th (the
// journal keeps UTC; history::IstDay does the conversion). A full ISO date
// and time with an offset is taken as given.
#pragma once

#include "journal/SearchQuery.h"

#include <QString>
#include <optional>

namespace counterdesk::cli {

struct HistoryFilter
{
    QString from;
    QString to;
    QString status; // comma-separated states: "SUCCESS,PENDING"
    QString search;
};

struct HistoryQueryBuild
{
    journal::SearchQuery query;
    QString badOption; // "--from", "--to", "--status" when unusable
    bool ok() const { return badOption.isEmpty(); }
};

class HistoryQuery
{
public:
    static HistoryQueryBuild build(const HistoryFilter& filter);
    static std::optional<QDateTime> parseTime(const QString& text, bool endOfDay);
};

} // namespace counterdesk::cli
