// Schema: the journal's tables and the ordered list of migrations.
//
// The version lives in PRAGMA user_version. Each migration runs in its own
// transaction together with the version bump, so a crash mid-upgrade leaves
// the file at the previous version, intact. Never edit a shipped step: add
// a new one.
//
//   v1  transfers (identity + current state), events (append-only),
//       triggers forbidding DELETE and UPDATE of events / identity columns.
//   v2  reconciler back-off (check_attempts, next_check_at), account_tail,
//       name_tokens word index and the search indexes; backfilled from v1.
//   v3  events.verdict (what an inquiry answer taught us) and
//       transfers.profile_kind (training/uat/production/custom); a SUBMITTING
//       row's next_check_at becomes its submit time (the grace is the
//       asker's: Journal::dueForCheck). Backfilled as upgradeToV3 says.
//   v4  the state REFUNDING (a refund claimed before its POST leaves):
//       transfers rebuilt with the widened CHECK, rows, indexes and triggers
//       kept.
//   v5  bank_answers: Eko's Get IFSC Details answer per full IFSC with the
//       time it was fetched (a cache: rows are replaced when refreshed).
//   v6  consents: the evidence of Aadhaar e-KYC consent (append-only).
//   v7  transfers.profile_kind may be 'gateway': transfers rebuilt as in v4.
//   v8  a smaller file: transfers.name_words (the row's search words,
//       backfilled) replaces the name_tokens_by_transfer index, and
//       transfers_by_sender_state, which another index serves, is dropped.
#pragma once

#include "journal/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace counterdesk::journal {

class Schema
{
public:
    static constexpr int latestVersion = 8;

    static Result<int> version(QSqlDatabase& db);
    // Migrates up to `target` (tests build old files with a lower target).
    // NewerSchema if the file is already past `target`... unless it is
    // exactly there, which is a no-op.
    static Result<void> migrate(QSqlDatabase& db, int target = latestVersion);

private:
    static Result<void> createV1(QSqlDatabase& db);
    static Result<void> upgradeToV2(QSqlDatabase& db);
    static Result<void> upgradeToV3(QSqlDatabase& db);
    static Result<void> upgradeToV4(QSqlDatabase& db);
    static Result<void> upgradeToV5(QSqlDatabase& db);
    static Result<void> upgradeToV6(QSqlDatabase& db);
    static Result<void> upgradeToV7(QSqlDatabase& db);
    static Result<void> upgradeToV8(QSqlDatabase& db);
    // SQLite cannot change a CHECK in place: transfers is copied from its own
    // CREATE statement with oldList (found exactly once) replaced by newList.
    static Result<void> rebuildTransfersWidening(QSqlDatabase& db, const QString& oldList,
                                                 const QString& newList, const QString& copyName);
};

} // namespace counterdesk::journal
