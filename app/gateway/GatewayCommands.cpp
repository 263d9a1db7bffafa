#include "gateway/GatewayCommands.h"

#include "gateway/AdminAuth.h"
#include "gateway/CounterSecret.h"
#include "gateway/GatewayConfig.h"
#include "gateway/GatewayLog.h"
#include "gateway/GatewayServer.h"
#include "gateway/Ledger.h"
#include "gateway/LedgerExport.h"
#include "gateway/LedgerSchema.h"
#include "http/HttpClient.h"
#include "platform/Console.h"
#include "platform/TerminationSignals.h"
#include "security/LogRedactor.h"
#include "security/PinHash.h"
#include "security/SecureZero.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

namespace counterdesk::gateway {

namespace {

enum Exit { Ok = 0, Failure = 1, Usage = 2 };

const char kUsage[] =
    "Usage:\n"
    "  counterdesk-gateway serve --config FILE [--port PORT]\n"
    "  counterdesk-gateway check --config FILE\n"
    "  counterdesk-gateway counter add NAME --config FILE [--user-code CODE] [--json]\n"
    "  counterdesk-gateway counter revoke NAME --config FILE\n"
    "  counterdesk-gateway counter list --config FILE [--json]\n"
    "  counterdesk-gateway ledger export --csv FILE --config FILE [--from DATE] [--to DATE] "
    "[--counter NAME]\n"
    "  counterdesk-gateway admin set-password NAME --config FILE   (the password on stdin)\n"
    "  counterdesk-gateway admin remove NAME --config FILE\n";

// The operator's words (QCoreApplication::translate): Hindi in a Hindi
// locale, like counterdesk-cli. The log lines on stdout, `listening on`,
// `counter list` and the CSV stay English: programs read them.

void write(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void out(const QString& text)
{
    write(stdout, text);
}

void err(const QString& text)
{
    write(stderr, text);
}

int fail(const QString& line, int code = Failure)
{
    err(QStringLiteral("counterdesk-gateway: %1\n").arg(line));
    return code;
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

// What `serve` prints once it listens, and what `check` says it would listen on.
QString listenUrl(const GatewayConfig& config, quint16 port)
{
    const QString host = config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + config.listenAddress.toString() + u']'
                             : config.listenAddress.toString();
    return QStringLiteral("%1://%2:%3")
        .arg(config.usesTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port);
}

// A certificate that ends within this many days is named by `check` and in
// `serve`'s log as it starts.
constexpr int kCertificateWarningDays = 30;

// Whole days until the served certificate ends (negative once it has).
qint64 certificateDaysLeft(const GatewayConfig& config)
{
    return QDateTime::currentDateTimeUtc().daysTo(config.tls->localCertificate().expiryDate());
}

// `check`: what `serve` would refuse, found without listening (the running
// service keeps its port), so an operator can test a changed file before
// `systemctl restart`. The configuration is read as `serve` reads it (keys
// file and its permissions, TLS files); the ledger is opened as every
// command opens it (its schema created or migrated).
int check(const GatewayConfig& config, const QString& path)
{
    const auto line = [](const QString& text) {
        out(text + u'\n');
    };
    line(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                     "configuration %1: read; the Eko keys and the counter key are loaded "
                                     "(never shown)")
             .arg(path));
    Ledger ledger(config.database, QStringLiteral("check"));
    if (!ledger.isOpen())
        return fail(ledger.error());
    line(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                     "database: reachable, ledger schema version %1")
             .arg(LedgerSchema::kVersion));
    line(QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "Eko: %1, initiator_id %2")
             .arg(config.ekoBaseUrl.toString(), config.eko.initiatorId));
    if (config.ekoProxy.type() == QNetworkProxy::HttpProxy)
        line(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                         "Eko through the proxy %1:%2")
                 .arg(config.ekoProxy.hostName())
                 .arg(config.ekoProxy.port()));
    line(QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "listen: %1")
             .arg(listenUrl(config, config.listenPort)));
    if (config.usesTls()) {
        const QSslCertificate certificate = config.tls->localCertificate();
        const QDateTime until = certificate.expiryDate();
        const qint64 daysLeft = certificateDaysLeft(config);
        const QString subject = certificate.subjectInfo(QSslCertificate::CommonName).join(u',');
        if (daysLeft < 0)
            return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                    "tls_cert: the certificate for %1 expired on %2")
                            .arg(subject, timeText(until)));
        line(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                         "TLS: the certificate for %1 is valid until %2")
                 .arg(subject, timeText(until)));
        if (daysLeft < kCertificateWarningDays)
            err(QStringLiteral("counterdesk-gateway: %1\n")
                    .arg(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                     "warning: the certificate ends in %n day(s); renew it "
                                                     "before then",
                                                     nullptr, int(daysLeft))));
    }
    line(QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "configuration OK"));
    return Ok;
}

