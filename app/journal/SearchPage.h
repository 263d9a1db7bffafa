// SearchPage: one page of history, newest first.
#pragma once

#include "journal/Transfer.h"

#include <QList>

namespace counterdesk::journal {

struct SearchPage
{
    QList<Transfer> transfers;
    bool hasMore = false; // another page exists after this one
};

} // namespace counterdesk::journal
