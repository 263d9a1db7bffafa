#pragma once

#include <QMainWindow>

namespace counterdesk::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace counterdesk::ui
