#include "Schema.h"

#include "domain/AccountMask.h"
#include "journal/EventRow.h"
#include "journal/NameTokens.h"
#include "journal/ProjectionBuilder.h"
#include "journal/SqlErrors.h"
#include "journal/SqlTransaction.h"
#include "journal/SqlValues.h"

#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <vector>

namespace counterdesk::journal {

namespace {

Result<void> execAll(QSqlDatabase& db, const QStringList& statements)
{
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql))
            return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError()) + u' ' + sql};
    }
    return {};
}

} // namespace

Result<int> Schema::version(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    return q.value(0).toInt();
}

Result<void> Schema::migrate(QSqlDatabase& db, int target)
{
    const std::vector<std::function<Result<void>(QSqlDatabase&)>> steps = {
        createV1, upgradeToV2, upgradeToV3, upgradeToV4, upgradeToV5, upgradeToV6, upgradeToV7, upgradeToV8};

    const Result<int> current = version(db);
    if (!current)
        return {current.error(), current.detail()};
    if (*current > target)
        return {JournalError::NewerSchema,
                QStringLiteral("file schema v%1, this build knows v%2").arg(*current).arg(target)};
    for (int v = *current + 1; v <= target && v <= static_cast<int>(steps.size()); ++v) {
        SqlTransaction tx(db);
        if (Result<void> r = tx.begin(); !r)
            return r;
        if (Result<void> r = steps[static_cast<std::size_t>(v - 1)](db); !r) {
            // Disk full / locked keep their meaning; anything else is a bug
            // in the step and is reported as such.
            const bool environmental = r.error() == JournalError::DiskFull ||
                                       r.error() == JournalError::Locked ||
                                       r.error() == JournalError::IoError;
            return {environmental ? r.error() : JournalError::MigrationFailed, r.detail()};
        }
        if (Result<void> r = execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(v)}); !r)
            return r;
        if (Result<void> r = tx.commit(); !r)
            return r;
    }
    return {};
}

Result<void> Schema::createV1(QSqlDatabase& db)
{
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE transfers ("
                        " id INTEGER PRIMARY KEY,"
                        " client_ref_id TEXT NOT NULL UNIQUE,"
                        " rail TEXT NOT NULL CHECK (rail IN ('digikhata','levin')),"
                        " profile TEXT NOT NULL,"
                        " sender_mobile TEXT NOT NULL,"
                        " sender_name TEXT NOT NULL,"
                        " recipient_id TEXT NOT NULL,"
                        " recipient_name TEXT NOT NULL,"
                        " recipient_bank TEXT NOT NULL,"
                        " recipient_account TEXT NOT NULL,"
                        " recipient_ifsc TEXT NOT NULL,"
                        " amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),"
                        " channel TEXT NOT NULL,"
                        " otp_ref_id TEXT NOT NULL,"
                        " created_at INTEGER NOT NULL,"
                        " state TEXT NOT NULL CHECK (state IN ('SUBMITTING','SUCCESS','FAILED','PENDING',"
                        "'UNKNOWN','REFUND_PENDING','REFUNDED')),"
                        " updated_at INTEGER NOT NULL,"
                        " tid TEXT,"
                        " bank_ref_num TEXT,"
                        " fee_paise INTEGER,"
                        " balance_after_paise INTEGER,"
                        " channel_desc TEXT,"
                        " tx_status TEXT,"
                        " txstatus_desc TEXT,"
                        " last_event_id INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE TABLE events ("
                        " id INTEGER PRIMARY KEY,"
                        " transfer_id INTEGER NOT NULL REFERENCES transfers(id),"
                        " at INTEGER NOT NULL,"
                        " source TEXT NOT NULL,"
                        " from_state TEXT,"
                        " to_state TEXT NOT NULL,"
                        " tid TEXT,"
                        " bank_ref_num TEXT,"
                        " fee_paise INTEGER,"
                        " balance_after_paise INTEGER,"
                        " channel_desc TEXT,"
                        " tx_status TEXT,"
                        " txstatus_desc TEXT,"
                        " http_status INTEGER,"
                        " eko_status INTEGER,"
                        " response_status_id INTEGER,"
                        " response_type_id INTEGER,"
                        " eko_message TEXT,"
                        " note TEXT)"),
         QStringLiteral("CREATE INDEX events_by_transfer ON events(transfer_id, id)"),
         QStringLiteral("CREATE INDEX transfers_by_sender_state ON transfers(sender_mobile, state)"),
         QStringLiteral("CREATE INDEX transfers_by_created ON transfers(created_at)"),
         // The event log is the truth: it only grows.
         QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
                        " BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END"),
         QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
                        " BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END"),
         QStringLiteral("CREATE TRIGGER transfers_no_delete BEFORE DELETE ON transfers"
                        " BEGIN SELECT RAISE(ABORT, 'journal transfers are never deleted'); END"),
         // What was sent never changes; only the projection columns move.
         QStringLiteral("CREATE TRIGGER transfers_identity_fixed BEFORE UPDATE OF"
                        " id, client_ref_id, rail, profile, sender_mobile, sender_name, recipient_id,"
                        " recipient_name, recipient_bank, recipient_account, recipient_ifsc, amount_paise,"
                        " channel, otp_ref_id, created_at ON transfers"
                        " BEGIN SELECT RAISE(ABORT, 'journal transfer identity is immutable'); END")});
}