int serve(const GatewayConfig& config, std::optional<quint16> port)
{
    // Keys the gateway holds are masked wherever a log line might meet them.
    security::LogRedactor::addSecret(config.eko.accessKey);
    security::LogRedactor::addSecret(config.eko.developerKey);
    security::LogRedactor::addSecret(config.counterKey);
    {
        // The database answers and its schema is this binary's (created or
        // migrated) before anything listens; the server's threads then open
        // their own connections.
        Ledger ledger(config.database, QStringLiteral("gateway"));
        if (!ledger.isOpen())
            return fail(ledger.error());
    }
    http::HttpClient network; // the forwards to Eko (its header says why not QNetworkAccessManager)
    network.setProxy(config.ekoProxy);
    GatewayServer server(config, &network);
    const quint16 bound = server.listen(port.value_or(0), port.has_value());
    if (bound == 0)
        return fail(
            QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "cannot listen on %1: %2")
                .arg(config.listenAddress.toString(), server.errorString()));
    server.startReconciling(5000);
    server.startPruning();
    out(QStringLiteral("listening on %1\n").arg(listenUrl(config, bound)));
    // The journal says it too, where an operator who never runs `check` looks;
    // the gateway serves on (counters stop trusting it once it has ended).
    if (config.usesTls() && certificateDaysLeft(config) < kCertificateWarningDays)
        GatewayLog::write(QStringLiteral("certificate_ends_soon"),
                          {{QStringLiteral("until"), timeText(config.tls->localCertificate().expiryDate())},
                           {QStringLiteral("days"), certificateDaysLeft(config)}});
    // systemd stops the service with SIGTERM: the events still in memory are
    // written before the process ends (a money call's rows never wait).
    platform::TerminationSignals termination;
    int exitCode = 0;
    QObject::connect(
        &termination, &platform::TerminationSignals::terminationRequested, &server,
        [&server, &exitCode](int signalNumber) {
            GatewayLog::write(QStringLiteral("stopping"), {{QStringLiteral("signal"), signalNumber}});
            exitCode = server.shutDown() ? 0 : 1;
            QCoreApplication::quit();
        });
    const int loopCode = QCoreApplication::exec();
    return loopCode != 0 ? loopCode : exitCode;
}

int counterCommand(const QString& action, const QStringList& args, const GatewayConfig& config, bool json,
                   const QString& userCode)
{
    Ledger ledger(config.database, QStringLiteral("gateway"));
    if (!ledger.isOpen())
        return fail(ledger.error());
    if (action == QLatin1String("add")) {
        if (args.size() != 1 || args.first().trimmed().isEmpty())
            return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                    "counter add needs one NAME"),
                        Usage);
        const QString id = CounterSecret::newCounterId();
        const QString salt = CounterSecret::newSalt();
        const QByteArray secret = CounterSecret::derive(config.counterKey, id, salt);
        const std::optional<CounterRow> row =
            ledger.addCounter(args.first().trimmed(), userCode.isEmpty() ? config.eko.userCode : userCode,
                              salt, CounterSecret::hash(secret), id);
        if (!row)
            return fail(ledger.error());
        if (json) {
            out(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("counter_id"), row->id},
                                              {QStringLiteral("secret"), QString::fromLatin1(secret)}})
                        .toJson(QJsonDocument::Compact)) +
                u'\n');
        } else {
            // The two labelled lines stay as they are, in every language: scripts read them.
            out(QStringLiteral("counter_id: %1\nsecret: %2\n").arg(row->id, QString::fromLatin1(secret)) +
                QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                            "The secret is shown only now: give it to the counter "
                                            "(its keychain, or COUNTERDESK_COUNTER_SECRET for the CLI).") +
                u'\n');
        }
        return Ok;
    }
    if (action == QLatin1String("revoke")) {
        if (args.size() != 1)
            return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                    "counter revoke needs one NAME"),
                        Usage);
        const Ledger::Revocation revocation = ledger.revokeCounter(args.first());
        if (revocation == Ledger::Revocation::Error)
            return fail(ledger.error());
        if (revocation == Ledger::Revocation::NoActiveCounter)
            return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                    "no active counter named \"%1\"")
                            .arg(args.first()));
        out(QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "revoked %1")
                .arg(args.first()) +
            u'\n');
        return Ok;
    }
    if (action == QLatin1String("list")) {
        const std::optional<QList<CounterRow>> listed = ledger.counters();
        if (!listed)
            return fail(ledger.error());
        const QList<CounterRow>& rows = *listed;
        if (json) {
            QJsonArray array;
            for (const CounterRow& c : rows)
                array.append(QJsonObject{
                    {QStringLiteral("counter_id"), c.id},
                    {QStringLiteral("name"), c.name},
                    {QStringLiteral("user_code"), c.userCode},
                    {QStringLiteral("created"), timeText(c.createdAt)},
                    {QStringLiteral("revoked"), c.isRevoked() ? timeText(c.revokedAt) : QString()},
                    {QStringLiteral("last_seen"),
                     c.lastSeenAt.isValid() ? timeText(c.lastSeenAt) : QString()}});
            out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n');
            return Ok;
        }
        out(QStringLiteral("NAME\tCOUNTER_ID\tUSER_CODE\tCREATED\tLAST_SEEN\tREVOKED\n"));
        for (const CounterRow& c : rows)
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                    .arg(c.name, c.id, c.userCode, timeText(c.createdAt), timeText(c.lastSeenAt),
                         c.isRevoked() ? timeText(c.revokedAt) : QStringLiteral("-")));
        return Ok;
    }
    return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                            "unknown counter command \"%1\" (add, revoke, list)")
                    .arg(action),
                Usage);
}

