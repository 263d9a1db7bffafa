// LedgerRows: how a transfers row is read, for the Ledger's own files
// (Ledger.cpp, LedgerStatus.cpp): one column list and one reader, so a new
// column is added in one place. Not part of the Ledger's API.
#pragma once

#include "gateway/Ledger.h"

#include <QString>

class QSqlQuery;

namespace counterdesk::gateway::ledger_rows {

// "id, client_ref_id, ...": the columns transfer() reads, first and in this
// order (times as epoch milliseconds); qualifier ("t.") before each column.
QString transferColumns(const QString& qualifier = {});
// How many they are: a query's own columns come after them.
int transferColumnCount();
LedgerTransfer transfer(const QSqlQuery& q);

} // namespace counterdesk::gateway::ledger_rows
