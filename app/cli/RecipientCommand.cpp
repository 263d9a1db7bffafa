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

} // namespace

int RecipientCommand::list(CliContext& context, const RecipientArguments& a)
{
    if (const int code = context.openJournal(); code != ExitOk)
        return code;
    if (const int code = context.connect(); code != ExitOk)
        return code;
    TransferSession session(context.client(), &context.journal(), nullptr, SessionSteps::sessionOptions(context, a.rail));
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
    TransferSession session(context.client(), &context.journal(), nullptr, SessionSteps::sessionOptions(context, a.rail));
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
    if (!session.beginAddRecipient() || !session.addRecipient(input))
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
        context.printJson(QJsonObject{{QStringLiteral("recipient_id"), session.addedRecipientId()},
                                      {QStringLiteral("bank_id"), bank.bankId},
                                      {QStringLiteral("bank"), bank.bank},
                                      {QStringLiteral("registered"), registered}});
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
