#include "cli/CliCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace counterdesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("counterdesk::cli::CliCommandLine", text);
}

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
        option("help", tr("Show this help.")),
        option("version", tr("Show the version.")),
        option("json", tr("Machine-readable output on stdout.")),
        option("profile-file",
               tr("Connection profile (INI). Without it: Training with the built-in sandbox."), tr("FILE")),
        option("data-dir", tr("Folder of the journal (default: CounterDesk's data folder)."), tr("DIR")),
        option("rail", tr("digikhata or levin."), tr("RAIL")),
        option("customer", tr("The customer's (sender's) mobile."), tr("MOBILE")),
        option("recipient-id", tr("Eko's recipient_id of a registered recipient."), tr("ID")),
        option("amount", tr("Whole rupees."), tr("N")),
        option("channel", tr("imps (default) or neft."), tr("CHANNEL")),
        option("wait", tr("transfer: keep asking Eko up to this many seconds while the result is pending."),
               tr("SECONDS")),
        option("from", tr("From this day (YYYY-MM-DD, IST) or ISO time."), tr("DATE")),
        option("to", tr("To this day, inclusive (YYYY-MM-DD, IST) or ISO time."), tr("DATE")),
        option("status", tr("Only these states, comma-separated (SUCCESS,PENDING,...)."), tr("STATES")),
        option("search", tr("Mobile, account, TID, UTR, name, amount or reference."), tr("TEXT")),
        option("csv", tr("export: the CSV file to write."), tr("FILE")),
        option("pdf", tr("receipt: the PDF file to write."), tr("FILE")),
        option("layout", tr("receipt: 58mm, 80mm, a4 or letter."), tr("LAYOUT")),
        option("lang", tr("receipt: en or hi."), tr("LANG")),
        option("copy", tr("receipt: mark it as a copy (reprint).")),
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command."));
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
        out.error = tr("no command given; see --help");
        return out;
    }
    out.command = commandFromName(positional.first());
    if (out.command == Command::None) {
        out.error = tr("unknown command \"%1\"; see --help").arg(positional.first());
        return out;
    }
    const bool takesRef = out.command == Command::Inquire || out.command == Command::Receipt;
    if (positional.size() != (takesRef ? 2 : 1)) {
        out.error = takesRef ? tr("%1 needs exactly one client_ref_id").arg(positional.first())
                             : tr("%1 takes no further arguments").arg(positional.first());
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
            out.error = tr("transfer needs --rail digikhata or --rail levin");
            return out;
        }
        out.transfer.customer = parser.value(QStringLiteral("customer"));
        if (out.transfer.customer.isEmpty()) {
            out.error = tr("transfer needs --customer MOBILE");
            return out;
        }
        bool ok = false;
        out.transfer.recipientId = parser.value(QStringLiteral("recipient-id")).toLongLong(&ok);
        if (!ok || out.transfer.recipientId <= 0) {
            out.error = tr("transfer needs --recipient-id ID (a number)");
            return out;
        }
        const MoneyParseResult amount = Money::parse(parser.value(QStringLiteral("amount")));
        if (!amount.ok() || amount.value->isZero()) {
            out.error = tr("transfer needs --amount N in rupees");
            return out;
        }
        out.transfer.amount = *amount.value;
        const QString channel = parser.value(QStringLiteral("channel")).toLower();
        if (channel.isEmpty() || channel == QLatin1String("imps"))
            out.transfer.channel = eko::Channel::Imps;
        else if (channel == QLatin1String("neft"))
            out.transfer.channel = eko::Channel::Neft;
        else {
            out.error = tr("--channel must be imps or neft");
            return out;
        }
        if (parser.isSet(QStringLiteral("wait"))) {
            out.transfer.waitSeconds = parser.value(QStringLiteral("wait")).toInt(&ok);
            if (!ok || out.transfer.waitSeconds < 0) {
                out.error = tr("--wait must be a whole number of seconds");
                return out;
            }
        }
        break;
    }
    case Command::Inquire:
        out.clientRefId = positional.at(1);
        break;
    case Command::Export:
        out.csvFile = parser.value(QStringLiteral("csv"));
        if (out.csvFile.isEmpty()) {
            out.error = tr("export needs --csv FILE");
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
            out.error = tr("receipt needs --pdf FILE");
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
    return tr("Usage: counterdesk-cli COMMAND [options]\n"
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
              "  0  done (a transfer: SUCCESS)\n"
              "  1  usage error\n"
              "  2  profile, keys or configuration unusable; nothing was sent\n"
              "  3  network trouble or no final answer yet (PENDING, UNKNOWN): inquire later\n"
              "  4  refused or failed by Eko (FAILED, REFUND_PENDING, REFUNDED, 403, business errors)\n"
              "  5  journal error\n"
              "  6  the output file could not be written\n"
              "  7  no such transfer in the journal\n");
}

} // namespace counterdesk::cli
