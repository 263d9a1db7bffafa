#include "gateway/Ledger.h"

#include "gateway/LedgerRows.h"
#include "gateway/LedgerSchema.h"
#include "security/LogRedactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <map>

namespace counterdesk::gateway {

using journal::TransferState;

namespace {

// Times are selected as epoch milliseconds (selectList): read as text, QPSQL
// would convert every timestamp to local time, and each such conversion
// looks up the time zone (a stat() of /etc/localtime), per value, per row.
QDateTime timeValue(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// "a, b, ..." for a SELECT, with each *_at column as epoch milliseconds;
// qualifier ("t.") goes before every column.
QString selectList(const QStringList& columns, const QString& qualifier = {})
{
    QStringList out;
    for (const QString& column : columns) {
        const QString name = qualifier + column;
        out.append(column.endsWith(QLatin1String("_at"))
                       ? QStringLiteral("(extract(epoch FROM %1) * 1000)::bigint").arg(name)
                       : name);
    }
    return out.join(QStringLiteral(", "));
}

CounterRow counterFrom(const QSqlQuery& q)
{
    CounterRow c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.salt = q.value(2).toString();
    c.secretHash = q.value(3).toString();
    c.userCode = q.value(4).toString();
    c.createdAt = timeValue(q.value(5));
    c.revokedAt = timeValue(q.value(6));
    c.lastSeenAt = timeValue(q.value(7));
    return c;
}

const QStringList kTransferColumnNames = {
    QStringLiteral("id"),          QStringLiteral("client_ref_id"), QStringLiteral("counter_id"),
    QStringLiteral("rail"),        QStringLiteral("amount_paise"),  QStringLiteral("state"),
    QStringLiteral("created_at"),  QStringLiteral("updated_at"),    QStringLiteral("inquiries"),
    QStringLiteral("tid"),         QStringLiteral("utr"),           QStringLiteral("tx_status"),
    QStringLiteral("answer_http"), QStringLiteral("answer"),        QStringLiteral("not_found_answers")};

const QString kCounterColumns =
    selectList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("salt"),
                QStringLiteral("secret_hash"), QStringLiteral("user_code"), QStringLiteral("created_at"),
                QStringLiteral("revoked_at"), QStringLiteral("last_seen_at")});
const QString kTransferColumns = selectList(kTransferColumnNames);

// Ledger::admitRequest's checks and writes as WITH clauses, for admitRequest
// and admitInitiate. Data-modifying WITH clauses all run, and see the tables
// as they were before the statement: the count leaves this request out, as
// it should, and nothing is written for a revoked counter or a replay
// (`fresh` empty). Their values: admissionValues().
const QString kAdmissionClauses = QStringLiteral(
    "active AS (SELECT 1 FROM counters WHERE id = ? AND revoked_at IS NULL), "
    "fresh AS (INSERT INTO used_signatures (signature, counter_id) SELECT ?, ? FROM active "
    "  ON CONFLICT (signature) DO NOTHING RETURNING 1), "
    "recent AS (SELECT count(*) AS n FROM events WHERE counter_id = ? AND kind = 'request' "
    "  AND at > now() - interval '1 minute'), "
    "seen AS (UPDATE counters SET last_seen_at = now() WHERE id = ? AND EXISTS (SELECT 1 FROM fresh)), "
    "logged AS (INSERT INTO events (counter_id, kind, call, http_status, detail) "
    "  SELECT ?, CASE WHEN recent.n >= ? THEN 'limited' ELSE 'request' END, "
    "  CASE WHEN recent.n >= ? THEN ? END, CASE WHEN recent.n >= ? THEN 429 END, "
    "  CASE WHEN recent.n >= ? THEN '' ELSE ? END FROM recent WHERE EXISTS (SELECT 1 FROM fresh))");
// A money call's `forward` event (the decision to send it) for the row a
// WITH clause `r` wrote, as a WITH clause of the same statement: with its
// row or not at all. Its value: the call's name. (It takes the clock's time,
// after its request's admission in the same statement.)
const QString kForwardEventClause =
    QStringLiteral("forwarded AS (INSERT INTO events (at, counter_id, transfer_id, kind, call, detail) "
                   "SELECT clock_timestamp(), r.counter_id, r.id, 'forward', ?, '' FROM r)");

// What the clauses tell, in the statements' last columns.
const QString kAdmissionResult =
    QStringLiteral("EXISTS (SELECT 1 FROM active), EXISTS (SELECT 1 FROM fresh), recent.n");

QVariantList admissionValues(const QString& counterId, const QByteArray& signature, int perMinute,
                             const QString& path, const QString& detail)
{
    const QVariant id = counterId;
    const QVariant limit = qint64(perMinute);
    return {id,    QString::fromLatin1(signature), id, id, id, id, limit, limit, path, limit,
            limit, Ledger::storedDetail(detail)};
}

// kAdmissionResult's three columns, from `first` on.
Admission admissionFrom(const QSqlQuery& q, int first, int perMinute)
{
    if (!q.value(first).toBool())
        return Admission::Revoked;
    if (!q.value(first + 1).toBool())
        return Admission::Replayed;
    return q.value(first + 2).toLongLong() >= perMinute ? Admission::Limited : Admission::Admitted;
}

// An event's call, HTTP status and detail, in this order: absent ones NULL,
// the detail as stored.
void bindEventFields(QSqlQuery& q, const QString& call, int httpStatus, const QString& detail)
{
    q.addBindValue(call.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(call));
    q.addBindValue(httpStatus > 0 ? QVariant(httpStatus) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(Ledger::storedDetail(detail));
}

// What an answer changes in its row (recordAnswer, recordAnswerAndEvent),
// and its values in the order of the statement's placeholders.
const QString kAnswerUpdate =
    QStringLiteral("UPDATE transfers SET state = ?, updated_at = now(), inquiries = inquiries + ?, "
                   "not_found_answers = not_found_answers + ?, "
                   "tid = COALESCE(NULLIF(?, ''), tid), utr = COALESCE(NULLIF(?, ''), utr), "
                   "tx_status = COALESCE(?, tx_status), "
                   "answer_http = CASE WHEN ? = '' THEN answer_http ELSE ? END, "
                   "answer = CASE WHEN ? = '' THEN answer ELSE ? END WHERE id = ?");
void bindAnswer(QSqlQuery& q, qint64 transferId, const LedgerAnswer& a)
{
    const QString body = QString::fromUtf8(a.body);
    q.addBindValue(journal::stateName(a.state));
    q.addBindValue(a.inquiry ? 1 : 0);
    q.addBindValue(a.notFound ? 1 : 0);
    q.addBindValue(a.tid);
    q.addBindValue(a.utr);
    q.addBindValue(a.txStatus ? QVariant(*a.txStatus) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(body);
    q.addBindValue(a.httpStatus);
    q.addBindValue(body);
    q.addBindValue(body);
    q.addBindValue(transferId);
}

} // namespace

QString Ledger::storedDetail(const QString& detail)
{
    const QString redacted = security::LogRedactor::redact(detail);
    return redacted.isNull() ? QStringLiteral("") : redacted;
}

namespace ledger_rows {
QString transferColumns(const QString& qualifier)
{
    return selectList(kTransferColumnNames, qualifier);
}
int transferColumnCount()
{
    return int(kTransferColumnNames.size());
}
LedgerTransfer transfer(const QSqlQuery& q)
{
    LedgerTransfer t;
    t.id = q.value(0).toLongLong();
    t.clientRefId = q.value(1).toString();
    t.counterId = q.value(2).toString();
    t.rail = railFromStoredName(q.value(3).toString()).value_or(Rail::DigiKhata);
    t.amountPaise = q.value(4).toLongLong();
    t.state = journal::stateFromName(q.value(5).toString()).value_or(TransferState::Unknown);
    t.createdAt = timeValue(q.value(6));
    t.updatedAt = timeValue(q.value(7));
    t.inquiries = q.value(8).toInt();
    t.tid = q.value(9).toString();
    t.utr = q.value(10).toString();
    if (!q.value(11).isNull())
        t.txStatus = q.value(11).toInt();
    t.answerHttp = q.value(12).toInt();
    t.answer = q.value(13).toString().toUtf8();
    t.notFoundAnswers = q.value(14).toInt();
    return t;
}
} // namespace ledger_rows

struct Ledger::Statements
{
    std::map<QString, QSqlQuery> bySql;
};

Ledger::Ledger(const QString& conninfo, const QString& connectionName)
    : m_connectionName(connectionName)
    , m_statements(std::make_unique<Statements>())
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QCoreApplication::translate(
            "counterdesk::gateway::Ledger",
            "the Qt PostgreSQL driver (QPSQL) is not installed: apt install libqt6sql6-psql");
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    // QPSQL appends the connect options to its conninfo, so the operator's
    // libpq string is used as written (host, port, dbname, sslmode...).
    db.setConnectOptions(conninfo);
    if (!db.open()) {
        m_error = databaseError(db.lastError());
        return;
    }
    m_error = LedgerSchema::migrate(db);
}

Ledger::~Ledger()
{
    forgetStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Ledger::databaseError(const QSqlError& error)
{
    // PostgreSQL's own words (libpq's language) after ours.
    return QCoreApplication::translate("counterdesk::gateway::Ledger", "database: %1")
        .arg(error.text().simplified());
}

QSqlQuery* Ledger::statement(const QString& sql)
{
    auto found = m_statements->bySql.find(sql);
    if (found != m_statements->bySql.end())
        return &found->second;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.prepare(sql)) {
        m_error = databaseError(q.lastError());
        return nullptr;
    }
    return &m_statements->bySql.emplace(sql, std::move(q)).first->second;
}

void Ledger::forgetStatements()
{
    m_statements->bySql.clear();
}

bool Ledger::ping()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (QSqlQuery* q = statement(QStringLiteral("SELECT 1")); q && q->exec() && q->next())
        return true;
    // The server restarted or the connection dropped: one fresh connection,
    // so the gateway recovers without a restart of its own. The prepared
    // statements went with the old one.
    forgetStatements();
    db.close();
    if (!db.open())
        return false;
    QSqlQuery again(db);
    return again.exec(QStringLiteral("SELECT 1")) && again.next();
}

