// Console: the terminal bits the CLI needs (is stdin a terminal, read a line
// without echo). Kept here because hiding typed characters is termios on
// POSIX and SetConsoleMode on Windows.
#pragma once

#include <QString>

namespace counterdesk::platform {

bool stdinIsTerminal();
// Reads one line from stdin with echo switched off when stdin is a terminal
// (an OTP or a PIN must not stay on the screen). Returns a null string at
// end of input. The caller clears the returned buffer after use.
QString readLineWithoutEcho();

} // namespace counterdesk::platform
