#include "cli/RecipientCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/OtpPrompt.h"
#include "cli/SessionSteps.h"
#include "transfer/TransferSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace counterdesk::cli {
namespace {

using transfer::TransferSession;
using State = TransferSession::State;

QJsonObject recipientJson(const eko::Recipient& r)
{
    return {{QStringLiteral("recipient_id"), r.recipientId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("bank"), r.bank},
            {QStringLiteral("account"), r.account}, // masked by Eko
            {QStringLiteral("ifsc"), r.ifsc},
            {QStringLiteral("registered"), !r.beneficiaryId.isEmpty()}};
}

// --check-name: the fee, then the bank's name beside --name. True when the
// recipient may be added: the names agree, the agent accepted a differing
// one (--accept-name or "yes"), or the bank cannot check (nothing was sent).
bool checkName(CliContext& context, TransferSession& session, const transfer::NewRecipient& input,
               bool acceptName)
{
    const std::optional<Money> fee = session.nameCheckFee();
    context.err() << (fee ? QCoreApplication::translate(
                                "RecipientCommand", "name check: Eko's fee is %1 rupees, charged when it is "
                                                    "sent (only where the bank supports it)")
                                .arg(fee->toPlainString())
                          : QCoreApplication::translate(
                                "RecipientCommand",
                                "name check: Eko charges a fee; this profile does not say how much"))
                  << Qt::endl;
    if (!session.checkRecipientName(input))
        return false;
    context.waitUntil([&session] { return !session.isBusy(); });
    if (session.problem().local == transfer::LocalProblem::NameCheckNotOffered) {
        context.err() << CliText::problem(session.problem()) << Qt::endl;
        return true;
    }
    const std::optional<TransferSession::NameCheck> check = session.nameCheckFor(input);
    if (!check)
        return false;
    //: %1 the name the bank holds for the account, %2 the name given with --name
    context.err() << QCoreApplication::translate("RecipientCommand", "bank's name: %1 (customer gave: %2)")
                         .arg(check->bankName, check->typedName)
                  << Qt::endl;
    if (check->fee)
        context.err() << QCoreApplication::translate("RecipientCommand",
                                                     "Eko charged %1 rupees for the check")
                             .arg(check->fee->toPlainString())
                      << Qt::endl;
    if (check->namesAgree)
        return true;
    context.err() << QCoreApplication::translate("RecipientCommand", "the names differ") << Qt::endl;
    bool confirmed = acceptName;
    if (!confirmed) {
        const QString answer = OtpPrompt::ask(
            context.err(),
            QCoreApplication::translate("RecipientCommand",
                                        "Type yes if the customer confirms this is the right person"));
        confirmed = answer.trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
    }
    session.confirmBankName(confirmed);
    return true;
}

} // namespace

int RecipientCommand::list(CliContext& context, const RecipientArguments& a)
{
    if (const int code = context.openJournal(); code != ExitOk)
        return code;
    if (const int code = context.connect(); code != ExitOk)
        return code;
    TransferSession session(context.client(), &context.journal(), nullptr,
                            SessionSteps::sessionOptions(context, a.rail));
    if (const int code = SessionSteps::reachRecipients(context, session, a.customer); code != ExitOk)
        return code;
    if (context.json()) {
        QJsonArray rows;
        for (const eko::Recipient& r : session.recipients())
            rows.append(recipientJson(r));
        context.printJson(rows);
        return ExitOk;
    }
    for (const eko::Recipient& r : session.recipients()) {
        const QString registered = r.beneficiaryId.isEmpty()
                                       ? QCoreApplication::translate("RecipientCommand", "not registered")
                                       : QCoreApplication::translate("RecipientCommand", "registered");
        context.out() << r.recipientId << '\t' << r.name << '\t' << r.bank << '\t' << r.account << '\t'
                      << r.ifsc << '\t' << registered << Qt::endl;
    }
    if (session.recipients().isEmpty())
        context.err() << QCoreApplication::translate("RecipientCommand", "the customer has no recipients yet")
                      << Qt::endl;
    return ExitOk;
}

