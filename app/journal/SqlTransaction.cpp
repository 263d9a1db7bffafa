#include "SqlTransaction.h"

#include "journal/SqlErrors.h"

#include <QSqlQuery>

namespace counterdesk::journal {

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Result<void> SqlTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    m_active = true;
    return {};
}

Result<void> SqlTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        rollback();
        return {SqlErrors::classify(error), SqlErrors::detail(error)};
    }
    m_active = false;
    return {};
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    // A failed COMMIT may already have rolled back; a second ROLLBACK then
    // fails harmlessly ("no transaction is active").
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace counterdesk::journal
