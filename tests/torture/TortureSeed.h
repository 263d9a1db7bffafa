// TortureSeed: a sandbox seed with one fresh customer per round, so a row a
// killed run left open (the per-sender guard) never blocks the next round.
#pragma once

#include "money/Money.h"

#include <QString>

namespace counterdesk::torture {

struct TortureCustomer
{
    QString mobile;
    qint64 recipientId = 0;
};

class TortureSeed
{
public:
    static constexpr int kCustomers = 400;
    static constexpr Money kBalance = Money::fromRupees(10000);

    // Customer `index` (0 .. kCustomers-1): a DigiKhata wallet with
    // kBalance and one recipient registered with the bank.
    static TortureCustomer customer(int index);
    // Writes the seed JSON to `path`; false when the file cannot be written.
    static bool write(const QString& path);
};

} // namespace counterdesk::torture
