#include "cli/OtpPrompt.h"

#include "platform/Console.h"

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

} // namespace counterdesk::cli