Result<void> Schema::upgradeToV2(QSqlDatabase& db)
{
    if (Result<void> r = execAll(
            db, {QStringLiteral("ALTER TABLE transfers ADD COLUMN account_tail TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE transfers ADD COLUMN check_attempts INTEGER NOT NULL DEFAULT 0"),
                 QStringLiteral("ALTER TABLE transfers ADD COLUMN next_check_at INTEGER"),
                 // created_at is copied (it never changes) so a name search
                 // can order and page its matches from this b-tree alone.
                 QStringLiteral("CREATE TABLE name_tokens ("
                                " token TEXT NOT NULL,"
                                " transfer_id INTEGER NOT NULL REFERENCES transfers(id),"
                                " created_at INTEGER NOT NULL,"
                                " PRIMARY KEY (token, transfer_id)) WITHOUT ROWID")});
        !r)
        return r;

    // Backfill what v1 did not store, from the identity columns and by
    // folding each transfer's events (the same fold the journal uses).
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral(
            "SELECT id, sender_name, recipient_name, recipient_account, created_at FROM transfers")))
        return {SqlErrors::classify(rows.lastError()), SqlErrors::detail(rows.lastError())};
    QSqlQuery events(db);
    events.prepare(QStringLiteral("SELECT ") + EventRow::columns(2) +
                   QStringLiteral(" FROM events e WHERE e.transfer_id = ? ORDER BY e.id"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE transfers SET account_tail = ?, check_attempts = ?, next_check_at = ? WHERE id = ?"));
    QSqlQuery token(db);
    token.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO name_tokens (token, transfer_id, created_at) VALUES (?, ?, ?)"));
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        events.addBindValue(id);
        if (!events.exec())
            return {SqlErrors::classify(events.lastError()), SqlErrors::detail(events.lastError())};
        QList<TransferEvent> log;
        while (events.next())
            log += EventRow::read(events, 2);
        const Transfer folded = ProjectionBuilder::fold(Transfer{}, log);
        update.addBindValue(AccountMask::tail(rows.value(3).toString()));
        update.addBindValue(folded.checkAttempts);
        update.addBindValue(SqlValues::time(folded.nextCheckAt));
        update.addBindValue(id);
        if (!update.exec())
            return {SqlErrors::classify(update.lastError()), SqlErrors::detail(update.lastError())};
        const QStringList names =
            NameTokens::split(rows.value(1).toString() + u' ' + rows.value(2).toString());
        for (const QString& t : names) {
            token.addBindValue(t);
            token.addBindValue(id);
            token.addBindValue(rows.value(4));
            if (!token.exec())
                return {SqlErrors::classify(token.lastError()), SqlErrors::detail(token.lastError())};
        }
    }

    return execAll(
        db,
        {QStringLiteral("DROP TRIGGER transfers_identity_fixed"),
         QStringLiteral("CREATE TRIGGER transfers_identity_fixed BEFORE UPDATE OF"
                        " id, client_ref_id, rail, profile, sender_mobile, sender_name, recipient_id,"
                        " recipient_name, recipient_bank, recipient_account, account_tail, recipient_ifsc,"
                        " amount_paise, channel, otp_ref_id, created_at ON transfers"
                        " BEGIN SELECT RAISE(ABORT, 'journal transfer identity is immutable'); END"),
         QStringLiteral("CREATE TRIGGER name_tokens_no_delete BEFORE DELETE ON name_tokens"
                        " BEGIN SELECT RAISE(ABORT, 'journal index rows are never deleted'); END"),
         // Further words of a multi-word name search are checked per candidate.
         QStringLiteral("CREATE INDEX name_tokens_by_transfer ON name_tokens(transfer_id, token)"),
         // Quick search: each interpretation of the text is one index seek.
         QStringLiteral("CREATE INDEX transfers_by_tid ON transfers(tid) WHERE tid IS NOT NULL"),
         QStringLiteral(
             "CREATE INDEX transfers_by_utr ON transfers(bank_ref_num) WHERE bank_ref_num IS NOT NULL"),
         QStringLiteral("CREATE INDEX transfers_by_sender_created ON transfers(sender_mobile, created_at)"),
         QStringLiteral("CREATE INDEX transfers_by_account_tail ON transfers(account_tail, created_at)"),
         QStringLiteral("CREATE INDEX transfers_by_amount ON transfers(amount_paise, created_at)"),
         // Filters and totals: state and rail within a date range.
         QStringLiteral("CREATE INDEX transfers_by_state_created ON transfers(state, created_at)"),
         QStringLiteral("CREATE INDEX transfers_by_created_rail ON transfers(created_at, rail, state)"),
         // The reconciler's queue: only open rows carry a next_check_at.
         QStringLiteral(
             "CREATE INDEX transfers_due ON transfers(next_check_at) WHERE next_check_at IS NOT NULL")});
}

