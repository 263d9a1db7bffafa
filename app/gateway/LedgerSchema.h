// LedgerSchema: the gateway's PostgreSQL tables, created and migrated by the
// gateway itself (every command runs it first, so `counter add` works before
// the first `serve`).
//
// Each version is one list of statements applied in one transaction under an
// advisory lock, so two gateway processes starting together on one database
// migrate it once. A database newer than this binary is refused: an old
// gateway must not write rows it does not understand.
#pragma once

#include <QString>

class QSqlDatabase;

namespace counterdesk::gateway {

class LedgerSchema
{
public:
    static constexpr int kVersion = 3;
    // Empty on success, else one line saying what failed.
    static QString migrate(QSqlDatabase& db);
};

} // namespace counterdesk::gateway
