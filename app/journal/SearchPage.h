// SearchPage: one page of history: exact matches first, then newest first.
#pragma once

#include "journal/SearchMatch.h"
#include "journal/Transfer.h"

#include <QList>

namespace counterdesk::journal {

struct SearchPage
{
    QList<Transfer> transfers;
    // Why each transfer matched, parallel to `transfers` (None without text).
    QList<SearchMatch> matches;
    bool hasMore = false; // another page exists after this one
};

} // namespace counterdesk::journal
