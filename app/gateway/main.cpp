// counterdesk-gateway: a thin main over the gateway part (GatewayCommands).
#include "BuildInfo.h"
#include "gateway/GatewayCommands.h"
#include "i18n/Catalogue.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTranslator>

int main(int argc, char* argv[])
{
    // Qt's own event loop rather than its GLib one, in every thread (read when
    // each starts): the gateway uses no GLib-based library, and under load
    // the GLib loop cost about a tenth more CPU per request (docs/gateway.md,
    // "Load"). An operator's own QT_NO_GLIB, even empty, is left as it is.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // The Eko client's own lines (counterdesk.eko: each call sent and
    // answered, for the desktop app's log file) would put two unstructured
    // lines on stderr, which is the journal too, beside the gateway's JSON
    // line for every request: off here, warnings kept. QT_LOGGING_RULES still
    // turns them on (it takes precedence over these rules).
    QLoggingCategory::setFilterRules(
        QStringLiteral("counterdesk.eko.debug=false\ncounterdesk.eko.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("counterdesk-gateway"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(counterdesk::build::version));
    // The operator's messages in the system's language (LANG=hi_IN.UTF-8:
    // Hindi), as counterdesk-cli's; the log lines stay English for journald's readers.
    QTranslator catalogue;
    if (counterdesk::i18n::load(catalogue, counterdesk::i18n::systemLanguage()))
        QCoreApplication::installTranslator(&catalogue);
    return counterdesk::gateway::runGatewayCommand(QCoreApplication::arguments().mid(1));
}
