#include "cli/CliCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace counterdesk::cli {
namespace {

QCommandLineOption option(const char* name, const QString& description, const QString& valueName = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

Command commandFromName(const QString& name)
{
    if (name == QLatin1String("transfer"))
        return Command::Transfer;
    if (name == QLatin1String("inquire"))
        return Command::Inquire;
    if (name == QLatin1String("refund"))
        return Command::Refund;
    if (name == QLatin1String("reconcile"))
        return Command::Reconcile;
    if (name == QLatin1String("history"))
        return Command::History;
    if (name == QLatin1String("export"))
        return Command::Export;
    if (name == QLatin1String("receipt"))
        return Command::Receipt;
    if (name == QLatin1String("check-connection"))
        return Command::CheckConnection;
    return Command::None;
}

void addOptions(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        option("help", QCoreApplication::translate("CliCommandLine", "Show this help.")),
        option("version", QCoreApplication::translate("CliCommandLine", "Show the version.")),
        option("json", QCoreApplication::translate("CliCommandLine", "Machine-readable output on stdout.")),
        option("profile-file",
               QCoreApplication::translate(
                   "CliCommandLine",
                   "Connection profile (INI). Without it: Training with the built-in sandbox."),
               QCoreApplication::translate("CliCommandLine", "FILE")),
        option("data-dir",
               QCoreApplication::translate("CliCommandLine",
                                           "Folder of the journal (default: CounterDesk's data folder)."),
               QCoreApplication::translate("CliCommandLine", "DIR")),
        option("rail", QCoreApplication::translate("CliCommandLine", "digikhata or levin."),
               QCoreApplication::translate("CliCommandLine", "RAIL")),
        option("customer", QCoreApplication::translate("CliCommandLine", "The customer's (sender's) mobile."),
               QCoreApplication::translate("CliCommandLine", "MOBILE")),
        option("recipient-id",
               QCoreApplication::translate("CliCommandLine", "Eko's recipient_id of a registered recipient."),
               QCoreApplication::translate("CliCommandLine", "ID")),
        option("amount", QCoreApplication::translate("CliCommandLine", "Whole rupees."),
               QCoreApplication::translate("CliCommandLine", "N")),
        option("channel", QCoreApplication::translate("CliCommandLine", "imps (default) or neft."),
               QCoreApplication::translate("CliCommandLine", "CHANNEL")),
        option("wait",
               QCoreApplication::translate(
                   "CliCommandLine",
                   "transfer: keep asking Eko up to this many seconds while the result is pending."),
               QCoreApplication::translate("CliCommandLine", "SECONDS")),
        option("from",
               QCoreApplication::translate("CliCommandLine", "From this day (YYYY-MM-DD, IST) or ISO time."),
               QCoreApplication::translate("CliCommandLine", "DATE")),
        option("to",
               QCoreApplication::translate("CliCommandLine",
                                           "To this day, inclusive (YYYY-MM-DD, IST) or ISO time."),
               QCoreApplication::translate("CliCommandLine", "DATE")),
        option("status",
               QCoreApplication::translate("CliCommandLine",
                                           "Only these states, comma-separated (SUCCESS,PENDING,...)."),
               QCoreApplication::translate("CliCommandLine", "STATES")),
        option("search",
               QCoreApplication::translate("CliCommandLine",
                                           "Mobile, account, TID, UTR, name, amount or reference."),
               QCoreApplication::translate("CliCommandLine", "TEXT")),
        option("csv", QCoreApplication::translate("CliCommandLine", "export: the CSV file to write."),
               QCoreApplication::translate("CliCommandLine", "FILE")),
        option("pdf", QCoreApplication::translate("CliCommandLine", "receipt: the PDF file to write."),
               QCoreApplication::translate("CliCommandLine", "FILE")),
        option("layout", QCoreApplication::translate("CliCommandLine", "receipt: 58mm, 80mm, a4 or letter."),
               QCoreApplication::translate("CliCommandLine", "LAYOUT")),
        option("lang", QCoreApplication::translate("CliCommandLine", "receipt: en or hi."),
               QCoreApplication::translate("CliCommandLine", "LANG")),
        option("copy",
               QCoreApplication::translate("CliCommandLine", "receipt: mark it as a copy (reprint).")),
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CliCommandLine", "The command."));
}

} // namespace

bool CliCommandLine::needsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "receipt") == 0)
            return true;
    }
    return false;
}

