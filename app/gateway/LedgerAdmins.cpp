// The status page's admins in the ledger: a name and security::PinHash's
// salted PBKDF2 with its parameters, never the password (AdminAuth checks it).
#include "gateway/Ledger.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace counterdesk::gateway {

bool Ledger::setAdminPassword(const QString& name, const security::PinHash& hash)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // The password and its `admin_password_set` event in one statement: both or neither.
    q.prepare(QStringLiteral("WITH a AS (INSERT INTO admins (name, algorithm, iterations, salt, hash) "
                             "VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET algorithm = EXCLUDED.algorithm, "
                             "iterations = EXCLUDED.iterations, salt = EXCLUDED.salt, hash = EXCLUDED.hash, "
                             "updated_at = now() RETURNING name) "
                             "INSERT INTO events (kind, detail) SELECT 'admin_password_set', ? FROM a"));
    q.addBindValue(name);
    q.addBindValue(hash.algorithm);
    q.addBindValue(hash.iterations);
    q.addBindValue(QString::fromLatin1(hash.salt.toHex()));
    q.addBindValue(QString::fromLatin1(hash.hash.toHex()));
    q.addBindValue(storedDetail(name));
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return false;
    }
    return true;
}

bool Ledger::removeAdmin(const QString& name)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // The removal and its `admin_removed` event in one statement.
    q.prepare(QStringLiteral("WITH a AS (DELETE FROM admins WHERE name = ? RETURNING name), "
                             "e AS (INSERT INTO events (kind, detail) SELECT 'admin_removed', ? FROM a) "
                             "SELECT name FROM a"));
    q.addBindValue(name);
    q.addBindValue(storedDetail(name));
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        return false;
    }
    if (!q.next()) {
        m_error =
            QCoreApplication::translate("counterdesk::gateway::Ledger", "no admin named \"%1\"").arg(name);
        return false;
    }
    return true;
}

std::optional<security::PinHash> Ledger::adminPassword(const QString& name, bool* failed)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT algorithm, iterations, salt, hash FROM admins WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        m_error = databaseError(q.lastError());
        *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    security::PinHash hash;
    hash.algorithm = q.value(0).toString();
    hash.iterations = q.value(1).toInt();
    hash.salt = QByteArray::fromHex(q.value(2).toString().toLatin1());
    hash.hash = QByteArray::fromHex(q.value(3).toString().toLatin1());
    return hash;
}

} // namespace counterdesk::gateway
