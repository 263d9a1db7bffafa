// CsvExporter: the journal as a CSV file for the owner, a spreadsheet or support.
//
// One exporter for the history view and `counterdesk-cli export --csv`, so
// both write the same columns. RFC 4180: comma separated, CRLF line ends, a
// field quoted when it holds a comma, a quote, CR or LF, quotes doubled. The
// file starts with a UTF-8 byte order mark because Excel on Windows reads a
// BOM-less CSV as the ANSI code page and would garble Hindi names.
//
// Column names are fixed English identifiers (not tr()): the file is a record
// that scripts read, whatever language the agent's screen is in. Amounts are
// plain rupees with two decimals ("1500.00", no grouping, no sign) so a
// spreadsheet sums them; times are ISO 8601 in IST with the offset written.
//
// Formula injection (OWASP "CSV Injection"): a name or an Eko message that
// starts with =, +, -, @, a tab or a CR would run as a formula when the owner
// opens the file in Excel or LibreOffice ("=HYPERLINK(...)" typed as a
// recipient's name). guard() is the one place that defuses them: such a cell
// gets a leading apostrophe, which spreadsheets show but never evaluate.
// A cell that is a plain decimal number ("-150.00", "+5") is left alone: it
// cannot hold a call or a reference, and an apostrophe would turn a negative
// amount into text that no longer sums. Our own amounts carry no sign today;
// the exception keeps their meaning if a refund is ever written as negative.
#pragma once

#include "journal/Result.h"
#include "journal/SearchQuery.h"
#include "journal/Transfer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>

class QIODevice;

namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::history {

class CsvExporter
{
public:
    // Called after each page written with the rows so far; return false to stop.
    using Progress = std::function<bool(qint64 rowsWritten)>;

    // The BOM, the header line and every transfer matching `query` (its
    // offset and limit are ignored: all matches, newest first). Returns the
    // number of rows written. A journal error stops the export and is
    // returned; the device then holds a partial file the caller discards.
    static journal::Result<qint64> write(const journal::Journal& journal, journal::SearchQuery query,
                                         QIODevice& out, const Progress& progress = {});

    static QStringList columns();
    static QStringList fields(const journal::Transfer& transfer);

    // The field, defused against formula injection (see above).
    static QString guard(QStringView field);
    // One RFC 4180 field: quoted only when it must be.
    static QString quote(QStringView field);
    // Fields guarded, quoted and joined by commas, ending in CRLF, as UTF-8.
    static QByteArray line(const QStringList& fields);
    static QByteArray byteOrderMark();
};

} // namespace counterdesk::history
