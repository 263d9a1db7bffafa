// GatewayCommands: counterdesk-gateway's command line (docs/gateway.md
// "Commands"): serve, check, counter, ledger export, admin. Every command opens the ledger
// first, which creates or migrates its schema.
#pragma once

#include <QStringList>

namespace counterdesk::gateway {

// Runs the command in `arguments` (argv without the program); returns the exit code.
// `serve` runs the event loop until the process is stopped.
int runGatewayCommand(const QStringList& arguments);

} // namespace counterdesk::gateway
