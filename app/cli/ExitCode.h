// The exit codes of counterdesk-cli. Scripts depend on them: never renumber,
// only add. Listed in --help and docs/cli.md.
#pragma once

namespace counterdesk::cli {

enum ExitCode : int {
    ExitOk = 0,             // done; for a transfer: SUCCESS
    ExitUsage = 1,          // bad command line
    ExitConfig = 2,         // profile file, keys or endpoint table unusable (nothing was sent)
    ExitUnknownOutcome = 3, // network trouble or no final answer (PENDING/UNKNOWN/SUBMITTING): inquire later
    ExitRefused = 4,        // Eko refused or the transfer failed (FAILED, REFUND_PENDING, REFUNDED, 403...)
    ExitJournal = 5,        // the journal could not be opened, read or written
    ExitOutputFile = 6,     // the CSV or PDF file could not be written
    ExitNotFound = 7,       // no transfer with that client_ref_id in the journal
};

} // namespace counterdesk::cli
