#include "gateway/AdminAuth.h"

#include "gateway/Ledger.h"
#include "security/SecureZero.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace counterdesk::gateway {

using security::PinHash;
using security::SecureZero;

namespace {

constexpr qint64 kVerifiedForMs = 5 * 60 * 1000;
constexpr qint64 kFailureWindowMs = 60 * 1000;
constexpr qsizetype kMaxVerified = 64;

} // namespace

AdminAuth::AdminAuth()
    : m_cacheKey(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->generate(m_cacheKey.begin(), m_cacheKey.end());
}

bool AdminAuth::isAcceptablePassword(const QString& password)
{
    return password.size() >= kMinimumPasswordLength;
}

AdminCheck AdminAuth::check(const http::HttpRequest& request, Ledger& ledger, qint64 nowMs)
{
    while (!m_failures.isEmpty() && m_failures.first() <= nowMs - kFailureWindowMs)
        m_failures.removeFirst();
    QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return AdminCheck::Missing;
    if (m_failures.size() >= kFailuresPerMinute)
        return AdminCheck::Throttled;

    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    QByteArray pair = decoded ? *decoded : QByteArray();
    const qsizetype colon = pair.indexOf(':');
    QString name = QString::fromUtf8(pair.left(colon));
    QString password = colon > 0 ? QString::fromUtf8(pair.mid(colon + 1)) : QString();
    bool accepted = false;
    bool databaseDown = false;
    if (colon > 0) {
        accepted = verify(ledger, authorization, name, password, nowMs, &databaseDown);
        if (databaseDown)
            ledger.ping(); // a dropped connection is opened afresh for the next page
    }
    SecureZero::clear(authorization);
    SecureZero::clear(pair);
    SecureZero::clear(password);
    if (databaseDown)
        return AdminCheck::DatabaseDown;
    if (accepted)
        return AdminCheck::Accepted;
    m_failures.append(nowMs);
    return AdminCheck::Refused;
}

bool AdminAuth::verify(Ledger& ledger, const QByteArray& authorization, const QString& name,
                       const QString& password, qint64 nowMs, bool* unreadable)
{
    const std::optional<PinHash> stored = ledger.adminPassword(name, unreadable);
    if (!stored) {
        if (!m_decoy.isValid())
            m_decoy = PinHash::create(QStringLiteral("decoy"));
        m_decoy.matches(password); // as slow as a real check, whatever the result
        return false;
    }
    // The stored hash is part of the key: a new password (set by any process) ends the grace at once.
    const QByteArray key = QMessageAuthenticationCode::hash(
        authorization + '\n' + stored->salt + stored->hash + QByteArray::number(stored->iterations),
        m_cacheKey, QCryptographicHash::Sha256);
    const auto known = m_verified.constFind(key);
    if (known != m_verified.constEnd() && *known > nowMs)
        return true;
    if (!stored->matches(password))
        return false;
    if (m_verified.size() >= kMaxVerified)
        m_verified.clear();
    m_verified.insert(key, nowMs + kVerifiedForMs);
    return true;
}

} // namespace counterdesk::gateway
