#include "cli/ReconcileCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/TransferJson.h"
#include "transfer/Reconciler.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace counterdesk::cli {
int ReconcileCommand::run(CliContext& context)
{
    if (const int code = context.openJournal(); code != ExitOk)
        return code;
    const auto before = context.journal().openTransfers();
    if (!before.ok())
        return context.fail(ExitJournal, CliText::journalError(before.error()),
                            journal::errorName(before.error()));
    if (const int code = context.connect(); code != ExitOk)
        return code;

    transfer::Reconciler reconciler(context.client(), &context.journal());
    QList<journal::Transfer> settled;
    std::optional<journal::JournalError> journalError;
    bool idle = before->isEmpty();
    QObject::connect(&reconciler, &transfer::Reconciler::transferSettled, &reconciler,
                     [&settled](const journal::Transfer& t) { settled.append(t); });
    QObject::connect(&reconciler, &transfer::Reconciler::idle, &reconciler, [&idle] { idle = true; });
    QObject::connect(&reconciler, &transfer::Reconciler::journalFailed, &reconciler,
                     [&journalError](journal::JournalError e) { journalError = e; });
    reconciler.start();
    context.waitUntil([&] { return journalError.has_value() || (idle && reconciler.isIdle()); });
    reconciler.stop();
    if (journalError)
        return context.fail(ExitJournal, CliText::journalError(*journalError),
                            journal::errorName(*journalError));

    const auto after = context.journal().openTransfers();
    if (!after.ok())
        return context.fail(ExitJournal, CliText::journalError(after.error()),
                            journal::errorName(after.error()));
    if (context.json()) {
        QJsonArray settledJson;
        for (const journal::Transfer& t : settled)
            settledJson.append(TransferJson::toJson(t));
        QJsonArray openJson;
        for (const journal::Transfer& t : *after)
            openJson.append(TransferJson::toJson(t));
        context.printJson(QJsonObject{{QStringLiteral("checked"), static_cast<int>(before->size())},
                                      {QStringLiteral("settled"), settledJson},
                                      {QStringLiteral("open"), openJson}});
    } else {
        context.out() << QCoreApplication::translate(
                             "ReconcileCommand", "Checked %1 open transfer(s); %2 settled, %3 still open.")
                             .arg(before->size())
                             .arg(settled.size())
                             .arg(after->size())
                      << Qt::endl;
        for (const journal::Transfer& t : settled)
            context.out() << TransferJson::toText(t) << Qt::endl;
    }
    return ExitOk;
}

} // namespace counterdesk::cli
