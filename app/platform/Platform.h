// The only home of operating-system specific calls. Everything else in
// CounterDesk calls these portable functions; the #ifdefs stay in
// Platform.cpp.
#pragma once

#include <QString>

namespace counterdesk::platform {

// Makes a file (or directory) readable and writable by its owner only
// (0600 / 0700 on POSIX). Returns false if the file is missing or the
// permissions could not be set. On Windows the per-user profile folders are
// already private to the user, so this only checks the file exists.
bool restrictToOwner(const QString& path);

// Whether nobody but the owner may read or write the file: on POSIX, no
// group or other permission bit. On Windows, true for an existing file: the
// per-user profile folders' ACLs decide there (see restrictToOwner).
bool isOwnerOnly(const QString& path);

// Asks the OS not to write a core dump of this process if it crashes: a dump
// could hold keys and OTPs from memory. Returns whether it took effect.
bool disableCoreDumps();

// Where the journal lives, and the logs in its "logs" folder: the user's data
// folder on this machine (QStandardPaths::AppLocalDataLocation), so
// %LOCALAPPDATA%\CounterDesk\CounterDesk on Windows - never the roaming
// profile, which would copy a live SQLite journal between PCs - and
// ~/.local/share/CounterDesk/CounterDesk on Linux.
QString dataDirectory();
QString logDirectory();

} // namespace counterdesk::platform