std::optional<CounterRow> Ledger::addCounter(const QString& name, const QString& userCode,
                                             const QString& salt, const QString& secretHash,
                                             const QString& id)
{
    // The row and its `counter_added` event in one statement: both or neither.
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("WITH c AS (INSERT INTO counters (id, name, salt, secret_hash, user_code) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING *), "
                             "e AS (INSERT INTO events (counter_id, kind, detail) "
                             "SELECT id, 'counter_added', ? FROM c) SELECT ") +
              kCounterColumns + QStringLiteral(" FROM c"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(salt);
    q.addBindValue(secretHash);
    q.addBindValue(userCode);
    q.addBindValue(storedDetail(name));
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        m_error =
            QCoreApplication::translate("counterdesk::gateway::Ledger",
                                        "a counter named \"%1\" exists already (names are never reused)")
                .arg(name);
        return std::nullopt;
    }
    return counterFrom(q);
}

Ledger::Revocation Ledger::revokeCounter(const QString& name)
{
    // The revocation and its `counter_revoked` event in one statement.
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("WITH c AS (UPDATE counters SET revoked_at = now() WHERE name = ? "
                             "AND revoked_at IS NULL RETURNING id), "
                             "e AS (INSERT INTO events (counter_id, kind, detail) "
                             "SELECT id, 'counter_revoked', ? FROM c) SELECT id FROM c"));
    q.addBindValue(name);
    q.addBindValue(storedDetail(name));
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return Revocation::Error;
    }
    return q.next() ? Revocation::Revoked : Revocation::NoActiveCounter;
}

