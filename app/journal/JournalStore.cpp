#include "JournalStore.h"

#include "domain/AccountMask.h"
#include "journal/EventRow.h"
#include "journal/NameTokens.h"
#include "journal/SqlErrors.h"
#include "journal/SqlValues.h"
#include "journal/TransferRow.h"

#include <QVariant>

namespace counterdesk::journal {
namespace {

// Empty projection texts are stored as NULL, so partial indexes stay small.
QVariant optionalText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// What a transfer's events move (its projection), as insertTransfer writes
// it first and updateProjection after each event: one list for both, so a
// new projection column cannot be written by one and forgotten by the other.
const QStringList& projectionColumns()
{
    static const QStringList columns{QStringLiteral("state"),         QStringLiteral("updated_at"),
                                     QStringLiteral("tid"),           QStringLiteral("bank_ref_num"),
                                     QStringLiteral("fee_paise"),     QStringLiteral("balance_after_paise"),
                                     QStringLiteral("channel_desc"),  QStringLiteral("tx_status"),
                                     QStringLiteral("txstatus_desc"), QStringLiteral("check_attempts"),
                                     QStringLiteral("next_check_at"), QStringLiteral("last_event_id")};
    return columns;
}

QVariantList projectionValues(const Transfer& t)
{
    return {stateName(t.state),
            SqlValues::time(t.updatedAt),
            optionalText(t.tid),
            optionalText(t.bankRefNum),
            SqlValues::money(t.fee),
            SqlValues::money(t.balanceAfter),
            optionalText(t.channelDesc),
            optionalText(t.txStatus),
            optionalText(t.txStatusDesc),
            t.checkAttempts,
            SqlValues::time(t.nextCheckAt),
            t.lastEventId};
}

QString insertTransferSql()
{
    const QString projection = projectionColumns().join(QStringLiteral(", "));
    const QString placeholders = QStringList(projectionColumns().size(), QStringLiteral("?")).join(u',');
    return QStringLiteral(
               "INSERT INTO transfers (id, client_ref_id, rail, profile, profile_kind, sender_mobile, "
               "sender_name, recipient_id, recipient_name, recipient_bank, recipient_account, account_tail, "
               "recipient_ifsc, amount_paise, channel, otp_ref_id, created_at, %1, name_words)"
               " VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), COALESCE(?, "
               "''),"
               " COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''), COALESCE(?, ''), ?, "
               "%2,"
               " COALESCE(?, ''))")
        .arg(projection, placeholders);
}

QString updateProjectionSql()
{
    QStringList assignments;
    for (const QString& column : projectionColumns())
        assignments << column + QStringLiteral(" = ?");
    return QStringLiteral("UPDATE transfers SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", ")));
}

} // namespace

JournalStore::JournalStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insertTransfer(prepared(insertTransferSql()))
    , m_insertEvent(prepared(QStringLiteral(
          "INSERT INTO events (id, transfer_id, at, source, from_state, to_state, tid, bank_ref_num,"
          " fee_paise, balance_after_paise, channel_desc, tx_status, txstatus_desc, http_status,"
          " eko_status, response_status_id, response_type_id, eko_message, note, verdict)"
          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
    , m_insertToken(prepared(QStringLiteral(
          "INSERT OR IGNORE INTO name_tokens (token, transfer_id, created_at) VALUES (?, ?, ?)")))
    , m_updateProjection(prepared(updateProjectionSql()))
    , m_findByRef(prepared(QStringLiteral("SELECT ") + TransferRow::columns() +
                           QStringLiteral(" FROM transfers t WHERE t.client_ref_id = ?")))
{}

QSqlQuery JournalStore::prepared(const QString& sql)
{
    QSqlQuery q(m_db);
    // A failed prepare (no table yet) shows up as the error of exec().
    q.prepare(sql);
    return q;
}

Result<void> JournalStore::run(QSqlQuery& q)
{
    if (!q.exec())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    return {};
}

namespace {
Result<qint64> nextId(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    // MAX(id) on the rowid is one b-tree descent, not a scan.
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table) || !q.next())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    return q.value(0).toLongLong();
}
} // namespace

Result<qint64> JournalStore::nextTransferId()
{
    return nextId(m_db, QStringLiteral("transfers"));
}

Result<qint64> JournalStore::nextEventId()
{
    return nextId(m_db, QStringLiteral("events"));
}

Result<bool> JournalStore::refUsed(const QString& clientRefId)
{
    Result<std::optional<Transfer>> found = findByRef(clientRefId);
    if (!found)
        return {found.error(), found.detail()};
    return found->has_value();
}

Result<std::optional<Transfer>> JournalStore::findByRef(const QString& clientRefId)
{
    m_findByRef.bindValue(0, clientRefId);
    if (Result<void> r = run(m_findByRef); !r)
        return {r.error(), r.detail()};
    std::optional<Transfer> t;
    if (m_findByRef.next())
        t = TransferRow::read(m_findByRef);
    m_findByRef.finish();
    return t;
}

Result<std::optional<Transfer>> JournalStore::openTransferOf(const QString& senderMobile)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + TransferRow::columns() +
              QStringLiteral(" FROM transfers t WHERE t.sender_mobile = ?"
                             " AND t.state IN (") +
              openStatesSql() + QStringLiteral(") ORDER BY t.id LIMIT 1"));
    q.bindValue(0, senderMobile);
    if (Result<void> r = run(q); !r)
        return {r.error(), r.detail()};
    std::optional<Transfer> t;
    if (q.next())
        t = TransferRow::read(q);
    return t;
}

Result<QList<TransferEvent>> JournalStore::eventsOf(TransferId id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + EventRow::columns() +
              QStringLiteral(" FROM events e WHERE e.transfer_id = ? ORDER BY e.id"));
    q.bindValue(0, id.value);
    if (Result<void> r = run(q); !r)
        return {r.error(), r.detail()};
    QList<TransferEvent> events;
    while (q.next())
        events += EventRow::read(q);
    return events;
}

