// SearchQuery: one history page request: quick text, filters and paging.
#pragma once

#include "domain/Rail.h"
#include "journal/TransferState.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace counterdesk::journal {

using counterdesk::Rail; // domain/Rail.h: the app's one Rail; stored as railStoredName()

struct SearchQuery
{
    // Free text the agent types; QuickSearch decides what it may be (TID,
    // mobile, account, amount, client_ref_id, UTR, name). Empty: no text filter.
    QString text;
    QDateTime from;              // inclusive, created time; null = open
    QDateTime to;                // exclusive; null = open
    QList<TransferState> states; // empty = any
    QList<Rail> rails;           // empty = any
    int offset = 0;
    int limit = 50; // 1..1000
};

} // namespace counterdesk::journal