std::optional<QList<CounterRow>> Ledger::counters()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT ") + kCounterColumns +
                QStringLiteral(" FROM counters ORDER BY name"))) {
        m_error = databaseError(q.lastError());
        return std::nullopt;
    }
    QList<CounterRow> rows;
    while (q.next())
        rows.append(counterFrom(q));
    return rows;
}

std::optional<CounterRow> Ledger::enrolledCounter(const QString& id, bool* failed)
{
    if (const auto known = m_enrolled.constFind(id); known != m_enrolled.constEnd())
        return *known;
    QSqlQuery* q = statement(QStringLiteral("SELECT ") + kCounterColumns +
                             QStringLiteral(" FROM counters WHERE id = ?"));
    if (!q) {
        *failed = true;
        return std::nullopt;
    }
    q->bindValue(0, id);
    if (!q->exec()) {
        m_error = databaseError(q->lastError());
        *failed = true;
        return std::nullopt;
    }
    if (!q->next())
        return std::nullopt;
    CounterRow counter = counterFrom(*q);
    if (!counter.isRevoked()) {
        // Only what never changes is worth keeping: the last seen time does.
        counter.lastSeenAt = QDateTime();
        m_enrolled.insert(id, counter);
    }
    return counter;
}

Admission Ledger::admitRequest(const QString& counterId, const QByteArray& signature, int perMinute,
                               const QString& path, const QString& detail)
{
    QSqlQuery* q = statement(QStringLiteral("WITH ") + kAdmissionClauses + QStringLiteral(" SELECT ") +
                             kAdmissionResult + QStringLiteral(" FROM recent"));
    if (!q)
        return Admission::Error;
    const QVariantList values = admissionValues(counterId, signature, perMinute, path, detail);
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec() || !q->next()) {
        m_error = databaseError(q->lastError());
        return Admission::Error;
    }
    return admissionFrom(*q, 0, perMinute);
}

