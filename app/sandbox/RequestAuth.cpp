#include "RequestAuth.h"

#include "http/HttpRequest.h"

#include <QMessageAuthenticationCode>
#include <utility>

namespace counterdesk::sandbox {

RequestAuth::RequestAuth(QString developerKey, QString accessKey, qint64 allowedSkewMs)
    : m_developerKey(std::move(developerKey))
    , m_accessKey(std::move(accessKey))
    , m_allowedSkewMs(allowedSkewMs)
{}

QByteArray RequestAuth::secretKey(const QString& accessKey, const QByteArray& timestampMs)
{
    // The key is the base64 *text*, used as bytes; decoding it back is the
    // classic mistake the check must reject.
    const QByteArray key = accessKey.toUtf8().toBase64();
    return QMessageAuthenticationCode::hash(timestampMs, key, QCryptographicHash::Sha256).toBase64();
}

AuthResult RequestAuth::check(const http::HttpRequest& request, qint64 serverNowMs) const
{
    const QByteArray developerKey = request.header("developer_key");
    const QByteArray secret = request.header("secret-key");
    const QByteArray timestamp = request.header("secret-key-timestamp");
    if (developerKey.isEmpty() || secret.isEmpty() || timestamp.isEmpty()) {
        return {false, QStringLiteral("missing_header"),
                QStringLiteral("developer_key, secret-key and secret-key-timestamp headers are required")};
    }
    if (QString::fromUtf8(developerKey) != m_developerKey)
        return {false, QStringLiteral("bad_developer_key"), QStringLiteral("Unknown developer_key")};

    bool isNumber = false;
    const qint64 timestampMs = timestamp.toLongLong(&isNumber);
    if (!isNumber || timestamp.size() != 13) {
        return {false, QStringLiteral("timestamp_format"),
                QStringLiteral("secret-key-timestamp must be epoch milliseconds (13 digits)")};
    }
    // Compare as the HMAC of the received timestamp: signing one timestamp
    // and sending another is a known mistake and must fail here.
    if (secret != secretKey(m_accessKey, timestamp))
        return {false, QStringLiteral("bad_signature"), QStringLiteral("secret-key does not match")};
    const qint64 skew = timestampMs - serverNowMs;
    if (skew > m_allowedSkewMs || -skew > m_allowedSkewMs) {
        return {false, QStringLiteral("timestamp_skew"),
                QStringLiteral("secret-key-timestamp is %1 ms away from server time").arg(skew)};
    }
    return {true, {}, {}};
}

} // namespace counterdesk::sandbox
