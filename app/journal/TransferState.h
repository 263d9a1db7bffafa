// TransferState: where one transfer stands, as the journal records it.
//
// The names are stored as text in the database and shown in support exports,
// so stateName() returns exactly "SUBMITTING", "SUCCESS", ... and they never
// change. Which moves are allowed lives in TransitionTable.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace counterdesk::journal {

enum class TransferState {
    Submitting,    // row committed, Initiate POST about to leave or in flight
    Success,       // tx_status 0
    Failed,        // tx_status 1
    Pending,       // tx_status 2, 5, 6 or unknown: Eko has it, outcome awaited
    Unknown,       // no usable answer (timeout, 429/5xx, garbage): ask by inquiry
    RefundPending, // tx_status 3: the refund flow (customer OTP) is needed
    Refunding,     // refund row committed, its POST about to leave, in flight or unanswered: ask by inquiry
    Refunded,      // tx_status 4
};

QString stateName(TransferState state);
std::optional<TransferState> stateFromName(QStringView name);
QList<TransferState> allTransferStates();

// SUCCESS, FAILED, REFUNDED: nothing more happens without a refund.
bool isFinal(TransferState state);
// SUBMITTING, UNKNOWN, PENDING, REFUNDING: the outcome must be asked for by
// inquiry, and the sender may not start another transfer meanwhile (DESIGN.md
// "Money safety").
bool isOpen(TransferState state);
// The open states, the one list isOpen() and the journal's SQL both use.
QList<TransferState> openStates();
// openStates() as an SQL IN list: 'SUBMITTING','UNKNOWN','PENDING',... The
// names are fixed literals (stateName), never user input.
QString openStatesSql();

} // namespace counterdesk::journal
