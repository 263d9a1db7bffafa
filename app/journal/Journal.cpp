// Journal: opening, and the writes. The queries are in JournalQueries.cpp.
#include "Journal.h"

#include "domain/AccountMask.h"
#include "domain/ClientRefId.h"
#include "domain/MobileNumber.h"
#include "journal/JournalStore.h"
#include "journal/ProjectionBuilder.h"
#include "journal/Schema.h"
#include "journal/SqlErrors.h"
#include "journal/SqlTransaction.h"
#include "journal/TransitionTable.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <atomic>

namespace counterdesk::journal {

namespace {

// Connection names must be unique per process: QSqlDatabase keeps a global
// registry, and two Journals (threads, the reconciler, tests) sharing a name
// would silently share or close each other's connection.
QString newConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("counterdesk-journal-%1").arg(++counter);
}

bool isValidNewTransfer(const NewTransfer& t)
{
    return Journal::isValidClientRefId(t.clientRefId) && MobileNumber::isCanonical(t.senderMobile) &&
           !t.recipientId.isEmpty() && t.amount > Money();
}

Transfer identityOf(const NewTransfer& n, TransferId id, const QDateTime& createdAt)
{
    Transfer t;
    t.id = id;
    t.clientRefId = n.clientRefId;
    t.rail = n.rail;
    t.profile = n.profile;
    t.profileKind = n.profileKind;
    t.senderMobile = n.senderMobile;
    t.senderName = n.senderName;
    t.recipientId = n.recipientId;
    t.recipientName = n.recipientName;
    t.recipientBank = n.recipientBank;
    t.recipientAccountMasked = AccountMask::mask(n.recipientAccount);
    t.recipientIfsc = n.recipientIfsc;
    t.amount = n.amount;
    t.channel = n.channel;
    t.otpRefId = n.otpRefId;
    t.createdAt = createdAt;
    return t;
}

Result<void> exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    return {};
}

} // namespace

Journal::Journal() = default;

Journal::~Journal()
{
    close();
}

bool Journal::isValidClientRefId(const QString& clientRefId)
{
    // The client's own rule, so a ref the client accepts is never refused here.
    return ClientRefId::isValid(clientRefId);
}

QDateTime Journal::now() const
{
    const QDateTime t = m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
    return t.toUTC();
}

bool Journal::isOpen() const
{
    return m_store != nullptr;
}

QString Journal::filePath() const
{
    return m_filePath;
}

int Journal::schemaVersion() const
{
    return m_schemaVersion;
}

void Journal::close()
{
    m_store.reset();
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_schemaVersion = 0;
}

Result<void> Journal::open(const QString& directory, const Options& options)
{
    close();
    m_options = options;
    if (!QDir().mkpath(directory))
        return {JournalError::CannotOpen, directory};
    m_filePath = QDir(directory).filePath(QLatin1String(fileName));

    // Create the file ourselves, owner read/write only, before SQLite opens
    // it: SQLite gives the -wal and -shm files the same permissions. The
    // journal holds customers' names and mobiles.
    QFile file(m_filePath);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly))
            return {JournalError::CannotOpen, file.errorString()};
        file.close();
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        close();
        const JournalError mapped = SqlErrors::classify(error);
        return {mapped == JournalError::Other ? JournalError::CannotOpen : mapped, SqlErrors::detail(error)};
    }

    auto fail = [this, &db](const Result<void>& r) -> Result<void> {
        db = QSqlDatabase();
        close();
        return r;
    };
    const QString busy = QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeout.count());
    for (const QString& pragma : {busy, QStringLiteral("PRAGMA cache_size = -32768")}) { // 32 MB
        if (Result<void> r = exec(db, pragma); !r)
            return fail(r);
    }
    {
        // WAL: readers (history, reconciler) never block the writer, and a
        // commit is one fsync of the log. It is the first statement that
        // reads the file, so a non-database fails here as Corrupt.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return fail({SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())});
        if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail({JournalError::CannotOpen, QStringLiteral("journal_mode ") + q.value(0).toString()});
    }
    // FULL: a COMMIT has reached the disk before recordSubmitting() returns,
    // so a power cut after the POST cannot lose the SUBMITTING row.
    if (Result<void> r = exec(db, QStringLiteral("PRAGMA synchronous = FULL")); !r)
        return fail(r);
    // After a checkpoint, shrink the WAL back to 64 MB at most: a big import
    // would otherwise leave a WAL as large as the journal on disk.
    if (Result<void> r = exec(db, QStringLiteral("PRAGMA journal_size_limit = 67108864")); !r)
        return fail(r);
    // Foreign keys are enforced from here on; a migration step that rebuilds
    // a table (v4) needs them off, and SQLite can switch them only outside
    // a transaction, so they are switched on after the upgrade.
    if (Result<void> r = Schema::migrate(db); !r)
        return fail(r);
    if (Result<void> r = exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return fail(r);
    const Result<int> version = Schema::version(db);
    if (!version)
        return fail({version.error(), version.detail()});
    m_schemaVersion = *version;
    m_store = std::make_unique<JournalStore>(db);
    return {};
}

