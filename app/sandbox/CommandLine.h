// CommandLine: the counterdesk-sandbox command line, turned into
// SandboxOptions. In the library (not main.cpp) so the tests can check the
// parsing and the --help text without starting a process.
#pragma once

#include "SandboxTypes.h"

#include <QStringList>

namespace counterdesk::sandbox::CommandLine {

enum class Action { Run, ShowHelp, ShowVersion, Fail };

struct Parsed
{
    Action action = Action::Run;
    SandboxOptions options;
    bool quiet = false; // no OTP lines on stderr
    QString error;
};

Parsed parse(const QStringList& arguments);
// Every flag, the fault grammar, the control endpoint and the seeded customers.
QString helpText(const QString& seedFile = {});

} // namespace counterdesk::sandbox::CommandLine
