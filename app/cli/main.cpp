// counterdesk-cli: the CounterDesk core for support staff and scripts
// (keepassxc-cli beside KeePassXC). A thin main: parse, set up, dispatch.
#include "BuildInfo.h"
#include "cli/CheckConnectionCommand.h"
#include "cli/CliCommandLine.h"
#include "cli/CliContext.h"
#include "cli/HistoryCommand.h"
#include "cli/InquireCommand.h"
#include "cli/ReconcileCommand.h"
#include "cli/RefundCommand.h"
#include "i18n/Catalogue.h"
#include "platform/Platform.h"
#include "security/RotatingLog.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTranslator>
#include <memory>

using namespace counterdesk;
using namespace counterdesk::cli;

namespace {

int dispatch(const ParsedCommandLine& parsed)
{
    CliContext context(parsed.global);
    // A profile file given is checked even by commands that do not connect:
    // support learns about a broken file at once, not at the next transfer.
    if (!parsed.global.profileFile.isEmpty()) {
        if (const int code = context.loadProfile(); code != ExitOk)
            return code;
    }
    switch (parsed.command) {
    case Command::Transfer:
        return TransferCommand::run(context, parsed.transfer);
    case Command::Inquire:
        return InquireCommand::run(context, parsed.clientRefId);
    case Command::Refund:
        return RefundCommand::run(context, parsed.clientRefId);
    case Command::Reconcile:
        return ReconcileCommand::run(context);
    case Command::History:
        return HistoryCommand::list(context, parsed.filter);
    case Command::Export:
        return HistoryCommand::exportCsv(context, parsed.filter, parsed.csvFile);
    case Command::Receipt:
        return ReceiptCommand::run(context, parsed.receipt);
    case Command::CheckConnection:
        return CheckConnectionCommand::run(context);
    case Command::Bank:
        return BankCommand::run(context, parsed.bank);
    case Command::Recipients:
        return RecipientCommand::list(context, parsed.recipient);
    case Command::RecipientAdd:
        return RecipientCommand::add(context, parsed.recipient);
    case Command::Kyc:
        return KycCommand::run(context, parsed.kyc);
    case Command::None:
        break;
    }
    return ExitUsage;
}

} // namespace

int main(int argc, char* argv[])
{
#if defined(QT_NO_DEBUG)
    // A core dump could hold keys and OTPs from memory (DESIGN.md).
    platform::disableCoreDumps();
#endif
    // Receipts are painted into a PDF, which needs Qt Gui; a support shell
    // has no display, so the offscreen platform is the default for it.
    std::unique_ptr<QCoreApplication> app;
    if (CliCommandLine::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The GUI's names, so the CLI finds the same journal and settings.
    QCoreApplication::setOrganizationName(QString::fromLatin1(build::organisationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(build::organisationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(build::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(build::version));

    // The CLI speaks the language of --lang, else of the system (LANG...),
    // before the command line is even read: its errors are words too.
    QTranslator catalogue;
    const QString language = CliCommandLine::languageOption(argc, argv).value_or(i18n::systemLanguage());
    if (i18n::load(catalogue, language))
        QCoreApplication::installTranslator(&catalogue);

    security::RotatingLogOptions log;
    log.directory = platform::logDirectory();
    log.baseName = QStringLiteral("counterdesk-cli");
    security::RotatingLog::install(log);

    const ParsedCommandLine parsed = CliCommandLine::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parsed.showHelp) {
        out << CliCommandLine::helpText();
        return ExitOk;
    }
    if (parsed.showVersion) {
        out << "counterdesk-cli " << build::version << '\n';
        return ExitOk;
    }
    if (!parsed.error.isEmpty()) {
        err << "counterdesk-cli: " << parsed.error << '\n';
        return ExitUsage;
    }
    const int code = dispatch(parsed);
    security::RotatingLog::uninstall();
    return code;
}
