// EventRow: the column list of an event row and its reader.
#pragma once

#include "journal/TransferEvent.h"

#include <QSqlQuery>
#include <QString>

namespace counterdesk::journal {

class EventRow
{
public:
    // "e.id, e.transfer_id, ...": select with `FROM events e`.
    static QString columns();
    static TransferEvent read(const QSqlQuery& q);
};

} // namespace counterdesk::journal