bool Ledger::pruneSignatures(int skewSeconds)
{
    // The ledger proper keeps everything; only the replay guard forgets.
    QSqlQuery* q =
        statement(QStringLiteral("DELETE FROM used_signatures WHERE at < now() - make_interval(secs => ?)"));
    if (!q)
        return false;
    q->bindValue(0, 2 * skewSeconds);
    if (!q->exec()) {
        m_error = databaseError(q->lastError());
        return false;
    }
    return true;
}

AdmittedInitiate Ledger::admitInitiate(const QString& counterId, const QByteArray& signature, int perMinute,
                                       const QString& path, const QString& detail,
                                       const NewInitiate& initiate)
{
    AdmittedInitiate out;
    // One statement, committed on return (autocommit): the admission, the
    // count of Initiates in flight, the row and its `forward` event, so no
    // row is ever without its request's admission and the decision to send
    // it; the UNIQUE index decides between two gateways racing with the same
    // reference. (`forward` takes the clock's time, after the request's.)
    static const QString kStatement =
        QStringLiteral("WITH ") + kAdmissionClauses +
        QStringLiteral(
            ", inflight AS (SELECT count(*) AS n FROM transfers WHERE counter_id = ? AND state = ? "
            "  AND created_at > now() - make_interval(secs => ?)), "
            "r AS (INSERT INTO transfers (client_ref_id, counter_id, rail, amount_paise, state) "
            "  SELECT ?, ?, ?, ?, ? FROM inflight, recent "
            "  WHERE inflight.n < ? AND recent.n < ? AND EXISTS (SELECT 1 FROM fresh) "
            "  ON CONFLICT (client_ref_id) DO NOTHING RETURNING *), ") +
        kForwardEventClause + QStringLiteral(" SELECT ") +
        ledger_rows::transferColumns(QStringLiteral("r.")) + QStringLiteral(", ") + kAdmissionResult +
        QStringLiteral(", inflight.n FROM recent CROSS JOIN inflight LEFT JOIN r ON true");
    QSqlQuery* prepared = statement(kStatement);
    if (!prepared)
        return out;
    QSqlQuery& q = *prepared;
    const QString submitting = journal::stateName(TransferState::Submitting);
    QVariantList values = admissionValues(counterId, signature, perMinute, path, detail);
    values << counterId << submitting << initiate.limit.graceSeconds << initiate.clientRefId << counterId
           << railStoredName(initiate.rail) << initiate.amountPaise << submitting
           << qint64(initiate.limit.concurrent) << qint64(perMinute) << initiate.call;
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = databaseError(q.lastError());
        return out;
    }
    const int columns = ledger_rows::transferColumnCount();
    out.admission = admissionFrom(q, columns, perMinute);
    if (out.admission != Admission::Admitted)
        return out; // nothing written but the refusal's event
    SubmitRecord& record = out.record;
    if (!q.value(0).isNull()) {
        record.status = SubmitRecord::Status::Recorded;
        record.transfer = ledger_rows::transfer(q);
        record.ticket = MoneyCallTicket(MoneyCallTicket::Kind::Initiate, record.transfer.id,
                                        initiate.clientRefId, QString());
        return out;
    }
    // No row written: the reference is known (whatever the counter's count:
    // a re-sent Initiate hears its outcome, not "too many"), or the counter
    // is at its limit.
    bool failed = false;
    if (std::optional<LedgerTransfer> known = knownInitiate(counterId, initiate, &failed)) {
        record.status = SubmitRecord::Status::Known;
        record.transfer = *known;
    } else if (failed) {
        record.status = SubmitRecord::Status::Error; // "ledger unavailable": the counter asks again
    } else if (q.value(columns + 3).toLongLong() >= initiate.limit.concurrent) {
        record.status = SubmitRecord::Status::Limited;
    }
    return out;
}

