#include "gateway/LedgerSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <array>

namespace counterdesk::gateway {

namespace {

// An arbitrary constant: the advisory lock every gateway takes to migrate.
constexpr qint64 kMigrationLock = 0x434f554e544552; // "COUNTER"

// Version 1. Nothing is ever deleted from counters, transfers or events;
// used_signatures is pruned past twice the clock-skew window (a timestamp
// that old is refused anyway, so the row can no longer stop a replay).
const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE counters ("
                   " id text PRIMARY KEY,"
                   " name text NOT NULL UNIQUE,"
                   " salt text NOT NULL,"
                   " secret_hash text NOT NULL,"
                   " user_code text NOT NULL,"
                   " created_at timestamptz NOT NULL DEFAULT now(),"
                   " revoked_at timestamptz,"
                   " last_seen_at timestamptz)"),
    QStringLiteral("CREATE TABLE transfers ("
                   " id bigserial PRIMARY KEY,"
                   " client_ref_id text NOT NULL UNIQUE,"
                   " counter_id text NOT NULL REFERENCES counters(id),"
                   " rail text NOT NULL,"
                   " amount_paise bigint NOT NULL CHECK (amount_paise >= 0),"
                   " state text NOT NULL,"
                   " created_at timestamptz NOT NULL DEFAULT now(),"
                   " updated_at timestamptz NOT NULL DEFAULT now(),"
                   " inquiries integer NOT NULL DEFAULT 0,"
                   " tid text,"
                   " utr text,"
                   " tx_status integer,"
                   " answer_http integer,"
                   " answer text)"),
    QStringLiteral("CREATE INDEX transfers_tid ON transfers (tid)"),
    QStringLiteral("CREATE INDEX transfers_counter_state ON transfers (counter_id, state)"),
    QStringLiteral("CREATE TABLE events ("
                   " id bigserial PRIMARY KEY,"
                   " at timestamptz NOT NULL DEFAULT now(),"
                   " counter_id text REFERENCES counters(id),"
                   " transfer_id bigint REFERENCES transfers(id),"
                   " kind text NOT NULL,"
                   " call text,"
                   " http_status integer,"
                   " detail text NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX events_counter_at ON events (counter_id, at)"),
    QStringLiteral("CREATE TABLE used_signatures ("
                   " signature text PRIMARY KEY,"
                   " counter_id text NOT NULL,"
                   " at timestamptz NOT NULL DEFAULT now())"),
    QStringLiteral("CREATE INDEX used_signatures_at ON used_signatures (at)"),
};

// Version 2: the back office's status page (StatusPage) and its admins, each
// password kept only as security::PinHash's salted PBKDF2 (AdminAuth).
const QStringList kVersion2 = {
    QStringLiteral("CREATE TABLE admins ("
                   " name text PRIMARY KEY,"
                   " algorithm text NOT NULL,"
                   " iterations integer NOT NULL CHECK (iterations > 0),"
                   " salt text NOT NULL,"
                   " hash text NOT NULL,"
                   " updated_at timestamptz NOT NULL DEFAULT now())"),
};

// Version 3: how many times Eko answered "not found" about a transfer, so
// the reconciler's verdict (transfer::NeverCreated) survives restarts and
// holds across gateway processes.
const QStringList kVersion3 = {
    QStringLiteral("ALTER TABLE transfers ADD COLUMN not_found_answers integer NOT NULL DEFAULT 0"),
};

const std::array kMigrations = {&kVersion1, &kVersion2, &kVersion3};
static_assert(kMigrations.size() == LedgerSchema::kVersion, "one migration per schema version");

QString failure(const QString& what, const QSqlQuery& q)
{
    return QStringLiteral("ledger schema: %1: %2").arg(what, q.lastError().text().simplified());
}

} // namespace

QString LedgerSchema::migrate(QSqlDatabase& db)
{
    if (!db.transaction())
        return QStringLiteral("ledger schema: cannot begin a transaction: %1").arg(db.lastError().text());
    QSqlQuery q(db);
    auto rollback = [&db](const QString& error) {
        db.rollback();
        return error;
    };
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
        return rollback(failure(QStringLiteral("lock"), q));
    // Asked first rather than CREATE ... IF NOT EXISTS, whose notice libpq
    // would print on stderr at every start.
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")) || !q.next())
        return rollback(failure(QStringLiteral("schema_version"), q));
    if (q.value(0).toBool() &&
        !q.exec(QStringLiteral("CREATE TABLE schema_version (version integer NOT NULL)")))
        return rollback(failure(QStringLiteral("schema_version"), q));
    int version = 0;
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")))
        return rollback(failure(QStringLiteral("schema_version"), q));
    if (q.next())
        version = q.value(0).toInt();
    if (version > kVersion)
        return rollback(QCoreApplication::translate(
                            "counterdesk::gateway::Ledger",
                            "ledger schema: the database is at version %1, this gateway knows %2; "
                            "upgrade counterdesk-gateway")
                            .arg(version)
                            .arg(kVersion));
    for (int v = version + 1; v <= kVersion; ++v) {
        for (const QString& statement : *kMigrations.at(static_cast<size_t>(v - 1))) {
            if (!q.exec(statement))
                return rollback(failure(QStringLiteral("version %1").arg(v), q));
        }
        if (!q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(v)))
            return rollback(failure(QStringLiteral("version %1").arg(v), q));
    }
    if (!db.commit())
        return QStringLiteral("ledger schema: commit: %1").arg(db.lastError().text());
    return {};
}

} // namespace counterdesk::gateway