ParsedCommandLine CliCommandLine::parse(const QStringList& arguments)
{
    ParsedCommandLine out;
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    out.showHelp = parser.isSet(QStringLiteral("help"));
    out.showVersion = parser.isSet(QStringLiteral("version"));
    if (out.showHelp || out.showVersion)
        return out;
    out.global.json = parser.isSet(QStringLiteral("json"));
    out.global.profileFile = parser.value(QStringLiteral("profile-file"));
    out.global.dataDir = parser.value(QStringLiteral("data-dir"));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        out.error = QCoreApplication::translate("CliCommandLine", "no command given; see --help");
        return out;
    }
    out.command = commandFromName(positional.first());
    if (out.command == Command::None) {
        out.error = QCoreApplication::translate("CliCommandLine", "unknown command \"%1\"; see --help")
                        .arg(positional.first());
        return out;
    }
    const bool takesRef =
        out.command == Command::Inquire || out.command == Command::Refund || out.command == Command::Receipt;
    if (positional.size() != (takesRef ? 2 : 1)) {
        out.error = takesRef
                        ? QCoreApplication::translate("CliCommandLine", "%1 needs exactly one client_ref_id")
                              .arg(positional.first())
                        : QCoreApplication::translate("CliCommandLine", "%1 takes no further arguments")
                              .arg(positional.first());
        return out;
    }
    out.filter.from = parser.value(QStringLiteral("from"));
    out.filter.to = parser.value(QStringLiteral("to"));
    out.filter.status = parser.value(QStringLiteral("status"));
    out.filter.search = parser.value(QStringLiteral("search"));

    switch (out.command) {
    case Command::Transfer: {
        const QString rail = parser.value(QStringLiteral("rail")).toLower();
        if (rail == QLatin1String("digikhata"))
            out.transfer.rail = eko::Rail::DigiKhata;
        else if (rail == QLatin1String("levin"))
            out.transfer.rail = eko::Rail::Levin;
        else {
            out.error = QCoreApplication::translate("CliCommandLine",
                                                    "transfer needs --rail digikhata or --rail levin");
            return out;
        }
        out.transfer.customer = parser.value(QStringLiteral("customer"));
        if (out.transfer.customer.isEmpty()) {
            out.error = QCoreApplication::translate("CliCommandLine", "transfer needs --customer MOBILE");
            return out;
        }
        bool ok = false;
        out.transfer.recipientId = parser.value(QStringLiteral("recipient-id")).toLongLong(&ok);
        if (!ok || out.transfer.recipientId <= 0) {
            out.error =
                QCoreApplication::translate("CliCommandLine", "transfer needs --recipient-id ID (a number)");
            return out;
        }
        const MoneyParseResult amount = Money::parse(parser.value(QStringLiteral("amount")));
        if (!amount.ok() || amount.value->isZero()) {
            out.error = QCoreApplication::translate("CliCommandLine", "transfer needs --amount N in rupees");
            return out;
        }
        out.transfer.amount = *amount.value;
        const QString channel = parser.value(QStringLiteral("channel")).toLower();
        if (channel.isEmpty() || channel == QLatin1String("imps"))
            out.transfer.channel = eko::Channel::Imps;
        else if (channel == QLatin1String("neft"))
            out.transfer.channel = eko::Channel::Neft;
        else {
            out.error = QCoreApplication::translate("CliCommandLine", "--channel must be imps or neft");
            return out;
        }
        if (parser.isSet(QStringLiteral("wait"))) {
            out.transfer.waitSeconds = parser.value(QStringLiteral("wait")).toInt(&ok);
            if (!ok || out.transfer.waitSeconds < 0) {
                out.error =
                    QCoreApplication::translate("CliCommandLine", "--wait must be a whole number of seconds");
                return out;
            }
        }
        break;
    }
    case Command::Inquire:
    case Command::Refund:
        out.clientRefId = positional.at(1);
        break;
    case Command::Export:
        out.csvFile = parser.value(QStringLiteral("csv"));
        if (out.csvFile.isEmpty()) {
            out.error = QCoreApplication::translate("CliCommandLine", "export needs --csv FILE");
            return out;
        }
        break;
    case Command::Receipt:
        out.receipt.clientRefId = positional.at(1);
        out.receipt.pdfFile = parser.value(QStringLiteral("pdf"));
        out.receipt.layout = parser.value(QStringLiteral("layout"));
        out.receipt.language = parser.value(QStringLiteral("lang"));
        out.receipt.copy = parser.isSet(QStringLiteral("copy"));
        if (out.receipt.pdfFile.isEmpty()) {
            out.error = QCoreApplication::translate("CliCommandLine", "receipt needs --pdf FILE");
            return out;
        }
        break;
    case Command::None:
    case Command::Reconcile:
    case Command::History:
    case Command::CheckConnection:
        break;
    }
    return out;
}