// The CHECK lists are this step's own literals, not built from the enums: a
// shipped step must keep meaning what it meant when it shipped.
Result<void> Schema::upgradeToV3(QSqlDatabase& db)
{
    return execAll(
        db, {QStringLiteral("ALTER TABLE events ADD COLUMN verdict TEXT"
                            " CHECK (verdict IN ('decisive','not_found','no_answer'))"),
             QStringLiteral("ALTER TABLE transfers ADD COLUMN profile_kind TEXT"
                            " CHECK (profile_kind IN ('training','uat','production','custom'))"),
             // Back-fill "not found" from the one note v2 wrote for it, so an
             // open row's count of not-found answers survives the upgrade (the
             // reconciler concludes FAILED from it). Other old inquiry answers
             // keep a NULL verdict: their notes do not say reliably which kind
             // they were, and nothing counts them. The event log is append-only;
             // this one-time back-fill, inside the migration's transaction, is
             // the only UPDATE it ever sees.
             QStringLiteral("DROP TRIGGER events_no_update"),
             QStringLiteral(
                 "UPDATE events SET verdict = 'not_found' WHERE note = 'inquiry: transaction not found'"),
             QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
                            " BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END"),
             // Only the built-in Training profile's exact name is known to be
             // training: v2 stored the name alone, and a custom profile may be
             // called anything ("training" included). Every other old row keeps a
             // NULL kind, which reads as "not training": its receipt is not
             // stamped TRAINING, the safe side for a real transfer.
             QStringLiteral("UPDATE transfers SET profile_kind = 'training' WHERE profile = 'Training'"),
             // The submit time; the grace is now added by whoever asks.
             QStringLiteral("UPDATE transfers SET next_check_at = updated_at WHERE state = 'SUBMITTING'"),
             QStringLiteral("DROP TRIGGER transfers_identity_fixed"),
             QStringLiteral("CREATE TRIGGER transfers_identity_fixed BEFORE UPDATE OF"
                            " id, client_ref_id, rail, profile, profile_kind, sender_mobile, sender_name,"
                            " recipient_id, recipient_name, recipient_bank, recipient_account, account_tail,"
                            " recipient_ifsc, amount_paise, channel, otp_ref_id, created_at ON transfers"
                            " BEGIN SELECT RAISE(ABORT, 'journal transfer identity is immutable'); END")});
}

