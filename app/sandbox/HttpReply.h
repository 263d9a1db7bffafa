// HttpReply: one answer of the sandbox, and its exact bytes on the wire.
//
// The sandbox writes HTTP/1.1 itself instead of using QHttpServerResponder
// because its faults need control Qt 6.4's responder does not give: send
// only half a body, answer later, or never answer at all. Every answer
// carries a Date header from the sandbox clock so clients can measure skew.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace counterdesk::sandbox {

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;

    static HttpReply json(const QJsonObject& object, int status = 200);
    // Eko's 403 carries no useful body; ours says why, for developers.
    static HttpReply forbidden(const QString& reason, const QString& message, qint64 serverTimeMs);
    static HttpReply notFound(const QString& path);
    static HttpReply methodNotAllowed();
    static HttpReply unsupportedMediaType();
    static HttpReply html500();

    // The full response. truncateBody keeps only the first half of the body
    // (with a matching Content-Length): a clean 200 whose JSON cannot be
    // parsed, which a client must treat as "outcome unknown".
    QByteArray serialize(const QDateTime& nowUtc, bool keepAlive, bool truncateBody = false) const;
};

QByteArray httpDate(const QDateTime& utc);

} // namespace counterdesk::sandbox
