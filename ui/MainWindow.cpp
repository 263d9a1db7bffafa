#include "MainWindow.h"

namespace counterdesk::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CounterDesk"));
}

} // namespace counterdesk::ui
