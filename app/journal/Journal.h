// Journal: the write-ahead record of every transfer (DESIGN.md "Money safety").
//
// A SQLite file (WAL, synchronous=FULL) with an append-only event table and a
// current-state row per transfer. The row is committed as SUBMITTING before
// the Initiate POST leaves; every answer or its absence appends an event and
// moves the row in the same transaction. Nothing is deleted, and only the
// current-state projection is ever updated in place (triggers enforce it).
//
// Threading: each Journal owns one named QSqlDatabase connection and must be
// used on the thread that called open(). Several Journals (threads, the CLI,
// the reconciler) may share one file; writers serialise on SQLite's lock and
// wait up to Options::busyTimeout before reporting JournalError::Locked.
#pragma once

#include "domain/MoneyCallTicket.h"
#include "journal/Backoff.h"
#include "journal/BankAnswer.h"
#include "journal/ConsentRecord.h"
#include "journal/EventSource.h"
#include "journal/ImportedTransfer.h"
#include "journal/JournalOptions.h"
#include "journal/NewTransfer.h"
#include "journal/OutcomeFields.h"
#include "journal/Result.h"
#include "journal/SearchPage.h"
#include "journal/SearchQuery.h"
#include "journal/TotalsRow.h"
#include "journal/Transfer.h"
#include "journal/TransferEvent.h"
#include "journal/TransferId.h"
#include "journal/TransferState.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace counterdesk::journal {

class JournalStore;

class Journal
{
public:
    using Options = JournalOptions;

    static constexpr const char* fileName = "journal.sqlite";

    Journal();
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    // Creates `directory` and the file (owner read/write only) if needed,
    // sets WAL + synchronous=FULL, and migrates the schema to the latest
    // version. Refuses a file written by a newer schema (NewerSchema).
    Result<void> open(const QString& directory, const Options& options = {});
    void close();
    bool isOpen() const;
    QString filePath() const;
    int schemaVersion() const;

    // 1-20 characters [0-9A-Za-z_-]: Eko's limit; the generator is eko::ClientRefId.
    static bool isValidClientRefId(const QString& clientRefId);

    // --- writing -------------------------------------------------------------
    // Commits the SUBMITTING row and its first event, and returns only after
    // the COMMIT is durable. Refuses a used ref (DuplicateRef) and a sender
    // that has an open transfer (SenderBusy), atomically with the insert.
    // The ticket is what EkoClient::initiateTransaction takes: no Initiate
    // without this row.
    Result<MoneyCallTicket> recordSubmitting(const NewTransfer& transfer);

    // Claims the transfer's one refund: moves a REFUND_PENDING row with a
    // tid to REFUNDING (an open state) and returns only after the COMMIT is
    // durable. The ticket is what EkoClient::refund takes. Under the write
    // lock, so of two dialogs or processes only one gets a ticket; the other
    // gets RefundInProgress (the row is already REFUNDING) or
    // IllegalTransition (it is not refund pending, or has no tid).
    Result<MoneyCallTicket> recordRefunding(const QString& clientRefId, const OutcomeFields& fields = {});

    // Appends an event and moves the current state in one transaction.
    // Fields present in `fields` overwrite the row's; absent ones are kept.
    // IllegalTransition when TransitionTable refuses the move. Recording the
    // final state the row already has (SUCCESS twice) is a no-op that
    // returns the row unchanged and appends no event; a final state never
    // becomes another final state, and a repeat whose TID or UTR contradicts
    // the row's is IllegalTransition.
    Result<Transfer> recordOutcome(const QString& clientRefId, TransferState state,
                                   const OutcomeFields& fields, EventSource source);

    // Bulk import in ONE transaction (all or nothing): pulls rows from `next`
    // until it returns nullopt. No sender guard (history is not live), but
    // refs must be unique and the outcome a legal move from SUBMITTING.
    // Returns the number of transfers written.
    Result<qint64> importHistory(const std::function<std::optional<ImportedTransfer>()>& next);

    // --- guards ----------------------------------------------------------------
    Result<bool> isClientRefUsed(const QString& clientRefId) const;
    // The sender's SUBMITTING, UNKNOWN or PENDING transfer, if any (oldest).
    Result<std::optional<Transfer>> blockingTransferFor(const QString& senderMobile) const;

    // --- reading -----------------------------------------------------------------
    Result<std::optional<Transfer>> transfer(const QString& clientRefId) const;
    Result<QList<TransferEvent>> events(const QString& clientRefId) const;
    // Folds the event log into a Transfer; equals transfer() unless the
    // projection was damaged. The event log is the truth.
    Result<Transfer> rebuildFromEvents(const QString& clientRefId) const;

    // For the reconciler: open transfers whose next check is due at `now`,
    // soonest first (a SUBMITTING row only once `submittingGrace` has passed
    // since it was submitted: Backoff::submittingGrace); and all open
    // transfers regardless of schedule.
    Result<QList<Transfer>>
    dueForCheck(const QDateTime& now, std::chrono::seconds submittingGrace = Backoff::defaultSubmittingGrace,
                int limit = 100) const;
    Result<QList<Transfer>> openTransfers() const;

    // History, newest first. With text, the exact matches (SearchMatch: a
    // TID, client_ref_id, UTR, then the customer's mobile) come first, then
    // the looser ones (account tail, amount, name), each tier newest first;
    // the page says why each transfer matched.
    Result<SearchPage> search(const SearchQuery& query) const;
    Result<qint64> count(const SearchQuery& query) const;
    // Totals per (state, rail) for transfers created in [from, to).
    Result<QList<TotalsRow>> totals(const QDateTime& from, const QDateTime& to) const;

    // --- Eko's bank answers (a cache; transfer::BankLookup decides freshness)
    Result<std::optional<BankAnswer>> bankAnswer(const QString& ifsc) const;
    // Replaces the IFSC's earlier answer. InvalidInput without an IFSC,
    // a positive bank_id or a fetch time.
    Result<void> rememberBankAnswer(const BankAnswer& answer);

    // --- Aadhaar e-KYC consent: the evidence Eko does not keep (append-only)
    // InvalidInput without a customer, language, text digest, agent or time.
    Result<void> recordConsent(const ConsentRecord& consent);
    Result<QList<ConsentRecord>> consents(const QString& customerMobile) const;

private:
    QDateTime now() const;
    Result<Transfer> lockedRow(const QString& clientRefId);
    Result<void> appendEvent(Transfer& row, TransferState state, const OutcomeFields& fields,
                             EventSource source);
    Result<QSqlQuery> executed(const QString& statement, const QVariantList& binds) const;
    Result<QList<Transfer>> selectTransfers(const QString& statement, const QVariantList& binds) const;
    Result<QList<qint64>> idsOf(const QString& statement, const QVariantList& binds) const;
    Result<QList<qint64>> rankedIds(const SearchQuery& query, qsizetype wanted) const;
    Result<QList<qint64>> exactIds(const SearchQuery& query, qsizetype wanted) const;
    Result<QList<qint64>> candidateIds(const SearchQuery& query, qsizetype wanted) const;
    Result<QList<qint64>> candidateIdsByWindows(const SearchQuery& query, qsizetype wanted) const;

    std::unique_ptr<JournalStore> m_store; // null while closed
    QString m_connectionName;
    QString m_filePath;
    Options m_options;
    int m_schemaVersion = 0;
};

} // namespace counterdesk::journal
