// LedgerExport: `counterdesk-gateway ledger export --csv`, the ledger's
// transfers as a CSV file for the partner's accounts.
//
// The same file conventions as the counter's own export (history::CsvExporter:
// RFC 4180 fields, CRLF, a UTF-8 byte order mark for Excel, fixed English
// column names, plain rupee amounts, ISO 8601 times in IST), so one
// spreadsheet macro reads both.
#pragma once

#include "gateway/Ledger.h"

#include <QDate>
#include <QStringList>
#include <optional>

class QIODevice;

namespace counterdesk::gateway {

class LedgerExport
{
public:
    static QStringList columns();
    // from/to: IST calendar days, both included; counterName empty = all.
    // Returns the rows written, or nullopt on a database error (ledger.error()).
    static std::optional<qint64> write(Ledger& ledger, const std::optional<QDate>& from,
                                       const std::optional<QDate>& to, const QString& counterName,
                                       QIODevice& out);
};

} // namespace counterdesk::gateway
