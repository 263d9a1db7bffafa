#include "cli/CliCommandLine.h"

#include "i18n/Catalogue.h"

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
    if (name == QLatin1String("bank"))
        return Command::Bank;
    if (name == QLatin1String("recipients"))
        return Command::Recipients;
    if (name == QLatin1String("kyc"))
        return Command::Kyc;
    if (name == QLatin1String("recipient"))
        return Command::RecipientAdd; // "recipient add": the second word is checked in parse()
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
        option("lang",
               QCoreApplication::translate("CliCommandLine",
                                           "The language of messages and receipts: en or hi (default: the "
                                           "system's, from LANG)."),
               QCoreApplication::translate("CliCommandLine", "LANG")),
        option("copy",
               QCoreApplication::translate("CliCommandLine", "receipt: mark it as a copy (reprint).")),
        option(
            "name",
            QCoreApplication::translate(
                "CliCommandLine", "recipient add: the account holder's name; kyc: the new customer's name."),
            QCoreApplication::translate("CliCommandLine", "NAME")),
        option("dob", QCoreApplication::translate("CliCommandLine", "kyc: the new customer's date of birth."),
               QCoreApplication::translate("CliCommandLine", "YYYY-MM-DD")),
        option("address",
               QCoreApplication::translate("CliCommandLine",
                                           "kyc: a line of the new customer's address (repeat for more)."),
               QCoreApplication::translate("CliCommandLine", "LINE")),
        option("mobile",
               QCoreApplication::translate("CliCommandLine", "recipient add: the recipient's mobile."),
               QCoreApplication::translate("CliCommandLine", "MOBILE")),
        option("account", QCoreApplication::translate("CliCommandLine", "recipient add: the account number."),
               QCoreApplication::translate("CliCommandLine", "NUMBER")),
        option("ifsc", QCoreApplication::translate("CliCommandLine", "recipient add: the branch's IFSC."),
               QCoreApplication::translate("CliCommandLine", "IFSC")),
        option("check-name",
               QCoreApplication::translate(
                   "CliCommandLine",
                   "recipient add: ask the bank for the account holder's name first (Eko's fee).")),
        option("accept-name",
               QCoreApplication::translate(
                   "CliCommandLine",
                   "recipient add: the customer confirmed the bank's name where it differs from --name.")),
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CliCommandLine", "The command."));
}

