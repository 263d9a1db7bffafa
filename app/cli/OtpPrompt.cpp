#include "cli/OtpPrompt.h"

#include "platform/Console.h"
#include "security/SecureZero.h"

namespace counterdesk::cli {

namespace {

std::function<void()> printPrompt(QTextStream& err, const QString& prompt)
{
    return [&err, prompt] {
        err << prompt << ": ";
        if (!platform::stdinIsTerminal())
            err << '\n'; // a log of a scripted run reads better one prompt per line
        err.flush();
    };
}

} // namespace

QString OtpPrompt::ask(QTextStream& err, const QString& prompt)
{
    const QString line = platform::readLineWithoutEcho(printPrompt(err, prompt));
    return line.isNull() ? QString() : line.trimmed();
}

QString OtpPrompt::askVisible(QTextStream& err, const QString& prompt)
{
    const QString line = platform::readLine(printPrompt(err, prompt));
    return line.isNull() ? QString() : line.trimmed();
}

bool OtpPrompt::use(QTextStream& err, const QString& prompt, const std::function<bool(const QString&)>& use)
{
    QString otp = ask(err, prompt);
    if (otp.isEmpty())
        return false;
    const bool ok = use(otp);
    security::SecureZero::clear(otp);
    return ok;
}

} // namespace counterdesk::cli
