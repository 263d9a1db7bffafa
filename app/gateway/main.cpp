// counterdesk-gateway: a thin main over the gateway part (GatewayCommands).
#include "BuildInfo.h"
#include "gateway/GatewayCommands.h"
#include "i18n/Catalogue.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char* argv[])
{
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