int RecipientCommand::add(CliContext& context, const RecipientArguments& a)
{
    if (const int code = context.openJournal(); code != ExitOk)
        return code;
    if (const int code = context.connect(); code != ExitOk)
        return code;
    TransferSession session(context.client(), &context.journal(), nullptr,
                            SessionSteps::sessionOptions(context, a.rail));
    if (const int code = SessionSteps::reachRecipients(context, session, a.customer); code != ExitOk)
        return code;
    const auto idle = [&session] {
        return !session.isBusy();
    };

    transfer::NewRecipient input;
    input.name = a.name;
    input.mobile = a.mobile;
    input.account = a.account;
    input.accountRepeated = a.account; // a script types it once; the session still parses it
    input.ifsc = a.ifsc;
    if (!session.beginAddRecipient())
        return context.fail(SessionSteps::exitCodeFor(session.problem()),
                            CliText::problem(session.problem()));
    if (a.checkName && !checkName(context, session, input, a.acceptName))
        return context.fail(SessionSteps::exitCodeFor(session.problem()),
                            CliText::problem(session.problem()));
    // A differing name nobody confirmed: addRecipient refuses it.
    if (!session.addRecipient(input))
        return context.fail(SessionSteps::exitCodeFor(session.problem()),
                            CliText::problem(session.problem()));
    context.waitUntil(idle);
    for (int tries = 0; session.state() == State::RecipientBankOtp;) {
        if (!session.problem().isNone()) {
            if (++tries > 3)
                break;
            context.err() << CliText::problem(session.problem()) << Qt::endl;
        }
        if (!OtpPrompt::use(context.err(),
                            QCoreApplication::translate(
                                "TransferCommand",
                                "OTP sent to the customer's mobile (register recipient with the bank)"),
                            [&](const QString& otp) { return session.verifyRecipientBankOtp(otp); })) {
            if (session.problem().isNone())
                break; // end of input: added, not registered yet
            continue;
        }
        context.waitUntil(idle);
    }
    if (session.addedRecipientId() <= 0)
        return context.fail(SessionSteps::exitCodeFor(session.problem()),
                            CliText::problem(session.problem()));

    // Added. Registered with the bank when the session went on to the amount.
    const bool registered = session.state() == State::Amount;
    const eko::BankDetails bank = session.newRecipientBank().value_or(eko::BankDetails());
    if (context.json()) {
        QJsonObject json{{QStringLiteral("recipient_id"), session.addedRecipientId()},
                         {QStringLiteral("bank_id"), bank.bankId},
                         {QStringLiteral("bank"), bank.bank},
                         {QStringLiteral("registered"), registered}};
        if (const std::optional<TransferSession::NameCheck> check = session.nameCheckFor(input)) {
            json.insert(QStringLiteral("name_at_bank"), check->bankName);
            json.insert(QStringLiteral("names_agree"), check->namesAgree);
        }
        context.printJson(json);
    } else {
        context.out() << session.addedRecipientId() << Qt::endl;
        //: %1 the bank's name, %2 Eko's bank_id
        context.err() << QCoreApplication::translate("RecipientCommand", "added at %1 (bank_id %2)")
                             .arg(bank.bank, QString::number(bank.bankId))
                      << Qt::endl;
    }
    if (!registered) {
        context.err()
            << QCoreApplication::translate(
                   "RecipientCommand",
                   "not yet registered with the bank: choose it in CounterDesk to finish registering")
            << Qt::endl;
        if (!session.problem().isNone())
            context.err() << CliText::problem(session.problem()) << Qt::endl;
        return SessionSteps::exitCodeFor(session.problem());
    }
    return ExitOk;
}

} // namespace counterdesk::cli