std::optional<LedgerTransfer> Ledger::knownInitiate(const QString& counterId, const NewInitiate& initiate,
                                                    bool* failed)
{
    // The known row and the `duplicate_initiate` event in one statement: a
    // re-sent Initiate is answered from the ledger only once its event is
    // written, so no answered duplicate goes unrecorded.
    QSqlQuery* q =
        statement(QStringLiteral("WITH t AS (SELECT * FROM transfers WHERE client_ref_id = ?), "
                                 "e AS (INSERT INTO events (counter_id, transfer_id, kind, call, detail) "
                                 "SELECT ?, t.id, 'duplicate_initiate', ?, '' FROM t) SELECT ") +
                  ledger_rows::transferColumns(QStringLiteral("t.")) + QStringLiteral(" FROM t"));
    if (q) {
        q->addBindValue(initiate.clientRefId);
        q->addBindValue(counterId);
        q->addBindValue(initiate.call);
        if (q->exec()) {
            if (q->next())
                return ledger_rows::transfer(*q);
            return std::nullopt;
        }
        m_error = databaseError(q->lastError());
    }
    *failed = true;
    return std::nullopt;
}

RefundRecord Ledger::recordRefunding(const LedgerTransfer& known, const QString& call)
{
    RefundRecord out;
    // REFUND_PENDING -> REFUNDING and its `forward` event in one statement:
    // of two racing refunds (two counters' windows, two gateways) exactly
    // one gets the row.
    QSqlQuery* prepared = statement(
        QStringLiteral(
            "WITH r AS (UPDATE transfers SET state = ?, updated_at = now() WHERE id = ? AND state = ? "
            "RETURNING *), ") +
        kForwardEventClause + QStringLiteral(" SELECT ") +
        ledger_rows::transferColumns(QStringLiteral("r.")) + QStringLiteral(" FROM r"));
    if (!prepared)
        return out;
    QSqlQuery& q = *prepared;
    q.addBindValue(journal::stateName(TransferState::Refunding));
    q.addBindValue(known.id);
    q.addBindValue(journal::stateName(TransferState::RefundPending));
    q.addBindValue(call);
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return out;
    }
    if (!q.next()) {
        out.status = RefundRecord::Status::NotRefundable;
        out.transfer = known;
        return out;
    }
    out.status = RefundRecord::Status::Recorded;
    out.transfer = ledger_rows::transfer(q);
    out.ticket =
        MoneyCallTicket(MoneyCallTicket::Kind::Refund, out.transfer.id, out.transfer.clientRefId, known.tid);
    return out;
}