// SQLite cannot change a CHECK constraint in place, so the transfers table
// is rebuilt (SQLite's "making other kinds of table schema changes"): a copy
// made from the table's own CREATE statement with the one literal widened,
// the rows copied, the old table dropped, the copy renamed, and the table's
// indexes and triggers re-created from their stored text, inside the
// migration's transaction. Foreign keys are off during migrations
// (Journal::open switches them on afterwards), so DROP TABLE deletes no
// event's parent; foreign_key_check then proves every event still has its
// transfer under the old name.
Result<void> Schema::rebuildTransfersWidening(QSqlDatabase& db, const QString& oldList,
                                              const QString& newList, const QString& copyName)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'transfers'")) ||
        !q.next())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    QString create = q.value(0).toString();
    // SQLite quotes the name of a table it renamed (the v4 rebuild did).
    QString head = QStringLiteral("CREATE TABLE transfers (");
    if (!create.startsWith(head))
        head = QStringLiteral("CREATE TABLE \"transfers\" (");
    if (!create.startsWith(head) || create.count(oldList) != 1)
        return {JournalError::MigrationFailed, QStringLiteral("unexpected transfers table: ") + create};
    create.replace(oldList, newList);
    create.replace(0, head.size(), QStringLiteral("CREATE TABLE %1 (").arg(copyName));

    QStringList recreate;
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'transfers'"
                               " AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")))
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    while (q.next())
        recreate << q.value(0).toString();
    q.finish();

    QStringList steps = {create, QStringLiteral("INSERT INTO %1 SELECT * FROM transfers").arg(copyName),
                         // The implicit DELETE of DROP TABLE fires no trigger.
                         QStringLiteral("DROP TABLE transfers"),
                         QStringLiteral("ALTER TABLE %1 RENAME TO transfers").arg(copyName)};
    steps += recreate;
    if (Result<void> r = execAll(db, steps); !r)
        return r;
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    if (q.next())
        return {JournalError::MigrationFailed,
                QStringLiteral("an event lost its transfer in the rebuild to ") + copyName};
    return {};
}

// The state REFUNDING (a refund claimed before its POST leaves).
Result<void> Schema::upgradeToV4(QSqlDatabase& db)
{
    return rebuildTransfersWidening(db, QStringLiteral("'UNKNOWN','REFUND_PENDING','REFUNDED')"),
                                    QStringLiteral("'UNKNOWN','REFUND_PENDING','REFUNDED','REFUNDING')"),
                                    QStringLiteral("transfers_v4"));
}

// A cache beside the journal, not part of it: bank_id is Eko's number and
// Eko publishes no list, so each full IFSC's answer is kept (not the four
// letters': a sublet belongs to another bank) and asked again once old
// (transfer::BankLookup). Replacing a row is allowed; no money fact lives here.
Result<void> Schema::upgradeToV5(QSqlDatabase& db)
{
    return execAll(db, {QStringLiteral("CREATE TABLE bank_answers ("
                                       " ifsc TEXT PRIMARY KEY,"
                                       " bank_id INTEGER NOT NULL CHECK (bank_id > 0),"
                                       " bank TEXT NOT NULL,"
                                       " branch TEXT NOT NULL,"
                                       " ifsc_status TEXT NOT NULL,"
                                       " available_channels TEXT NOT NULL,"
                                       " verification_available INTEGER NOT NULL,"
                                       " fetched_at INTEGER NOT NULL) WITHOUT ROWID")});
}

