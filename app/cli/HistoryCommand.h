// `counterdesk-cli history` and `export`: the journal, filtered, as lines or
// a JSON array, or as a CSV file (history::CsvExporter, the same columns as
// the GUI's export).
#pragma once

#include "cli/HistoryQuery.h"

namespace counterdesk::cli {

class CliContext;

class HistoryCommand
{
public:
    static int list(CliContext& context, const HistoryFilter& filter);
    static int exportCsv(CliContext& context, const HistoryFilter& filter, const QString& csvFile);
};

} // namespace counterdesk::cli
