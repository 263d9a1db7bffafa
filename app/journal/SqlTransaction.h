// SqlTransaction: BEGIN IMMEDIATE ... COMMIT with rollback on scope exit.
//
// IMMEDIATE takes the write lock up front, so a check made inside (unique
// ref, sender guard) still holds when the insert runs, even with another
// process writing. BEGIN/COMMIT go through QSqlQuery rather than
// QSqlDatabase::transaction() because that path loses SQLite's error code,
// and a failed COMMIT must still say "disk full" or "locked".
#pragma once

#include "journal/Result.h"

#include <QSqlDatabase>

namespace counterdesk::journal {

class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    Result<void> begin();
    // Returns after SQLite's COMMIT, i.e. after the WAL fsync with
    // synchronous=FULL.
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace counterdesk::journal
