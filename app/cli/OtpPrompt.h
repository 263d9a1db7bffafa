// OtpPrompt: asks for one OTP the customer received.
//
// Scripts pipe OTPs in, one per line, in the order they are asked for; an
// agent at a terminal is prompted and the digits are not echoed. The prompt
// always goes to stderr so --json output on stdout stays parseable.
#pragma once

#include <QString>
#include <QTextStream>
#include <functional>

namespace counterdesk::cli {

class OtpPrompt
{
public:
    // Null string at end of input. The caller clears the result after use.
    static QString ask(QTextStream& err, const QString& prompt);
    // The same, echoed at a terminal: for answers that are no secret.
    static QString askVisible(QTextStream& err, const QString& prompt);
    // Reads one OTP, hands it to `use` and wipes the local copy. False at
    // end of input (nothing is used) or when `use` says so.
    static bool use(QTextStream& err, const QString& prompt, const std::function<bool(const QString&)>& use);
};

} // namespace counterdesk::cli
