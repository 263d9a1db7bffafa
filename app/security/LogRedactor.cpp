#include "security/LogRedactor.h"

#include "security/SecureZero.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>

namespace counterdesk::security {
namespace {

QMutex& secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList& secrets()
{
    static QStringList list;
    return list;
}

// key = value, key: value, "key":"value", key=value&... The key may be a
// suffix of a longer name (sender_otp, x-access_key) but not a prefix of one
// (otp_ref_id is not secret and stays).
const QRegularExpression& keyValuePattern()
{
    static const QRegularExpression re(
        QStringLiteral("((?:access[_-]?key|developer[_-]?key|secret[_-]?key|auth[_-]?key|wallet[_-]?token|"
                       "password|passcode|otp|pin)[\"']?\\s*[:=]\\s*[\"']?)([^\"'\\s&,;}\\]]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "OTP is 123456", "otp 1234 sent": a code a few characters after the word.
const QRegularExpression& otpNearbyPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(\\botp\\b[^0-9\\n]{0,12})(?<![0-9])([0-9]{4,8})(?![0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A PAN (ABCDE1234F) anywhere, and an Aadhaar number as printed on the card
// (2345 6789 0124): personal identifiers the digit rule below misses.
const QRegularExpression& panPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9])[A-Z]{5}([0-9]{4}[A-Z])(?![A-Za-z0-9])"));
    return re;
}

const QRegularExpression& groupedAadhaarPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9])[0-9]{4}[ -][0-9]{4}[ -]([0-9]{4})(?![0-9])"));
    return re;
}

const QRegularExpression& longDigitsPattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9])[0-9]{9,18}(?![0-9])"));
    return re;
}

} // namespace

QString LogRedactor::redact(const QString& line)
{
    QString out = line;
    {
        QMutexLocker lock(&secretsMutex());
        for (const QString& secret : std::as_const(secrets()))
            out.replace(secret, QStringLiteral("***"));
    }
    out.replace(keyValuePattern(), QStringLiteral("\\1***"));
    out.replace(otpNearbyPattern(), QStringLiteral("\\1***"));
    out.replace(panPattern(), QStringLiteral("XXXXX\\1"));
    out.replace(groupedAadhaarPattern(), QStringLiteral("XXXX XXXX \\1"));
    // Replaced by hand: the mask keeps the last four digits of each match.
    QString masked;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = longDigitsPattern().globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        masked += QStringView(out).mid(last, m.capturedStart() - last);
        masked += QStringLiteral("••••") + m.captured().right(4);
        last = m.capturedEnd();
    }
    masked += QStringView(out).mid(last);
    return masked;
}

void LogRedactor::addSecret(const QString& value)
{
    if (value.size() < 6)
        return;
    QMutexLocker lock(&secretsMutex());
    if (!secrets().contains(value))
        secrets().append(value);
}

void LogRedactor::addSecret(const QByteArray& value)
{
    addSecret(QString::fromUtf8(value));
}

void LogRedactor::clearSecrets()
{
    QMutexLocker lock(&secretsMutex());
    for (QString& s : secrets())
        SecureZero::clear(s);
    secrets().clear();
}

} // namespace counterdesk::security