bool Ledger::recordAnswer(qint64 transferId, const LedgerAnswer& a)
{
    QSqlQuery* prepared = statement(kAnswerUpdate);
    if (!prepared)
        return false;
    bindAnswer(*prepared, transferId, a);
    if (!prepared->exec()) {
        m_error = databaseError(prepared->lastError());
        return false;
    }
    return true;
}

bool Ledger::recordAnswerAndEvent(const LedgerTransfer& row, const LedgerAnswer& a, const QString& kind,
                                  const QString& call, int httpStatus, const QString& detail)
{
    QSqlQuery* prepared = statement(QStringLiteral("WITH answered AS (") + kAnswerUpdate +
                                    QStringLiteral(" RETURNING id) "
                                                   "INSERT INTO events (counter_id, transfer_id, kind, call, "
                                                   "http_status, detail) "
                                                   "SELECT ?, answered.id, ?, ?, ?, ? FROM answered"));
    if (!prepared)
        return false;
    QSqlQuery& q = *prepared;
    bindAnswer(q, row.id, a);
    q.addBindValue(row.counterId);
    q.addBindValue(kind);
    bindEventFields(q, call, httpStatus, detail);
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return false;
    }
    return true;
}

std::optional<LedgerTransfer> Ledger::transferWhere(const QString& column, const QString& value, bool* failed)
{
    QSqlQuery* prepared =
        statement(QStringLiteral("SELECT ") + kTransferColumns + QStringLiteral(" FROM transfers WHERE ") +
                  column + QStringLiteral(" = ? ORDER BY id LIMIT 1"));
    if (prepared) {
        prepared->addBindValue(value);
        if (prepared->exec())
            return prepared->next() ? std::optional(ledger_rows::transfer(*prepared)) : std::nullopt;
        m_error = databaseError(prepared->lastError());
    }
    if (failed)
        *failed = true;
    return std::nullopt;
}

std::optional<LedgerTransfer> Ledger::transferByRef(const QString& clientRefId, bool* failed)
{
    return transferWhere(QStringLiteral("client_ref_id"), clientRefId, failed);
}

std::optional<LedgerTransfer> Ledger::transferByTid(const QString& tid, bool* failed)
{
    return transferWhere(QStringLiteral("tid"), tid, failed);
}

std::optional<QList<LedgerTransfer>> Ledger::openTransfers()
{
    QSqlQuery* q = statement(QStringLiteral("SELECT ") + kTransferColumns +
                             QStringLiteral(" FROM transfers WHERE state IN (") + journal::openStatesSql() +
                             QStringLiteral(") ORDER BY updated_at"));
    if (!q)
        return std::nullopt;
    if (!q->exec()) {
        m_error = databaseError(q->lastError());
        return std::nullopt;
    }
    QList<LedgerTransfer> rows;
    while (q->next())
        rows.append(ledger_rows::transfer(*q));
    return rows;
}

