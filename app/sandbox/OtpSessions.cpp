#include "OtpSessions.h"

#include <QRandomGenerator>

namespace counterdesk::sandbox {

namespace {

QString randomDigits()
{
    const quint32 value = QRandomGenerator::system()->bounded(1000000u);
    return QStringLiteral("%1").arg(value, 6, 10, QLatin1Char('0'));
}

// Eko's otp_ref_id samples are opaque base64 text; clients must treat it as
// such, so the sandbox gives them the same kind of string.
QString randomRef()
{
    QByteArray bytes(33, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256u));
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

void OtpSessions::clear()
{
    m_byRef.clear();
    m_lastRefByPair.clear();
    m_lockedUntilByPair.clear();
}

QString OtpSessions::pairKey(const QString& mobile, const QString& purpose)
{
    return mobile + u'|' + purpose;
}

bool OtpSessions::isLockedOut(const QString& mobile, const QString& purpose, qint64 nowMs) const
{
    return m_lockedUntilByPair.value(pairKey(mobile, purpose), 0) > nowMs;
}

const OtpSession* OtpSessions::live(const QString& mobile, const QString& purpose, qint64 nowMs) const
{
    const auto refIt = m_lastRefByPair.constFind(pairKey(mobile, purpose));
    if (refIt == m_lastRefByPair.constEnd())
        return nullptr;
    const auto it = m_byRef.constFind(*refIt);
    if (it == m_byRef.constEnd() || it->used || it->expiresMs <= nowMs)
        return nullptr;
    return &*it;
}

OtpSessions::IssueResult OtpSessions::issue(const QString& mobile, const QString& purpose,
                                            const QJsonObject& context, qint64 nowMs, const QString& fixedRef)
{
    if (isLockedOut(mobile, purpose, nowMs))
        return {IssueStatus::LockedOut, {}};
    if (const OtpSession* current = live(mobile, purpose, nowMs);
        current && nowMs - current->issuedMs < m_policy.resendCooldownMs)
        return {IssueStatus::CoolingDown, *current};

    OtpSession session;
    session.ref = fixedRef.isEmpty() ? randomRef() : fixedRef;
    session.mobile = mobile;
    session.purpose = purpose;
    session.otp = randomDigits();
    session.issuedMs = nowMs;
    session.expiresMs = nowMs + m_policy.validityMs;
    session.context = context;
    m_byRef.insert(session.ref, session);
    m_lastRefByPair.insert(pairKey(mobile, purpose), session.ref);
    return {IssueStatus::Issued, session};
}

OtpSessions::CheckResult OtpSessions::check(const QString& ref, const QString& otp, const QString& mobile,
                                            const QString& purpose, qint64 nowMs)
{
    auto it = m_byRef.find(ref);
    if (it == m_byRef.end() || it->mobile != mobile || it->purpose != purpose)
        return {CheckStatus::Unknown, {}, 0};
    if (isLockedOut(mobile, purpose, nowMs))
        return {CheckStatus::Exhausted, {}, 0};
    if (it->used)
        return {CheckStatus::Consumed, {}, 0};
    if (it->expiresMs <= nowMs)
        return {CheckStatus::Expired, {}, 0};
    if (it->otp != otp) {
        ++it->wrongAttempts;
        const int left = m_policy.maxWrongAttempts - it->wrongAttempts;
        if (left <= 0) {
            // The session dies with the lock so a later correct guess on it
            // cannot succeed either.
            it->used = true;
            m_lockedUntilByPair.insert(pairKey(mobile, purpose), nowMs + m_policy.lockoutMs);
            return {CheckStatus::Exhausted, {}, 0};
        }
        return {CheckStatus::Wrong, {}, left};
    }
    it->used = true;
    return {CheckStatus::Ok, it->context, 0};
}

QString OtpSessions::lastOtp(const QString& mobile, const QString& purpose) const
{
    const QString ref = m_lastRefByPair.value(pairKey(mobile, purpose));
    return ref.isEmpty() ? QString() : m_byRef.value(ref).otp;
}

QString OtpSessions::otpOf(const QString& ref) const
{
    return m_byRef.value(ref).otp;
}

void OtpSessions::alias(const QString& otherMobile, const QString& purpose, const QString& ref)
{
    m_lastRefByPair.insert(pairKey(otherMobile, purpose), ref);
}

} // namespace counterdesk::sandbox
