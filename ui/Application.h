#pragma once

namespace counterdesk::ui {
// Builds the QApplication, parses the command line, shows the main window.
int runApplication(int argc, char* argv[]);
} // namespace counterdesk::ui
