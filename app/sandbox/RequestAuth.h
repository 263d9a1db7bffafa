// RequestAuth: Eko's request signature check (REFERENCE §2.1).
//
// secret-key = base64(HMAC-SHA256(key = base64 text of access_key,
//                                 message = secret-key-timestamp)),
// the timestamp in ms and within the allowed skew of the sandbox clock.
// A failure names its cause (the ranked 403 causes of EPS-AUTH) so a
// developer sees at once which mistake was made; Eko itself says less.
#pragma once

#include <QByteArray>
#include <QString>

namespace counterdesk::http {
struct HttpRequest;
}

namespace counterdesk::sandbox {

struct AuthResult
{
    bool ok = false;
    QString reason;  // machine word: missing_header, bad_developer_key, ...
    QString message; // English sentence
};

class RequestAuth
{
public:
    RequestAuth(QString developerKey, QString accessKey, qint64 allowedSkewMs);

    AuthResult check(const http::HttpRequest& request, qint64 serverNowMs) const;

    static QByteArray secretKey(const QString& accessKey, const QByteArray& timestampMs);

private:
    QString m_developerKey;
    QString m_accessKey;
    qint64 m_allowedSkewMs;
};

} // namespace counterdesk::sandbox