// The evidence of Aadhaar e-KYC consent (journal::ConsentRecord): Eko keeps
// none, so this table is it, and like the event log it only grows.
Result<void> Schema::upgradeToV6(QSqlDatabase& db)
{
    return execAll(db,
                   {QStringLiteral("CREATE TABLE consents ("
                                   " id INTEGER PRIMARY KEY,"
                                   " recorded_at INTEGER NOT NULL,"
                                   " profile TEXT NOT NULL,"
                                   " rail TEXT NOT NULL,"
                                   " customer_mobile TEXT NOT NULL,"
                                   " language_id INTEGER NOT NULL,"
                                   " language TEXT NOT NULL,"
                                   " consent_id INTEGER NOT NULL,"
                                   " text_sha256 TEXT NOT NULL,"
                                   " agent TEXT NOT NULL)"),
                    QStringLiteral("CREATE INDEX consents_by_customer ON consents(customer_mobile, id)"),
                    QStringLiteral("CREATE TRIGGER consents_no_update BEFORE UPDATE ON consents"
                                   " BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END"),
                    QStringLiteral("CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents"
                                   " BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END")});
}

// The Gateway profile kind (a counter that talks to the partner's
// counterdesk-gateway): profile_kind's CHECK gains 'gateway', by the same
// rebuild as v4, so a gateway counter's transfers are journalled like any.
Result<void> Schema::upgradeToV7(QSqlDatabase& db)
{
    return rebuildTransfersWidening(db, QStringLiteral("'training','uat','production','custom')"),
                                    QStringLiteral("'training','uat','production','custom','gateway')"),
                                    QStringLiteral("transfers_v7"));
}

// A smaller file (bench_journal reports the bytes of each table and index):
// two indexes go that cost space on every transfer and serve nothing the
// rest cannot.
// - transfers_by_sender_state (sender_mobile, state) found a customer's open
//   transfer; transfers_by_sender_created finds the same customer's few rows,
//   and their state is read from the row.
// - name_tokens_by_transfer (transfer_id, token) checked a search's further
//   words per candidate, at about 60 bytes a transfer. The row now carries
//   its words in name_words (about 20 bytes) and the check reads them there.
Result<void> Schema::upgradeToV8(QSqlDatabase& db)
{
    if (Result<void> r = execAll(
            db, {QStringLiteral("ALTER TABLE transfers ADD COLUMN name_words TEXT NOT NULL DEFAULT ''")});
        !r)
        return r;
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, sender_name, recipient_name FROM transfers")))
        return {SqlErrors::classify(rows.lastError()), SqlErrors::detail(rows.lastError())};
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE transfers SET name_words = COALESCE(?, '') WHERE id = ?"));
    while (rows.next()) {
        update.addBindValue(NameTokens::joined(
            NameTokens::split(rows.value(1).toString() + u' ' + rows.value(2).toString())));
        update.addBindValue(rows.value(0));
        if (!update.exec())
            return {SqlErrors::classify(update.lastError()), SqlErrors::detail(update.lastError())};
    }
    // An open read of the table would make SQLite refuse the DROPs ("table is locked").
    rows.finish();
    return execAll(
        db, {QStringLiteral("DROP INDEX transfers_by_sender_state"),
             QStringLiteral("DROP INDEX name_tokens_by_transfer"),
             // The words are the names' and stay as fixed as they are.
             QStringLiteral("DROP TRIGGER transfers_identity_fixed"),
             QStringLiteral(
                 "CREATE TRIGGER transfers_identity_fixed BEFORE UPDATE OF"
                 " id, client_ref_id, rail, profile, profile_kind, sender_mobile, sender_name,"
                 " recipient_id, recipient_name, recipient_bank, recipient_account, account_tail,"
                 " recipient_ifsc, amount_paise, channel, otp_ref_id, created_at, name_words ON transfers"
                 " BEGIN SELECT RAISE(ABORT, 'journal transfer identity is immutable'); END")});
}

} // namespace counterdesk::journal
