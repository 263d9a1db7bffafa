#include "cli/OtpPrompt.h"

#include "platform/Console.h"
#include "security/SecureZero.h"

namespace counterdesk::cli {

QString OtpPrompt::ask(QTextStream& err, const QString& prompt)
{
    QString line = platform::readLineWithoutEcho([&err, &prompt] {
        err << prompt << ": ";
        if (!platform::stdinIsTerminal())
            err << '\n'; // a log of a scripted run reads better one prompt per line
        err.flush();
    });
    if (line.isNull())
        return {};
    return line.trimmed();
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
