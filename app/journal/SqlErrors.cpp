#include "SqlErrors.h"

namespace counterdesk::journal {

namespace {
// SQLite primary result codes (sqlite3.h); repeated here so the journal does
// not include SQLite's header, which Qt's driver does not ship.
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoErr = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kConstraint = 19;
constexpr int kNotADb = 26;
// Extended constraint codes (QSQLITE reports extended codes).
constexpr int kConstraintCheck = 275;
constexpr int kConstraintNotNull = 1299;
constexpr int kConstraintUnique = 2067;
} // namespace

JournalError SqlErrors::classifyCode(int sqliteCode)
{
    // Only the unique client_ref_id is a duplicate; a NOT NULL or CHECK
    // failure is bad input that validation missed, and a trigger abort
    // (an attempt to rewrite history) is a bug: Other.
    if (sqliteCode == kConstraintUnique)
        return JournalError::DuplicateRef;
    if (sqliteCode == kConstraintNotNull || sqliteCode == kConstraintCheck)
        return JournalError::InvalidInput;
    switch (sqliteCode & 0xff) {
    case kBusy:
    case kLocked:
        return JournalError::Locked;
    case kReadOnly:
        return JournalError::ReadOnly;
    case kIoErr:
        return JournalError::IoError;
    case kCorrupt:
    case kNotADb:
        return JournalError::Corrupt;
    case kFull:
        return JournalError::DiskFull;
    case kCantOpen:
        return JournalError::CannotOpen;
    case kConstraint:
        return JournalError::Other; // the text below may still say UNIQUE
    default:
        return JournalError::Other;
    }
}

JournalError SqlErrors::classify(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && code != 0) {
        const JournalError mapped = classifyCode(code);
        if (mapped != JournalError::Other)
            return mapped;
    }
    // Some driver paths (COMMIT through QSqlDatabase) drop the code and keep
    // only SQLite's message; these texts are SQLite's fixed English strings.
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("disk is full")))
        return JournalError::DiskFull;
    if (text.contains(QLatin1String("database is locked")) || text.contains(QLatin1String("is locked")))
        return JournalError::Locked;
    if (text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed")))
        return JournalError::Corrupt;
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        return JournalError::DuplicateRef;
    return JournalError::Other;
}

QString SqlErrors::detail(const QSqlError& error)
{
    return error.databaseText() + QLatin1String(" (sqlite ") + error.nativeErrorCode() + u')';
}

} // namespace counterdesk::journal
