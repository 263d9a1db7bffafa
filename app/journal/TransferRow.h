// TransferRow: the column list of the current-state row and its reader.
#pragma once

#include "journal/Transfer.h"

#include <QSqlQuery>
#include <QString>

namespace counterdesk::journal {

class TransferRow
{
public:
    // "t.id, t.client_ref_id, ...": select with `FROM transfers t`.
    static QString columns();
    // Reads the current record of `q`, selected with columns().
    static Transfer read(const QSqlQuery& q);
};

} // namespace counterdesk::journal
