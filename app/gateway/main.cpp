// counterdesk-gateway: a thin main over the gateway part (GatewayCommands).
#include "BuildInfo.h"
#include "gateway/GatewayCommands.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("counterdesk-gateway"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(counterdesk::build::version));
    return counterdesk::gateway::runGatewayCommand(QCoreApplication::arguments().mid(1));
}