Result<MoneyCallTicket> Journal::recordSubmitting(const NewTransfer& transfer)
{
    if (!m_store)
        return JournalError::NotOpen;
    if (!isValidNewTransfer(transfer))
        return JournalError::InvalidInput;

    SqlTransaction tx(m_store->database());
    if (Result<void> r = tx.begin(); !r)
        return {r.error(), r.detail()};
    // Both checks run under the write lock taken by BEGIN IMMEDIATE, so no
    // other connection can slip a transfer in between check and insert.
    const Result<bool> used = m_store->refUsed(transfer.clientRefId);
    if (!used)
        return {used.error(), used.detail()};
    if (*used)
        return {JournalError::DuplicateRef, transfer.clientRefId};
    const Result<std::optional<Transfer>> open = m_store->openTransferOf(transfer.senderMobile);
    if (!open)
        return {open.error(), open.detail()};
    if (open->has_value())
        return {JournalError::SenderBusy, open->value().clientRefId};

    const Result<qint64> transferId = m_store->nextTransferId();
    const Result<qint64> eventId = m_store->nextEventId();
    if (!transferId || !eventId)
        return {transferId ? eventId.error() : transferId.error()};

    const QDateTime at = now();
    Transfer row = identityOf(transfer, TransferId{*transferId}, at);
    TransferEvent event;
    event.id = *eventId;
    event.transferId = row.id;
    event.at = at;
    event.source = EventSource::Submit;
    event.toState = TransferState::Submitting;
    ProjectionBuilder::apply(row, event);

    if (Result<void> r = m_store->insertTransfer(row); !r)
        return {r.error(), r.detail()};
    if (Result<void> r = m_store->insertEvent(event); !r)
        return {r.error(), r.detail()};
    if (Result<void> r = tx.commit(); !r)
        return {r.error(), r.detail()};
    return MoneyCallTicket(MoneyCallTicket::Kind::Initiate, row.id.value, row.clientRefId, QString());
}

// The row of `clientRefId`, read inside the caller's transaction (under the
// write lock BEGIN IMMEDIATE took).
Result<Transfer> Journal::lockedRow(const QString& clientRefId)
{
    Result<std::optional<Transfer>> found = m_store->findByRef(clientRefId);
    if (!found)
        return {found.error(), found.detail()};
    if (!found->has_value())
        return {JournalError::NotFound, clientRefId};
    return std::move(found.value()).value();
}

// Appends the event that moves `row` to `state` and updates the row's
// projection, inside the caller's transaction.
Result<void> Journal::appendEvent(Transfer& row, TransferState state, const OutcomeFields& fields,
                                  EventSource source)
{
    const Result<qint64> eventId = m_store->nextEventId();
    if (!eventId)
        return {eventId.error(), eventId.detail()};
    TransferEvent event;
    event.id = *eventId;
    event.transferId = row.id;
    // Never let an event sort before the one it follows, even if the PC's
    // clock was set back: rebuilds and back-off rely on the order.
    event.at = std::max(now(), row.updatedAt);
    event.source = source;
    event.fromState = row.state;
    event.toState = state;
    event.fields = fields;
    ProjectionBuilder::apply(row, event);
    if (Result<void> r = m_store->insertEvent(event); !r)
        return r;
    return m_store->updateProjection(row);
}

Result<MoneyCallTicket> Journal::recordRefunding(const QString& clientRefId, const OutcomeFields& fields)
{
    if (!m_store)
        return JournalError::NotOpen;
    SqlTransaction tx(m_store->database());
    if (Result<void> r = tx.begin(); !r)
        return {r.error(), r.detail()};
    // Read and moved under the write lock: a second claimant waits for this
    // commit and then sees REFUNDING.
    Result<Transfer> row = lockedRow(clientRefId);
    if (!row)
        return {row.error(), row.detail()};
    if (row->state == TransferState::Refunding)
        return {JournalError::RefundInProgress, clientRefId};
    if (row->state != TransferState::RefundPending || row->tid.isEmpty())
        return {JournalError::IllegalTransition,
                stateName(row->state) + QLatin1String(" -> ") + stateName(TransferState::Refunding)};
    if (Result<void> r = appendEvent(row.value(), TransferState::Refunding, fields, EventSource::Refund); !r)
        return {r.error(), r.detail()};
    if (Result<void> r = tx.commit(); !r)
        return {r.error(), r.detail()};
    return MoneyCallTicket(MoneyCallTicket::Kind::Refund, row->id.value, row->clientRefId, row->tid);
}