// The status page's admins (AdminAuth). The password is read from stdin, never
// from the command line (which every user of the machine can read in /proc).
int adminCommand(const QString& action, const QStringList& args, const GatewayConfig& config)
{
    if (args.size() != 1 || args.first().trimmed().isEmpty())
        return fail(
            QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "admin %1 needs one NAME")
                .arg(action),
            Usage);
    const QString name = args.first().trimmed();
    if (name.contains(u':'))
        return fail(
            QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                        "an admin name cannot contain \":\" (HTTP Basic splits on it)"),
            Usage);
    if (action == QLatin1String("remove")) {
        Ledger ledger(config.database, QStringLiteral("gateway"));
        if (!ledger.isOpen() || !ledger.removeAdmin(name))
            return fail(ledger.error());
        out(QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "removed admin %1")
                .arg(name) +
            u'\n');
        return Ok;
    }
    if (action != QLatin1String("set-password"))
        return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                "unknown admin command \"%1\" (set-password, remove)")
                        .arg(action),
                    Usage);
    const bool terminal = platform::stdinIsTerminal();
    QString password = platform::readLineWithoutEcho([&] {
        if (terminal)
            err(QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "Password: "));
    });
    if (terminal) {
        QString again = platform::readLineWithoutEcho([] {
            err(QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "The same again: "));
        });
        const bool same = again == password;
        security::SecureZero::clear(again);
        if (!same) {
            security::SecureZero::clear(password);
            return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                    "the two passwords differ; nothing was changed"));
        }
    }
    if (!AdminAuth::isAcceptablePassword(password)) {
        security::SecureZero::clear(password);
        const int minimum = AdminAuth::kMinimumPasswordLength;
        return fail(QCoreApplication::translate(
            "counterdesk::gateway::GatewayCommands",
            "the password (one line on stdin) needs %n character(s) or more", nullptr, minimum));
    }
    const security::PinHash hash = security::PinHash::create(password);
    security::SecureZero::clear(password);
    if (!hash.isValid())
        return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                "cannot hash the password (OpenSSL)"));
    Ledger ledger(config.database, QStringLiteral("gateway"));
    if (!ledger.isOpen() || !ledger.setAdminPassword(name, hash))
        return fail(ledger.error());
    out(QCoreApplication::translate(
            "counterdesk::gateway::GatewayCommands",
            "password set for admin %1: the status page is at / on the gateway's address")
            .arg(name) +
        u'\n');
    return Ok;
}

std::optional<QDate> dateOption(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    *ok = date.isValid();
    return date;
}

