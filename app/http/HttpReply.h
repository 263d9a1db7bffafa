// HttpReply: one answer of the sandbox (or the gateway), and its exact bytes on the wire.
//
// The sandbox writes HTTP/1.1 itself (as it reads it: HttpRequest) because
// its faults need control an HTTP server library's responder does not give:
// send only half a body, answer later, or never answer at all. Every answer
// carries a Date header from the sandbox clock so clients can measure skew.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace counterdesk::http {

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. Retry-After
    QByteArray server = "counterdesk-sandbox";         // the Server header

    static HttpReply json(const QJsonObject& object, int status = 200);
    // Eko's 403 carries no useful body; ours says why, for developers.
    static HttpReply forbidden(const QString& reason, const QString& message, qint64 serverTimeMs);
    static HttpReply notFound(const QString& path);
    static HttpReply methodNotAllowed();
    static HttpReply unsupportedMediaType();
    static HttpReply html500();
    // Error answers from something between the client and Eko (a load
    // balancer, a proxy, a gateway), as the faults send them: none carries
    // Eko's JSON envelope, so none proves whether Eko acted.
    static HttpReply requestTimeout408();
    static HttpReply tooManyRequests429(int retryAfterSeconds);
    static HttpReply proxyForbidden403();
    static HttpReply proxyNotFound404();
    static HttpReply badGateway502();

    // The full response. truncateBody keeps only the first half of the body
    // (with a matching Content-Length): a clean 200 whose JSON cannot be
    // parsed, which a client must treat as "outcome unknown".
    QByteArray serialize(const QDateTime& nowUtc, bool keepAlive, bool truncateBody = false) const;
};

QByteArray httpDate(const QDateTime& utc);

} // namespace counterdesk::http