// --rail: required for the commands that act for a customer, DigiKhata's
// endpoint set otherwise (the bank look-up's path is the same on both).
std::optional<eko::Rail> railOption(const QCommandLineParser& parser, bool required)
{
    const QString rail = parser.value(QStringLiteral("rail")).toLower();
    if (rail == QLatin1String("digikhata") || (rail.isEmpty() && !required))
        return eko::Rail::DigiKhata;
    if (rail == QLatin1String("levin"))
        return eko::Rail::Levin;
    return std::nullopt;
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

std::optional<QString> CliCommandLine::languageOption(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        QString value;
        if ((argument == u"--lang" || argument == u"-lang") && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[i + 1]);
        else if (argument.startsWith(u"--lang="))
            value = argument.mid(7);
        if (!value.isEmpty())
            return i18n::languages().contains(value) ? std::optional<QString>(value) : std::nullopt;
    }
    return std::nullopt;
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
    if (const QString lang = parser.value(QStringLiteral("lang"));
        !lang.isEmpty() && !i18n::languages().contains(lang)) {
        out.error = QCoreApplication::translate("CliCommandLine", "--lang must be en or hi");
        return out;
    }

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
    if (out.command == Command::RecipientAdd && (positional.size() != 2 || positional.at(1) != u"add")) {
        out.error =
            QCoreApplication::translate("CliCommandLine", "did you mean \"recipient add\"? see --help");
        return out;
    }
    if (out.command == Command::Bank && positional.size() != 2) {
        out.error = QCoreApplication::translate("CliCommandLine", "bank needs exactly one IFSC");
        return out;
    }
    const bool takesRef =
        out.command == Command::Inquire || out.command == Command::Refund || out.command == Command::Receipt;
    const bool twoWords = takesRef || out.command == Command::RecipientAdd || out.command == Command::Bank;
    if (positional.size() != (twoWords ? 2 : 1)) {
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
    case Command::Bank: {
        out.bank.ifsc = positional.at(1);
        const std::optional<eko::Rail> rail = railOption(parser, false);
        if (!rail) {
            out.error = QCoreApplication::translate("CliCommandLine", "--rail must be digikhata or levin");
            return out;
        }
        out.bank.rail = *rail;
        break;
    }
    case Command::Recipients:
    case Command::RecipientAdd: {
        const QString name = out.command == Command::Recipients ? QStringLiteral("recipients")
                                                                : QStringLiteral("recipient add");
        const std::optional<eko::Rail> rail = railOption(parser, true);
        if (!rail) {
            out.error =
                QCoreApplication::translate("CliCommandLine", "%1 needs --rail digikhata or --rail levin")
                    .arg(name);
            return out;
        }
        out.recipient.rail = *rail;
        out.recipient.customer = parser.value(QStringLiteral("customer"));
        if (out.recipient.customer.isEmpty()) {
            out.error = QCoreApplication::translate("CliCommandLine", "%1 needs --customer MOBILE").arg(name);
            return out;
        }
        if (out.command == Command::Recipients)
            break;
        out.recipient.name = parser.value(QStringLiteral("name"));
        out.recipient.mobile = parser.value(QStringLiteral("mobile"));
        out.recipient.account = parser.value(QStringLiteral("account"));
        out.recipient.ifsc = parser.value(QStringLiteral("ifsc"));
        out.recipient.checkName = parser.isSet(QStringLiteral("check-name"));
        out.recipient.acceptName = parser.isSet(QStringLiteral("accept-name"));
        if (out.recipient.name.isEmpty() || out.recipient.mobile.isEmpty() ||
            out.recipient.account.isEmpty() || out.recipient.ifsc.isEmpty()) {
            out.error = QCoreApplication::translate(
                "CliCommandLine", "recipient add needs --name, --mobile, --account and --ifsc");
            return out;
        }
        break;
    }
    case Command::Kyc: {
        const std::optional<eko::Rail> rail = railOption(parser, true);
        if (!rail) {
            out.error =
                QCoreApplication::translate("CliCommandLine", "kyc needs --rail digikhata or --rail levin");
            return out;
        }
        out.kyc.rail = *rail;
        out.kyc.customer = parser.value(QStringLiteral("customer"));
        if (out.kyc.customer.isEmpty()) {
            out.error = QCoreApplication::translate("CliCommandLine", "%1 needs --customer MOBILE")
                            .arg(QStringLiteral("kyc"));
            return out;
        }
        out.kyc.name = parser.value(QStringLiteral("name")).trimmed();
        out.kyc.address = parser.values(QStringLiteral("address"));
        const QString dob = parser.value(QStringLiteral("dob"));
        out.kyc.dateOfBirth = QDate::fromString(dob, Qt::ISODate);
        if (!dob.isEmpty() && !out.kyc.dateOfBirth.isValid()) {
            out.error = QCoreApplication::translate("CliCommandLine", "--dob must be a date: YYYY-MM-DD");
            return out;
        }
        break;
    }
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
        "  bank IFSC [--rail digikhata|levin]\n"
        "                     The branch in CounterDesk's offline IFSC directory and Eko's answer\n"
        "                     (bank_id, channels, name check). A code no bank has is not sent.\n"
        "  recipients --rail digikhata|levin --customer MOBILE\n"
        "                     The customer's recipients (the sender OTP is read from stdin).\n"
        "  recipient add --rail digikhata|levin --customer MOBILE --name NAME --mobile MOBILE\n"
        "           --account NUMBER --ifsc IFSC [--check-name [--accept-name]]\n"
        "                     Add a recipient with the bank_id Eko gives for that IFSC; prints the\n"
        "                     new recipient_id (--json: recipient_id, bank_id, bank). The sender\n"
        "                     OTP and the bank registration OTP are read from stdin.\n"
        "                     --check-name first asks the bank for the account holder's name\n"
        "                     (Eko's fee is printed before the check is sent; only where the bank\n"
        "                     supports it). Where it differs from --name, the recipient is added\n"
        "                     only with --accept-name or a \"yes\" line read after the sender OTP\n"
        "                     (--json adds name_at_bank, names_agree).\n"
        "  kyc --rail digikhata|levin --customer MOBILE [--name NAME --dob YYYY-MM-DD\n"
        "           --address LINE ...]\n"
        "                     Finish a new customer's KYC: consent, Aadhaar OTP, PAN. Reads, one\n"
        "                     per line and skipping the steps already done: the sender OTP, the\n"
        "                     consent language (pkid or English name), \"yes\" once the customer\n"
        "                     has heard the consent, the Aadhaar number, the Aadhaar OTP, the PAN.\n"
        "                     --name/--dob/--address enrol a customer Eko does not know. Exit 0\n"
        "                     only when KYC is done (--json: kyc, monthly_limit, next_allowed_limit).\n"
        "\n"
        "Options on every command:\n"
        "  --profile-file FILE  [profile] INI file: name, base_url, initiator_id, user_code,\n"
        "                       timeout_s, rail, latlong, endpoints. Never keys: those come from\n"
        "                       COUNTERDESK_DEVELOPER_KEY / COUNTERDESK_ACCESS_KEY or the keychain.\n"
        "  --data-dir DIR       Folder of the journal.\n"
        "  --json               One JSON value on stdout (errors: {\"error\": {...}}).\n"
        "  --lang en|hi         The language of messages (default: the system's, from LANG) and\n"
        "                       of receipts (default: the counter's setting).\n"
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
