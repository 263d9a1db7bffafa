// SqlErrors: turns what QSQLITE reports into a JournalError.
//
// QSQLITE puts SQLite's result code in QSqlError::nativeErrorCode(); the
// primary code (low byte) is what decides disk full, locked, corrupt...
#pragma once

#include "journal/JournalError.h"

#include <QSqlError>

namespace counterdesk::journal {

class SqlErrors
{
public:
    static JournalError classify(const QSqlError& error);
    static JournalError classifyCode(int sqliteCode);
    // Text for Result::detail(): SQLite's message and code, for support.
    static QString detail(const QSqlError& error);
};

} // namespace counterdesk::journal
