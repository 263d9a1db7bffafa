// TransferId: the journal's own row id of a transfer (not Eko's tid).
#pragma once

#include <QtGlobal>
#include <compare>

namespace counterdesk::journal {

struct TransferId
{
    qint64 value = 0;
    bool isValid() const { return value > 0; }
    auto operator<=>(const TransferId&) const = default;
};

} // namespace counterdesk::journal