Result<void> JournalStore::insertTransfer(const Transfer& t)
{
    QSqlQuery& q = m_insertTransfer;
    int i = 0;
    auto bind = [&q, &i](const QVariant& v) {
        q.bindValue(i++, v);
    };
    bind(t.id.value);
    bind(t.clientRefId);
    bind(railStoredName(t.rail));
    bind(t.profile);
    bind(t.profileKind ? QVariant(profileKindName(*t.profileKind))
                       : QVariant(QMetaType::fromType<QString>()));
    bind(t.senderMobile);
    bind(t.senderName);
    bind(t.recipientId);
    bind(t.recipientName);
    bind(t.recipientBank);
    bind(t.recipientAccountMasked);
    bind(AccountMask::tail(t.recipientAccountMasked));
    bind(t.recipientIfsc);
    bind(t.amount.paise());
    bind(t.channel);
    bind(t.otpRefId);
    bind(SqlValues::time(t.createdAt));
    for (const QVariant& value : projectionValues(t))
        bind(value);
    const QStringList tokens = NameTokens::split(t.senderName + u' ' + t.recipientName);
    bind(NameTokens::joined(tokens));
    if (Result<void> r = run(q); !r)
        return r;

    for (const QString& token : tokens) {
        m_insertToken.bindValue(0, token);
        m_insertToken.bindValue(1, t.id.value);
        m_insertToken.bindValue(2, SqlValues::time(t.createdAt));
        if (Result<void> r = run(m_insertToken); !r)
            return r;
    }
    return {};
}

Result<void> JournalStore::insertEvent(const TransferEvent& e)
{
    QSqlQuery& q = m_insertEvent;
    int i = 0;
    auto bind = [&q, &i](const QVariant& v) {
        q.bindValue(i++, v);
    };
    const OutcomeFields& f = e.fields;
    bind(e.id);
    bind(e.transferId.value);
    bind(SqlValues::time(e.at));
    bind(sourceName(e.source));
    bind(e.fromState ? QVariant(stateName(*e.fromState)) : QVariant(QMetaType::fromType<QString>()));
    bind(stateName(e.toState));
    bind(SqlValues::text(f.tid));
    bind(SqlValues::text(f.bankRefNum));
    bind(SqlValues::money(f.fee));
    bind(SqlValues::money(f.balanceAfter));
    bind(SqlValues::text(f.channelDesc));
    bind(SqlValues::text(f.txStatus));
    bind(SqlValues::text(f.txStatusDesc));
    bind(SqlValues::integer(f.httpStatus));
    bind(SqlValues::integer(f.ekoStatus));
    bind(SqlValues::integer(f.responseStatusId));
    bind(SqlValues::integer(f.responseTypeId));
    bind(SqlValues::text(f.ekoMessage));
    bind(SqlValues::text(f.note));
    bind(f.verdict ? QVariant(verdictName(*f.verdict)) : QVariant(QMetaType::fromType<QString>()));
    return run(q);
}

Result<void> JournalStore::updateProjection(const Transfer& t)
{
    QSqlQuery& q = m_updateProjection;
    int i = 0;
    auto bind = [&q, &i](const QVariant& v) {
        q.bindValue(i++, v);
    };
    for (const QVariant& value : projectionValues(t))
        bind(value);
    bind(t.id.value);
    return run(q);
}

} // namespace counterdesk::journal
