#include "Console.h"

#include <cstdio>
#include <memory>
#include <string>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace counterdesk::platform {
namespace {

// Restores the terminal even if reading throws or returns early.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_handle = ::GetStdHandle(STD_INPUT_HANDLE);
        if (::GetConsoleMode(m_handle, &m_mode))
            m_active = ::SetConsoleMode(m_handle, m_mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
#else
        if (::tcgetattr(STDIN_FILENO, &m_mode) == 0) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#if defined(Q_OS_WIN)
        ::SetConsoleMode(m_handle, m_mode);
#else
        ::tcsetattr(STDIN_FILENO, TCSANOW, &m_mode);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#if defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

} // namespace

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return ::_isatty(::_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

namespace {

QString readStdinLine(const std::function<void()>& prompt, bool hideEcho)
{
    const bool terminal = stdinIsTerminal() && hideEcho;
    std::string line;
    bool gotAny = false;
    {
        std::unique_ptr<EchoOff> quiet;
        if (terminal)
            quiet = std::make_unique<EchoOff>();
        if (prompt)
            prompt();
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF) {
            gotAny = true;
            if (c == '\n')
                break;
            if (c != '\r')
                line.push_back(static_cast<char>(c));
        }
    }
    if (terminal)
        std::fputc('\n', stderr); // the Enter the agent typed was not echoed
    if (!gotAny)
        return {};
    QString result = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    // Overwrite the std::string's bytes; the QString copy is the caller's to clear.
    for (char& ch : line)
        *static_cast<volatile char*>(&ch) = 0;
    return result;
}

} // namespace

QString readLineWithoutEcho(const std::function<void()>& prompt)
{
    return readStdinLine(prompt, true);
}

QString readLine(const std::function<void()>& prompt)
{
    return readStdinLine(prompt, false);
}

} // namespace counterdesk::platform
