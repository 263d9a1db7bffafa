#include "cli/BankCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/SessionSteps.h"
#include "eko/EkoClient.h"
#include "eko/PendingCall.h"
#include "transfer/BankLookup.h"
#include "transfer/TransferProblem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace counterdesk::cli {
namespace {

using Kind = banks::IfscDirectory::Lookup::Kind;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::UnknownBank:
        return QStringLiteral("unknown_bank");
    case Kind::UnknownBranch:
        return QStringLiteral("unknown_branch");
    case Kind::Known:
        return QStringLiteral("known");
    }
    return {};
}

QString directoryText(const QString& ifsc, const banks::IfscDirectory::Lookup& found)
{
    switch (found.kind) {
    case Kind::Malformed:
        return QCoreApplication::translate("BankCommand",
                                           "not an IFSC: 4 letters, a zero, then 6 letters or digits");
    case Kind::UnknownBank:
        return QCoreApplication::translate("BankCommand", "no bank's IFSC starts with %1 (mistyped?)")
            .arg(ifsc.left(4).toUpper());
    case Kind::UnknownBranch:
        return QCoreApplication::translate("BankCommand", "%1, but this branch is not listed")
            .arg(found.bankName);
    case Kind::Known:
        if (found.sublet)
            return QCoreApplication::translate("BankCommand", "%1 (an IFSC leased from %2)")
                .arg(found.bankName, ifsc.left(4).toUpper());
        return found.bankName;
    }
    return {};
}

QJsonArray channelNames(const eko::EndpointTable& table, const QString& code)
{
    QJsonArray names;
    for (const eko::Channel channel : table.availableChannels(code))
        names.append(eko::channelName(channel));
    return names;
}

} // namespace

int BankCommand::run(CliContext& context, const BankArguments& a)
{
    const banks::IfscDirectory::Lookup offline = transfer::BankLookup::checkOffline(a.ifsc);
    const QString ifsc = a.ifsc.trimmed().toUpper();
    QJsonObject json{{QStringLiteral("ifsc"), ifsc}};
    json.insert(QStringLiteral("directory"), QJsonObject{{QStringLiteral("status"), kindName(offline.kind)},
                                                         {QStringLiteral("bank_code"), offline.bankCode},
                                                         {QStringLiteral("bank"), offline.bankName},
                                                         {QStringLiteral("sublet"), offline.sublet}});
    if (!context.json()) {
        context.out()
            << QCoreApplication::translate("BankCommand", "Directory: %1").arg(directoryText(ifsc, offline))
            << Qt::endl;
    }
    if (transfer::BankLookup::isCaughtOffline(offline)) {
        return context.fail(
            ExitRefused, QCoreApplication::translate("BankCommand", "the IFSC is wrong; Eko was not asked"));
    }

    if (const int code = context.openJournal(); code != ExitOk)
        return code;
    if (const int code = context.connect(); code != ExitOk)
        return code;
    transfer::BankLookup lookup(context.client(), &context.journal(), {a.rail, {}});
    const Ifsc parsed = *Ifsc::parse(ifsc).value;
    std::optional<eko::BankDetails> bank = lookup.cached(parsed);
    const bool cached = bank.has_value();
    if (!bank) {
        const eko::Result result = context.wait(lookup.fetch(parsed));
        if (result.outcome != eko::Outcome::Success || !result.bank) {
            // Worded and coded as every command's (a gateway's refusal says which credential failed).
            const transfer::TransferProblem problem = transfer::TransferProblem::fromEko(result);
            return context.fail(SessionSteps::exitCodeFor(problem), CliText::problem(problem));
        }
        bank = result.bank;
    }
    const eko::EndpointTable& table = context.client()->config().endpoints;
    json.insert(
        QStringLiteral("eko"),
        QJsonObject{{QStringLiteral("bank_id"), bank->bankId},
                    {QStringLiteral("bank"), bank->bank},
                    {QStringLiteral("branch"), bank->branch},
                    {QStringLiteral("ifsc_status"), bank->ifscStatus},
                    {QStringLiteral("available_channels"), channelNames(table, bank->availableChannels)},
                    {QStringLiteral("verification_available"), bank->verificationAvailable},
                    {QStringLiteral("cached"), cached}});
    if (context.json()) {
        context.printJson(json);
    } else {
        QStringList channels;
        for (const QJsonValue& v : channelNames(table, bank->availableChannels))
            channels << v.toString().toUpper();
        //: %1 Eko's bank_id, %2 bank, %3 branch, %4 channels such as "IMPS, NEFT"
        context.out() << QCoreApplication::translate("BankCommand", "Eko: bank_id %1, %2, branch %3, %4")
                             .arg(QString::number(bank->bankId), bank->bank, bank->branch,
                                  channels.join(QStringLiteral(", ")))
                      << Qt::endl;
        context.out() << (bank->verificationAvailable
                              ? QCoreApplication::translate(
                                    "BankCommand", "Eko can check the account holder's name at this bank.")
                              : QCoreApplication::translate(
                                    "BankCommand", "Eko cannot check the account holder's name here."))
                      << Qt::endl;
        if (cached)
            context.out() << QCoreApplication::translate("BankCommand",
                                                         "(from the journal's copy of Eko's answer)")
                          << Qt::endl;
    }
    return ExitOk;
}

} // namespace counterdesk::cli
