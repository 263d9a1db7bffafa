#include "cli/InquireCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/TransferJson.h"
#include "transfer/ProfileScope.h"
#include "transfer/StatusCheck.h"

#include <QCoreApplication>

namespace counterdesk::cli {
int InquireCommand::run(CliContext& context, const QString& ref)
{
    journal::Transfer found;
    if (const int code = context.findTransfer(ref, found); code != ExitOk)
        return code;
    if (const int code = context.connect(); code != ExitOk)
        return code;
    if (!transfer::ProfileScope::mayAsk(context.client()->config(), found))
        //: %1 the profile the transfer was made on
        return context.fail(ExitConfig,
                            QCoreApplication::translate(
                                "InquireCommand", "this transfer was made on the profile \"%1\"; only that "
                                                  "profile's server knows it: run with its --profile-file")
                                .arg(found.profile),
                            QStringLiteral("OtherProfile"));

    struct Outcome
    {
        journal::Transfer transfer;
        transfer::InquiryVerdict verdict = transfer::InquiryVerdict::NoAnswer;
        journal::JournalError error = journal::JournalError::None;
    };
    std::optional<Outcome> outcome;
    transfer::StatusCheck* check = transfer::StatusCheck::start(context.client(), &context.journal(), found,
                                                                journal::EventSource::Inquiry);
    QObject::connect(
        check, &transfer::StatusCheck::finished, check,
        [&outcome](const journal::Transfer& t, transfer::InquiryVerdict v, journal::JournalError e) {
            outcome = Outcome{t, v, e};
        });
    context.waitUntil([&outcome] { return outcome.has_value(); });
    if (!outcome)
        return context.fail(ExitUnknownOutcome,
                            QCoreApplication::translate("InquireCommand", "no answer from the inquiry"));
    if (outcome->error != journal::JournalError::None)
        return context.fail(ExitJournal, CliText::journalError(outcome->error),
                            journal::errorName(outcome->error));

    QString verdict;
    switch (outcome->verdict) {
    case transfer::InquiryVerdict::Decisive:
        verdict = QStringLiteral("decisive");
        break;
    case transfer::InquiryVerdict::NotFound:
        verdict = QStringLiteral("not_found");
        break;
    case transfer::InquiryVerdict::NoAnswer:
        verdict = QStringLiteral("no_answer");
        break;
    }
    if (context.json()) {
        QJsonObject object = TransferJson::toJson(outcome->transfer);
        object.insert(QStringLiteral("inquiry"), verdict);
        context.printJson(object);
    } else {
        context.out() << TransferJson::toText(outcome->transfer) << Qt::endl;
        if (outcome->verdict == transfer::InquiryVerdict::NotFound)
            context.err() << QCoreApplication::translate(
                                 "InquireCommand", "Eko does not know this transfer yet; ask again later.")
                          << Qt::endl;
        else if (outcome->verdict == transfer::InquiryVerdict::NoAnswer)
            context.err() << QCoreApplication::translate(
                                 "InquireCommand",
                                 "The inquiry got no answer; the journal keeps the transfer open.")
                          << Qt::endl;
    }
    if (outcome->verdict != transfer::InquiryVerdict::Decisive)
        return ExitUnknownOutcome;
    return TransferJson::exitCodeFor(outcome->transfer.state);
}

} // namespace counterdesk::cli