Result<Transfer> Journal::recordOutcome(const QString& clientRefId, TransferState state,
                                        const OutcomeFields& fields, EventSource source)
{
    if (!m_store)
        return JournalError::NotOpen;
    // The first event is written only by recordSubmitting/importHistory.
    if (source == EventSource::Submit || source == EventSource::Import)
        return JournalError::InvalidInput;

    SqlTransaction tx(m_store->database());
    if (Result<void> r = tx.begin(); !r)
        return {r.error(), r.detail()};
    Result<Transfer> row = lockedRow(clientRefId);
    if (!row)
        return row;
    if (row->state == state && isFinal(state)) {
        // The reconciler and the result page (or two counters) may both
        // learn the same final answer. The second is a no-op: no event, the
        // row unchanged, returned as it is. An event would add nothing but
        // noise to the support trail, and fields it brought (a later fee or
        // UTR) must not rewrite a settled row. Evidence that contradicts the
        // row (another TID or UTR for the same transfer) is refused instead:
        // that needs a person, not a silent merge.
        const auto differs = [](const std::optional<QString>& told, const QString& kept) {
            return told && !told->isEmpty() && !kept.isEmpty() && *told != kept;
        };
        if (differs(fields.tid, row->tid) || differs(fields.bankRefNum, row->bankRefNum))
            return {JournalError::IllegalTransition,
                    stateName(state) + QLatin1String(" again with another tid or UTR")};
        return row;
    }
    if (!TransitionTable::isAllowed(row->state, state))
        return {JournalError::IllegalTransition,
                stateName(row->state) + QLatin1String(" -> ") + stateName(state)};
    if (Result<void> r = appendEvent(row.value(), state, fields, source); !r)
        return {r.error(), r.detail()};
    if (Result<void> r = tx.commit(); !r)
        return {r.error(), r.detail()};
    return row;
}

Result<qint64> Journal::importHistory(const std::function<std::optional<ImportedTransfer>()>& next)
{
    if (!m_store)
        return JournalError::NotOpen;
    // A big import touches every index at random places; a larger page
    // cache for its duration keeps that from thrashing the disk.
    QSqlDatabase db = m_store->database();
    exec(db, QStringLiteral("PRAGMA cache_size = -262144")).ok();
    const auto restoreCache =
        qScopeGuard([&db] { exec(db, QStringLiteral("PRAGMA cache_size = -32768")).ok(); });
    SqlTransaction tx(db);
    if (Result<void> r = tx.begin(); !r)
        return {r.error(), r.detail()};
    const Result<qint64> firstTransfer = m_store->nextTransferId();
    const Result<qint64> firstEvent = m_store->nextEventId();
    if (!firstTransfer || !firstEvent)
        return {firstTransfer ? firstEvent.error() : firstTransfer.error()};
    qint64 transferId = *firstTransfer;
    qint64 eventId = *firstEvent;
    qint64 written = 0;

    while (std::optional<ImportedTransfer> item = next()) {
        if (!isValidNewTransfer(item->transfer) || !item->createdAt.isValid())
            return {JournalError::InvalidInput, item->transfer.clientRefId};
        const bool hasOutcome = item->state != TransferState::Submitting;
        if (hasOutcome && !TransitionTable::isAllowed(TransferState::Submitting, item->state))
            return {JournalError::IllegalTransition, item->transfer.clientRefId};

        Transfer row = identityOf(item->transfer, TransferId{transferId++}, item->createdAt.toUTC());
        TransferEvent first;
        first.id = eventId++;
        first.transferId = row.id;
        first.at = row.createdAt;
        first.source = EventSource::Import;
        first.toState = TransferState::Submitting;
        ProjectionBuilder::apply(row, first);
        TransferEvent outcome;
        if (hasOutcome) {
            outcome.id = eventId++;
            outcome.transferId = row.id;
            outcome.at = std::max(item->outcomeAt.toUTC(), row.createdAt);
            outcome.source = EventSource::Import;
            outcome.fromState = TransferState::Submitting;
            outcome.toState = item->state;
            outcome.fields = item->fields;
            ProjectionBuilder::apply(row, outcome);
        }
        if (Result<void> r = m_store->insertTransfer(row); !r)
            return {r.error(), r.detail() + u' ' + row.clientRefId};
        if (Result<void> r = m_store->insertEvent(first); !r)
            return {r.error(), r.detail()};
        if (hasOutcome) {
            if (Result<void> r = m_store->insertEvent(outcome); !r)
                return {r.error(), r.detail()};
        }
        ++written;
    }
    if (Result<void> r = tx.commit(); !r)
        return {r.error(), r.detail()};
    return written;
}

} // namespace counterdesk::journal
