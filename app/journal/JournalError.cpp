#include "JournalError.h"

namespace counterdesk::journal {

QString errorName(JournalError error)
{
    // A switch without default: the compiler flags a new value left unnamed.
    switch (error) {
    case JournalError::None:
        return QStringLiteral("None");
    case JournalError::NotOpen:
        return QStringLiteral("NotOpen");
    case JournalError::CannotOpen:
        return QStringLiteral("CannotOpen");
    case JournalError::DiskFull:
        return QStringLiteral("DiskFull");
    case JournalError::Locked:
        return QStringLiteral("Locked");
    case JournalError::Corrupt:
        return QStringLiteral("Corrupt");
    case JournalError::ReadOnly:
        return QStringLiteral("ReadOnly");
    case JournalError::IoError:
        return QStringLiteral("IoError");
    case JournalError::NewerSchema:
        return QStringLiteral("NewerSchema");
    case JournalError::MigrationFailed:
        return QStringLiteral("MigrationFailed");
    case JournalError::DuplicateRef:
        return QStringLiteral("DuplicateRef");
    case JournalError::SenderBusy:
        return QStringLiteral("SenderBusy");
    case JournalError::IllegalTransition:
        return QStringLiteral("IllegalTransition");
    case JournalError::NotFound:
        return QStringLiteral("NotFound");
    case JournalError::RefundInProgress:
        return QStringLiteral("RefundInProgress");
    case JournalError::InvalidInput:
        return QStringLiteral("InvalidInput");
    case JournalError::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

} // namespace counterdesk::journal