std::optional<QList<QPair<LedgerTransfer, QString>>>
Ledger::transfersCreated(const QDateTime& fromUtc, const QDateTime& toUtc, const QString& counterName)
{
    QList<QPair<LedgerTransfer, QString>> rows;
    const QString columns = ledger_rows::transferColumns(QStringLiteral("t."));
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT ") + columns +
              QStringLiteral(", c.name FROM transfers t JOIN counters c ON c.id = t.counter_id "
                             "WHERE (?::timestamptz IS NULL OR t.created_at >= ?::timestamptz) "
                             "AND (?::timestamptz IS NULL OR t.created_at < ?::timestamptz) "
                             "AND (?::text IS NULL OR c.name = ?::text) ORDER BY t.created_at, t.id"));
    const QVariant from = fromUtc.isValid() ? QVariant(fromUtc.toString(Qt::ISODateWithMs))
                                            : QVariant(QMetaType(QMetaType::QString));
    const QVariant to = toUtc.isValid() ? QVariant(toUtc.toString(Qt::ISODateWithMs))
                                        : QVariant(QMetaType(QMetaType::QString));
    const QVariant name =
        counterName.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(counterName);
    for (const QVariant& v : {from, from, to, to, name, name})
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        rows.append({ledger_rows::transfer(q),
                     q.value(ledger_rows::transferColumnCount()).toString()}); // c.name, after them
    return rows;
}

std::optional<QMap<QString, int>> Ledger::openCountsByState()
{
    QSqlQuery* q = statement(QStringLiteral("SELECT state, count(*) FROM transfers WHERE state IN (") +
                             journal::openStatesSql() + QStringLiteral(") GROUP BY state"));
    if (!q)
        return std::nullopt;
    if (!q->exec()) {
        m_error = databaseError(q->lastError());
        return std::nullopt;
    }
    QMap<QString, int> counts;
    for (const TransferState s : journal::openStates())
        counts.insert(journal::stateName(s), 0);
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    return counts;
}

bool Ledger::addEvent(const QString& counterId, qint64 transferId, const QString& kind, const QString& call,
                      int httpStatus, const QString& detail)
{
    QSqlQuery* prepared = statement(
        QStringLiteral("INSERT INTO events (counter_id, transfer_id, kind, call, http_status, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return false;
    QSqlQuery& q = *prepared;
    q.addBindValue(counterId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(counterId));
    q.addBindValue(transferId > 0 ? QVariant(transferId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(kind);
    bindEventFields(q, call, httpStatus, detail);
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return false;
    }
    return true;
}

QJsonObject Ledger::pendingEvent(const QString& counterId, const QString& kind, const QString& call,
                                 int httpStatus, const QString& detail)
{
    QJsonObject e;
    e.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    e.insert(QStringLiteral("counter_id"), counterId.isEmpty() ? QJsonValue() : QJsonValue(counterId));
    e.insert(QStringLiteral("kind"), kind);
    e.insert(QStringLiteral("call"), call.isEmpty() ? QJsonValue() : QJsonValue(call));
    e.insert(QStringLiteral("http_status"), httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue());
    e.insert(QStringLiteral("detail"), storedDetail(detail));
    return e;
}

bool Ledger::writeEvents(const QList<QJsonObject>& events)
{
    if (events.isEmpty())
        return true;
    // One JSON array as the only parameter: any number of events in one
    // prepared statement, each value escaped by the JSON writer and typed by
    // the record definition.
    QSqlQuery* q = statement(QStringLiteral(
        "INSERT INTO events (at, counter_id, kind, call, http_status, detail) "
        "SELECT at, counter_id, kind, call, http_status, detail FROM json_to_recordset(?::json) "
        "AS e(at timestamptz, counter_id text, kind text, call text, http_status integer, detail text) "
        "ORDER BY at"));
    if (!q)
        return false;
    QJsonArray batch;
    for (const QJsonObject& e : events)
        batch.append(e);
    q->bindValue(0, QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
    if (!q->exec()) {
        m_error = databaseError(q->lastError());
        return false;
    }
    return true;
}

} // namespace counterdesk::gateway
