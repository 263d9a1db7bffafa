#include "Application.h"

#include "BuildInfo.h"
#include "MainWindow.h"

#include <QApplication>

namespace counterdesk::ui {

int runApplication(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(build::applicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(build::version));
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace counterdesk::ui
