// JournalStore: the prepared statements behind Journal, on one connection.
//
// Journal decides (validation, transitions, transactions); the store only
// reads and writes rows. Statements are prepared once per connection,
// because a bulk import runs them millions of times.
#pragma once

#include "journal/Result.h"
#include "journal/Transfer.h"
#include "journal/TransferEvent.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace counterdesk::journal {

class JournalStore
{
public:
    explicit JournalStore(QSqlDatabase db);

    QSqlDatabase database() const { return m_db; }

    // Next free ids. Valid only inside a write transaction (the IMMEDIATE
    // lock keeps any other writer out until COMMIT).
    Result<qint64> nextTransferId();
    Result<qint64> nextEventId();

    Result<bool> refUsed(const QString& clientRefId);
    Result<std::optional<Transfer>> findByRef(const QString& clientRefId);
    Result<std::optional<Transfer>> openTransferOf(const QString& senderMobile);
    Result<QList<TransferEvent>> eventsOf(TransferId id);

    // A new row with identity and projection; also indexes its names.
    Result<void> insertTransfer(const Transfer& transfer);
    Result<void> insertEvent(const TransferEvent& event);
    // Rewrites only the projection columns of an existing row.
    Result<void> updateProjection(const Transfer& transfer);

private:
    Result<void> run(QSqlQuery& q);
    QSqlQuery prepared(const QString& sql);

    QSqlDatabase m_db;
    QSqlQuery m_insertTransfer;
    QSqlQuery m_insertEvent;
    QSqlQuery m_insertToken;
    QSqlQuery m_updateProjection;
    QSqlQuery m_findByRef;
};

} // namespace counterdesk::journal
