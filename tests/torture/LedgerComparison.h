// LedgerComparison: every journal row against the sandbox's ledger after a
// crash and a reconciliation, for the customers a torture run used. Each
// customer made one transfer, so:
//  - a ledger entry that moved money has a row in the matching state
//    (tx_status 0 SUCCESS, 3 REFUND_PENDING or REFUNDING, 4 REFUNDED): no
//    debit without its SUCCESS row, no refund without its REFUNDED row;
//  - a SUCCESS (REFUND_PENDING, REFUNDING, REFUNDED) row has that ledger
//    entry: no SUCCESS without a debit (and a REFUNDED row's entry is
//    refunded, by the rule above);
//  - at most one debit per customer, one Initiate per client_ref_id and one
//    refund POST per tid; each wallet is down by exactly its debits.
#pragma once

#include "money/Money.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace counterdesk::torture {

struct LedgerView
{
    QJsonArray rows;                // counterdesk-cli history --json
    QJsonArray ledger;              // GET /sandbox/control/transactions
    QJsonObject counters;           // GET /sandbox/control/counters
    QHash<QString, Money> balances; // customer mobile -> wallet balance now
};

// One line per broken rule; empty when the journal and the ledger agree.
QStringList compareWithLedger(const LedgerView& view, Money openingBalance);

} // namespace counterdesk::torture
