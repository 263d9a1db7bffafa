// JournalV2File: a journal file as schema version 2 wrote it, for the
// upgrade tests (journal migration, and the reconciler on migrated data).
//
// The tables come from the v1 and v2 migration steps (shipped steps never
// change) and the rows are written with v2's column names only, the way a
// v2 build would have: no verdict on events, no profile kind on transfers,
// "not found" known only by its note.
#pragma once

#include "journal/Schema.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace counterdesk::journal::test {

// v2's one note for a "not found" inquiry answer.
inline QString v2NotFoundNote()
{
    return QStringLiteral("inquiry: transaction not found");
}

// Three rows, all for `sender`:
//   v2open  "Training", UNKNOWN since t0: submit, an initiate timeout, four
//           "not found" answers and one unanswered inquiry (7 events)
//   v2done  "training" (a custom profile's name), SUCCESS (2 events)
//   v2sub   "UAT", SUBMITTING since t0 + 100 s (1 event)
inline bool writeV2File(const QString& dir, const QDateTime& t0, const QString& sender)
{
    const QString connection = QStringLiteral("v2-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir + QStringLiteral("/journal.sqlite"));
        ok = db.open() && Schema::migrate(db, 2).ok();
        QSqlQuery transfer(db);
        transfer.prepare(QStringLiteral(
            "INSERT INTO transfers (id, client_ref_id, rail, profile, sender_mobile, sender_name, "
            "recipient_id,"
            " recipient_name, recipient_bank, recipient_account, account_tail, recipient_ifsc, amount_paise,"
            " channel, otp_ref_id, created_at, state, updated_at, tid, check_attempts, next_check_at,"
            " last_event_id) VALUES (?, ?, 'digikhata', ?, ?, 'Ramesh Kumar', '10017680', 'Krishna Rao', "
            "'SBI',"
            " 'XXXXXX4321', '4321', 'SBIN0001234', 15000, '2', 'otpref', ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery event(db);
        event.prepare(QStringLiteral("INSERT INTO events (id, transfer_id, at, source, from_state, to_state,"
                                     " tid, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const auto ms = [](const QDateTime& t) {
            return QVariant(t.toMSecsSinceEpoch());
        };
        const QVariant null = QVariant(QMetaType::fromType<QString>());
        const auto addTransfer = [&](qint64 id, const QString& ref, const QString& profile,
                                     const QDateTime& created, const QString& state, const QDateTime& updated,
                                     const QVariant& tid, int attempts, const QVariant& nextCheck,
                                     qint64 lastEvent) {
            const QVariantList values = {id,          ref, profile,  sender,    ms(created), state,
                                         ms(updated), tid, attempts, nextCheck, lastEvent};
            for (int i = 0; i < values.size(); ++i)
                transfer.bindValue(i, values.at(i));
            if (!transfer.exec()) {
                qWarning("v2 transfer: %s", qPrintable(transfer.lastError().text()));
                ok = false;
            }
        };
        qint64 eventId = 0;
        const auto addEvent = [&](qint64 transferId, const QDateTime& at, const QString& source,
                                  const QVariant& from, const QString& to, const QVariant& tid,
                                  const QVariant& note) {
            const QVariantList values = {++eventId, transferId, ms(at), source, from, to, tid, note};
            for (int i = 0; i < values.size(); ++i)
                event.bindValue(i, values.at(i));
            if (!event.exec()) {
                qWarning("v2 event: %s", qPrintable(event.lastError().text()));
                ok = false;
            }
        };
        const QString unknown = QStringLiteral("UNKNOWN");
        const QString reconcile = QStringLiteral("reconcile");

        addTransfer(1, QStringLiteral("v2open"), QStringLiteral("Training"), t0, unknown, t0.addSecs(300),
                    null, 5, ms(t0.addSecs(300 + 300)), 7);
        addEvent(1, t0, QStringLiteral("submit"), null, QStringLiteral("SUBMITTING"), null, null);
        addEvent(1, t0.addSecs(30), QStringLiteral("initiate-response"), QStringLiteral("SUBMITTING"),
                 unknown, null, QStringLiteral("initiate_transaction: timeout"));
        for (int i = 1; i <= 4; ++i)
            addEvent(1, t0.addSecs(30 + 60 * i), reconcile, unknown, unknown, null, v2NotFoundNote());
        addEvent(1, t0.addSecs(300), reconcile, unknown, unknown, null,
                 QStringLiteral("transaction_inquiry: no answer (HTTP 500)"));

        addTransfer(2, QStringLiteral("v2done"), QStringLiteral("training"), t0, QStringLiteral("SUCCESS"),
                    t0.addSecs(3), QStringLiteral("2882726255"), 0, null, 9);
        addEvent(2, t0, QStringLiteral("submit"), null, QStringLiteral("SUBMITTING"), null, null);
        addEvent(2, t0.addSecs(3), QStringLiteral("initiate-response"), QStringLiteral("SUBMITTING"),
                 QStringLiteral("SUCCESS"), QStringLiteral("2882726255"), null);

        // v2 put a SUBMITTING row's next check at its submit time + 90 s.
        addTransfer(3, QStringLiteral("v2sub"), QStringLiteral("UAT"), t0.addSecs(100),
                    QStringLiteral("SUBMITTING"), t0.addSecs(100), null, 0, ms(t0.addSecs(190)), 10);
        addEvent(3, t0.addSecs(100), QStringLiteral("submit"), null, QStringLiteral("SUBMITTING"), null,
                 null);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace counterdesk::journal::test
