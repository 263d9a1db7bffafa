// counterdesk-sandbox: the Eko PPI simulator as a stand-alone server, for
// trainers, manual testing and other processes' tests.
#include "BuildInfo.h"
#include "sandbox/CommandLine.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace counterdesk::sandbox;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("counterdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(counterdesk::build::version));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const CommandLine::Parsed parsed = CommandLine::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case CommandLine::Action::ShowHelp:
        out << CommandLine::helpText(parsed.options.seedFile);
        return 0;
    case CommandLine::Action::ShowVersion:
        out << "counterdesk-sandbox " << counterdesk::build::version << '\n';
        return 0;
    case CommandLine::Action::Fail:
        err << "counterdesk-sandbox: " << parsed.error << '\n';
        return 2;
    case CommandLine::Action::Run:
        break;
    }

    SandboxServer server;
    if (!parsed.quiet) {
        // The trainer's stand-in for the customer's phone.
        QObject::connect(&server, &SandboxServer::otpSent, &server,
                         [&err](const QString& mobile, const QString& otp, const QString& purpose) {
                             err << "sms to " << mobile << " (" << purpose << "): " << otp << '\n';
                             err.flush();
                         });
    }
    QString error;
    if (!server.start(parsed.options, &error)) {
        err << "counterdesk-sandbox: " << error << '\n';
        return 1;
    }
    // Scripts and tests wait for exactly this line, so it is flushed at once.
    const QUrl base = server.baseUrl();
    // authority() brackets an IPv6 host: "[::1]:PORT".
    out << "listening on " << base.scheme() << "://" << base.authority() << '\n';
    out.flush();
    return QCoreApplication::exec();
}