QString CliCommandLine::helpText()
{
    return QCoreApplication::translate(
        "CliCommandLine",
        "Usage: counterdesk-cli COMMAND [options]\n"
        "\n"
        "The CounterDesk core for support staff and scripts. Without --profile-file the Training\n"
        "profile is used: a built-in Eko sandbox, no real money, OTPs shown on stderr.\n"
        "\n"
        "Commands:\n"
        "  transfer --rail digikhata|levin --customer MOBILE --recipient-id ID --amount N\n"
        "           [--channel imps|neft] [--wait SECONDS]\n"
        "                     Send money to a registered recipient. Each OTP is read as one line\n"
        "                     from stdin (prompted, not echoed, at a terminal).\n"
        "  inquire REF        Ask Eko where a transfer stands and record the answer.\n"
        "  refund REF         Refund a REFUND_PENDING transfer to the customer's wallet. The\n"
        "                     customer's refund OTP is read as one line from stdin. Sent once:\n"
        "                     exit 3 means the outcome is being checked; never refund again.\n"
        "  reconcile          Ask about every open transfer once.\n"
        "  history [--from DATE] [--to DATE] [--status STATES] [--search TEXT]\n"
        "  export --csv FILE [--from DATE] [--to DATE] [--status STATES] [--search TEXT]\n"
        "                     CSV for Excel (UTF-8 with BOM, RFC 4180).\n"
        "  receipt REF --pdf FILE [--layout 58mm|80mm|a4|letter] [--lang en|hi] [--copy]\n"
        "  check-connection   One harmless signed call; explains a 403 and shows the clock offset.\n"
        "\n"
        "Options on every command:\n"
        "  --profile-file FILE  [profile] INI file: name, base_url, initiator_id, user_code,\n"
        "                       timeout_s, rail, latlong, endpoints. Never keys: those come from\n"
        "                       COUNTERDESK_DEVELOPER_KEY / COUNTERDESK_ACCESS_KEY or the keychain.\n"
        "  --data-dir DIR       Folder of the journal.\n"
        "  --json               One JSON value on stdout (errors: {\"error\": {...}}).\n"
        "\n"
        "Exit codes:\n"
        "  0  done (a transfer: SUCCESS; a refund: REFUNDED)\n"
        "  1  usage error\n"
        "  2  profile, keys or configuration unusable; nothing was sent\n"
        "  3  network trouble or no final answer yet (PENDING, UNKNOWN, REFUNDING): inquire later\n"
        "  4  refused or failed by Eko (FAILED, REFUND_PENDING, REFUNDED, 403, business errors)\n"
        "  5  journal error\n"
        "  6  the output file could not be written\n"
        "  7  no such transfer in the journal\n");
}

} // namespace counterdesk::cli
