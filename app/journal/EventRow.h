// EventRow: the column list of an event row and its reader.
#pragma once

#include "journal/TransferEvent.h"

#include <QSqlQuery>
#include <QString>

namespace counterdesk::journal {

class EventRow
{
public:
    // The schema version that added events.verdict.
    static constexpr int verdictSince = 3;
    static constexpr int latest = verdictSince;

    // "e.id, e.transfer_id, ...": select with `FROM events e`. A migration
    // step reads with the columns of the version it upgrades from, so a
    // column added later never breaks an old step.
    static QString columns(int schemaVersion = latest);
    static TransferEvent read(const QSqlQuery& q, int schemaVersion = latest);
};

} // namespace counterdesk::journal
