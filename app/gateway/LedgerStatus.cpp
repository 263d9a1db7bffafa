// The ledger's queries for the back office's status page (StatusPage).
#include "gateway/Ledger.h"
#include "gateway/LedgerRows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace counterdesk::gateway {

namespace {

// The states a transfer can still leave: the open ones and REFUND_PENDING
// (a refund the agent has yet to claim). Fixed names (stateName), never input.
QString unfinishedStatesSql()
{
    QStringList names;
    for (const journal::TransferState s : journal::allTransferStates()) {
        if (!journal::isFinal(s))
            names.append(u'\'' + journal::stateName(s) + u'\'');
    }
    return names.join(u',');
}

} // namespace

std::optional<QList<DayTotal>> Ledger::dayTotals(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(
        QStringLiteral("SELECT counter_id, state, count(*), COALESCE(sum(amount_paise), 0) FROM transfers "
                       "WHERE created_at >= ?::timestamptz AND created_at < ?::timestamptz "
                       "GROUP BY counter_id, state ORDER BY counter_id, state"));
    q.addBindValue(fromUtc.toString(Qt::ISODateWithMs));
    q.addBindValue(toUtc.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return std::nullopt;
    }
    QList<DayTotal> rows;
    while (q.next()) {
        DayTotal t;
        t.counterId = q.value(0).toString();
        t.state = journal::stateFromName(q.value(1).toString()).value_or(journal::TransferState::Unknown);
        t.count = q.value(2).toLongLong();
        t.amountPaise = q.value(3).toLongLong();
        rows.append(t);
    }
    return rows;
}

std::optional<QList<QPair<LedgerTransfer, QString>>> Ledger::unfinishedTransfers(int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT ") + ledger_rows::transferColumns() +
              QStringLiteral(", (SELECT name FROM counters WHERE counters.id = transfers.counter_id) "
                             "FROM transfers WHERE state IN (") +
              unfinishedStatesSql() + QStringLiteral(") ORDER BY created_at, id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return std::nullopt;
    }
    QList<QPair<LedgerTransfer, QString>> rows;
    while (q.next())
        rows.append({ledger_rows::transfer(q), q.value(ledger_rows::transferColumnCount()).toString()});
    return rows;
}

} // namespace counterdesk::gateway
