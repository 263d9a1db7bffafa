// CliCommandLine: counterdesk-cli's arguments, parsed and checked before any
// file or network is touched, and the --help text (with the exit codes).
#pragma once

#include "cli/BankCommand.h"
#include "cli/CliContext.h"
#include "cli/HistoryQuery.h"
#include "cli/KycCommand.h"
#include "cli/ReceiptCommand.h"
#include "cli/RecipientCommand.h"
#include "cli/TransferCommand.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace counterdesk::cli {

enum class Command {
    None,
    Transfer,
    Inquire,
    Refund,
    Reconcile,
    History,
    Export,
    Receipt,
    CheckConnection,
    Bank,
    Recipients,
    RecipientAdd,
    Kyc,
};

struct ParsedCommandLine
{
    Command command = Command::None;
    GlobalOptions global;
    TransferArguments transfer;
    ReceiptArguments receipt;
    BankArguments bank;
    RecipientArguments recipient;
    KycArguments kyc;
    HistoryFilter filter;
    QString clientRefId; // inquire, refund
    QString csvFile;     // export
    bool showHelp = false;
    bool showVersion = false;
    QString error; // usage error, already worded
};

class CliCommandLine
{
public:
    static ParsedCommandLine parse(const QStringList& arguments);
    static QString helpText();
    // Whether this command line needs Qt Gui (PDF rendering): decided before
    // the application object exists.
    static bool needsGui(int argc, char** argv);
    // The value of --lang (en or hi), read before the application object
    // exists so even a usage error is worded in it; nullopt when not given
    // or not a language CounterDesk speaks.
    static std::optional<QString> languageOption(int argc, char** argv);
};

} // namespace counterdesk::cli