int exportLedger(const GatewayConfig& config, const QString& file, const QString& fromText,
                 const QString& toText, const QString& counter)
{
    bool fromOk = false;
    bool toOk = false;
    const std::optional<QDate> from = dateOption(fromText, &fromOk);
    const std::optional<QDate> to = dateOption(toText, &toOk);
    if (!fromOk || !toOk)
        return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                "--from/--to: expected a date such as 2025-01-31 (IST)"),
                    Usage);
    if (file.isEmpty())
        return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                "ledger export needs --csv FILE"),
                    Usage);
    Ledger ledger(config.database, QStringLiteral("gateway"));
    if (!ledger.isOpen())
        return fail(ledger.error());
    QSaveFile csv(file); // all or nothing: a failed export leaves no half file
    if (!csv.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: %2").arg(file, csv.errorString()));
    const std::optional<qint64> rows = LedgerExport::write(ledger, from, to, counter, csv);
    if (!rows)
        return fail(ledger.error());
    if (!csv.commit())
        return fail(QStringLiteral("%1: %2").arg(file, csv.errorString()));
    out(QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "%n transfer(s) written to %1",
                                    nullptr, int(*rows))
            .arg(file) +
        u'\n');
    return Ok;
}

} // namespace

int runGatewayCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "counterdesk::gateway::GatewayCommands", "counterdesk-gateway: one server holds the Eko keys for a "
                                                 "partner's counters, with a PostgreSQL ledger"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "The INI configuration."),
        QStringLiteral("FILE"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                    "Listen on PORT instead of listen's port (0: a free one)."),
        QStringLiteral("PORT"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "Print JSON."));
    const QCommandLineOption userCodeOption(
        QStringLiteral("user-code"),
        QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                    "The counter's Eko user code (counter add)."),
        QStringLiteral("CODE"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                                   "Write the ledger as CSV to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "First IST day (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "Last IST day (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption counterOption(
        QStringLiteral("counter"),
        QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "Only this counter."),
        QStringLiteral("NAME"));
    parser.addOptions({configOption, portOption, jsonOption, userCodeOption, csvOption, fromOption, toOption,
                       counterOption});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "serve | check | counter add|revoke|list NAME | ledger export | admin set-password|remove NAME"));
    if (!parser.parse(QStringList{QStringLiteral("counterdesk-gateway")} + arguments))
        return fail(parser.errorText() + u'\n' + QLatin1String(kUsage), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText() + u'\n' + QLatin1String(kUsage));
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("counterdesk-gateway %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "no command") +
                        u'\n' + QLatin1String(kUsage),
                    Usage);
    const QString command = positional.first();
    const bool isServe = command == QLatin1String("serve");
    const bool isCheck = command == QLatin1String("check");
    const bool isLedger = command == QLatin1String("ledger");
    const bool isAdmin = command == QLatin1String("admin");
    if (!isServe && !isCheck && !isLedger && !isAdmin && command != QLatin1String("counter"))
        return fail(
            QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "unknown command \"%1\"")
                    .arg(command) +
                u'\n' + QLatin1String(kUsage),
            Usage);
    if (!isServe && !isCheck && positional.size() < 2)
        return fail(
            QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "%1 needs a sub-command")
                    .arg(command) +
                u'\n' + QLatin1String(kUsage),
            Usage);

    const GatewayConfigLoad load = loadGatewayConfig(parser.value(configOption), isServe || isCheck);
    if (!load.ok())
        return fail(load.error);
    if (isCheck)
        return check(load.config, parser.value(configOption));
    if (isAdmin)
        return adminCommand(positional.at(1), positional.mid(2), load.config);
    if (isLedger) {
        if (positional.value(1) != QLatin1String("export"))
            return fail(
                QCoreApplication::translate("counterdesk::gateway::GatewayCommands", "ledger needs export") +
                    u'\n' + QLatin1String(kUsage),
                Usage);
        return exportLedger(load.config, parser.value(csvOption), parser.value(fromOption),
                            parser.value(toOption), parser.value(counterOption));
    }
    if (isServe) {
        std::optional<quint16> port;
        if (parser.isSet(portOption)) {
            bool ok = false;
            const uint p = parser.value(portOption).toUInt(&ok);
            if (!ok || p > 65535)
                return fail(QCoreApplication::translate("counterdesk::gateway::GatewayCommands",
                                                        "--port %1: expected 0-65535")
                                .arg(parser.value(portOption)),
                            Usage);
            port = static_cast<quint16>(p);
        }
        return serve(load.config, port);
    }
    return counterCommand(positional.at(1), positional.mid(2), load.config, parser.isSet(jsonOption),
                          parser.value(userCodeOption));
}

} // namespace counterdesk::gateway
