// AccountMask: the journal never stores a full bank account number.
//
// Callers should pass Eko's masked form; should a full number slip through,
// every digit but the last four becomes 'X' before it reaches the disk. The
// last four digits (the "tail") are what the agent searches by.
#pragma once

#include <QString>

namespace counterdesk::journal {

class AccountMask
{
public:
    static QString mask(const QString& account);
    static QString tail(const QString& account);
};

} // namespace counterdesk::journal
