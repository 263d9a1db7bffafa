// Console: the terminal bits the CLI needs (is stdin a terminal, read a line
// without echo). Kept here because hiding typed characters is termios on
// POSIX and SetConsoleMode on Windows.
#pragma once

#include <QString>
#include <functional>

namespace counterdesk::platform {

bool stdinIsTerminal();
// Reads one line from stdin with echo switched off when stdin is a terminal
// (an OTP or a PIN must not stay on the screen). `prompt` runs once echo is
// already off, so digits typed or pasted right after the prompt appears are
// neither shown nor lost. Returns a null string at end of input. The caller
// clears the returned buffer after use.
QString readLineWithoutEcho(const std::function<void()>& prompt = {});
// The same with echo: for answers that are no secret (a language, "yes").
QString readLine(const std::function<void()>& prompt = {});

} // namespace counterdesk::platform
