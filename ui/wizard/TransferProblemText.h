// TransferProblemText: the ONE place where the transfer's status enums
// become words for the agent (Bitcoin Core's processSendCoinsReturn idea).
//
// Each function is a switch with no default, so an enum value added in the
// core without words here breaks the build (-Wswitch under -Werror) rather
// than showing the agent an empty banner. Eko's own message is never
// reworded here: pages show it underneath, as plain text, for support.
#pragma once

#include "eko/EkoTypes.h"
#include "journal/JournalError.h"
#include "transfer/AmountCheck.h"
#include "transfer/TransferProblem.h"
#include "transfer/TransferSession.h"

#include <QCoreApplication>
#include <QString>

namespace counterdesk::ui {

class TransferProblemText
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::TransferProblemText)
public:
    // Why an Eko call did not simply succeed, in the agent's words.
    static QString reason(eko::Reason reason);
    // Why the typed amount cannot be sent; `limit` is the amount the check
    // hit (balance, limit left or per-transfer cap), already formatted.
    static QString amountCheck(transfer::AmountCheck check, const QString& limit);
    static QString local(transfer::LocalProblem problem);
    static QString journal(journal::JournalError error);
    // What the session is doing, for the busy panel.
    static QString activity(transfer::TransferSession::Activity activity);
    // Why Send did nothing (an empty string for Sent).
    static QString sendResult(transfer::TransferSession::SendResult result);
    // The whole banner text of a problem: our words, then Eko's message and
    // any field errors beneath. Empty when there is no problem.
    static QString problem(const transfer::TransferProblem& problem);
    // Our sentence, then Eko's own message on a new line when it says more.
    static QString withEkoMessage(const QString& ours, const QString& ekoMessage);
};

} // namespace counterdesk::ui
