#include "cli/HistoryCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/TransferJson.h"
#include "history/CsvExporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <climits>
#include <optional>

namespace counterdesk::cli {
int HistoryCommand::list(CliContext& context, const HistoryFilter& filter)
{
    HistoryQueryBuild build = HistoryQuery::build(filter);
    if (!build.ok())
        return context.fail(ExitUsage, QCoreApplication::translate(
                                           "HistoryCommand", "%1 is not a date (YYYY-MM-DD) or a state name")
                                           .arg(build.badOption));
    if (const int code = context.openJournal(); code != ExitOk)
        return code;
    QJsonArray array;
    build.query.limit = 1000;
    build.query.offset = 0;
    // The journal ranks a search (exact TID, reference or mobile first); the
    // text output says where the exact matches end, JSON says it per row.
    std::optional<bool> lastExact;
    for (;;) {
        const journal::Result<journal::SearchPage> page = context.journal().search(build.query);
        if (!page.ok())
            return context.fail(ExitJournal, CliText::journalError(page.error()),
                                journal::errorName(page.error()));
        for (qsizetype i = 0; i < page->transfers.size(); ++i) {
            const journal::Transfer& t = page->transfers.at(i);
            const journal::SearchMatch match = page->matches.value(i, journal::SearchMatch::None);
            if (context.json()) {
                QJsonObject row = TransferJson::toJson(t);
                if (match != journal::SearchMatch::None)
                    row.insert(QStringLiteral("match"), journal::matchName(match));
                array.append(row);
                continue;
            }
            if (match != journal::SearchMatch::None && lastExact != journal::isExactMatch(match)) {
                lastExact = journal::isExactMatch(match);
                context.out() << (*lastExact ? QCoreApplication::translate("HistoryCommand", "Exact matches:")
                                             : QCoreApplication::translate(
                                                   "HistoryCommand", "Similar matches (other transfers):"))
                              << '\n';
            }
            context.out() << TransferJson::toText(t) << '\n';
        }
        if (!page->hasMore)
            break;
        build.query.offset += build.query.limit;
    }
    if (context.json())
        context.printJson(array);
    context.out().flush();
    return ExitOk;
}

int HistoryCommand::exportCsv(CliContext& context, const HistoryFilter& filter, const QString& csvFile)
{
    const HistoryQueryBuild build = HistoryQuery::build(filter);
    if (!build.ok())
        return context.fail(ExitUsage, QCoreApplication::translate(
                                           "HistoryCommand", "%1 is not a date (YYYY-MM-DD) or a state name")
                                           .arg(build.badOption));
    if (const int code = context.openJournal(); code != ExitOk)
        return code;
    // QSaveFile: a failed export never leaves half a file where the last good one was.
    QSaveFile file(csvFile);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(ExitOutputFile,
                            QCoreApplication::translate("HistoryCommand", "cannot write %1: %2")
                                .arg(csvFile, file.errorString()));
    const journal::Result<qint64> rows = history::CsvExporter::write(context.journal(), build.query, file);
    if (!rows.ok()) {
        file.cancelWriting();
        return context.fail(ExitJournal, CliText::journalError(rows.error()),
                            journal::errorName(rows.error()));
    }
    if (!file.commit())
        return context.fail(ExitOutputFile,
                            QCoreApplication::translate("HistoryCommand", "cannot write %1: %2")
                                .arg(csvFile, file.errorString()));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("file"), csvFile}, {QStringLiteral("rows"), *rows}});
    else {
        // The count is computed outside translate(): Qt 6.4's lupdate never
        // returns from a template argument list (min<qint64>) inside its call.
        const int written = int(std::min<qint64>(*rows, INT_MAX));
        context.out() << QCoreApplication::translate("HistoryCommand", "%n transfer(s) written to %1",
                                                     nullptr, written)
                             .arg(csvFile)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace counterdesk::cli
