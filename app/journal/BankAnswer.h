// BankAnswer: Eko's Get IFSC Details answer for one full IFSC, as the
// journal database keeps it (table bank_answers, schema v5).
#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace counterdesk::journal {

struct BankAnswer
{
    QString ifsc; // the key: the full code, never its first four letters
    qint64 bankId = 0;
    QString bank;
    QString branch;
    QString ifscStatus;
    QString availableChannels;
    bool verificationAvailable = false;
    QDateTime fetchedAt; // UTC: when Eko gave it

    bool operator==(const BankAnswer&) const = default;
};

} // namespace counterdesk::journal
