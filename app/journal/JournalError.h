// JournalError: why a journal operation did not happen.
//
// The core never words errors (no tr() here); the UI and the CLI switch over
// this enum. Every value means "nothing was written": the journal works in
// transactions, so a failed call leaves no half-written record behind.
#pragma once

#include <QString>

namespace counterdesk::journal {

enum class JournalError {
    None,
    NotOpen,           // open() was not called or failed
    CannotOpen,        // the directory or file cannot be created or opened
    DiskFull,          // SQLITE_FULL: the disk (or quota) is full
    Locked,            // another connection held the lock longer than the busy timeout
    Corrupt,           // not a database, or a damaged one: stop and call support
    ReadOnly,          // the file or the disk is read-only
    IoError,           // the OS refused a read or write
    NewerSchema,       // written by a newer CounterDesk; never downgrade it
    MigrationFailed,   // an upgrade step failed; the file is unchanged (rolled back)
    DuplicateRef,      // this client_ref_id was used before; a new attempt needs a new one
    SenderBusy,        // the sender has a SUBMITTING, UNKNOWN or PENDING transfer
    IllegalTransition, // the state machine refuses this move (e.g. SUCCESS -> SUBMITTING)
    NotFound,          // no transfer with this client_ref_id
    RefundInProgress,  // the transfer's refund was already claimed (REFUNDING): never a second one
    InvalidInput,      // a required field is empty or malformed (e.g. ref > 20 chars)
    Other,             // any other SQLite error; see Result::detail() for support
};

// Stable machine name ("DuplicateRef") for logs and the CLI's JSON output.
QString errorName(JournalError error);

} // namespace counterdesk::journal
