#include "http/HttpReply.h"

#include <QJsonDocument>
#include <QLocale>

namespace counterdesk::http {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    }
    return "Status";
}

} // namespace

QByteArray httpDate(const QDateTime& utc)
{
    // RFC 9110 IMF-fixdate; the C locale keeps day and month names English.
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

HttpReply HttpReply::json(const QJsonObject& object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::forbidden(const QString& reason, const QString& message, qint64 serverTimeMs)
{
    return json(QJsonObject{{QStringLiteral("status"), 403},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("server_time_ms"), serverTimeMs}},
                403);
}

HttpReply HttpReply::notFound(const QString& path)
{
    return json(QJsonObject{{QStringLiteral("status"), 404},
                            {QStringLiteral("message"), QStringLiteral("No mapping rule matched")},
                            {QStringLiteral("path"), path}},
                404);
}

HttpReply HttpReply::methodNotAllowed()
{
    return json(QJsonObject{{QStringLiteral("status"), 405},
                            {QStringLiteral("message"), QStringLiteral("Method not allowed")}},
                405);
}

HttpReply HttpReply::unsupportedMediaType()
{
    return json(
        QJsonObject{{QStringLiteral("status"), 415},
                    {QStringLiteral("message"), QStringLiteral("Content-Type must be application/json")}},
        415);
}

HttpReply HttpReply::html500()
{
    // What a misconfigured gateway in front of Eko sends: HTML, not JSON.
    HttpReply reply;
    reply.status = 500;
    reply.contentType = "text/html; charset=utf-8";
    reply.body =
        "<html><head><title>500 Internal Server Error</title></head>"
        "<body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>";
    return reply;
}

namespace {

HttpReply htmlPage(int status, const QByteArray& title, const QByteArray& server)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/html";
    reply.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
                 "</h1></center>\r\n<hr><center>" + server + "</center>\r\n</body>\r\n</html>\r\n";
    return reply;
}

} // namespace

HttpReply HttpReply::requestTimeout408()
{
    // A load balancer that gave up waiting for the request or for Eko.
    return htmlPage(408, "408 Request Time-out", "awselb/2.0");
}

HttpReply HttpReply::tooManyRequests429(int retryAfterSeconds)
{
    // A rate limiter's answer: JSON, but not Eko's envelope (no status,
    // response_status_id or response_type_id).
    HttpReply reply =
        json(QJsonObject{{QStringLiteral("message"), QStringLiteral("Too Many Requests")}}, 429);
    reply.extraHeaders.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return reply;
}

HttpReply HttpReply::proxyForbidden403()
{
    // A corporate proxy or firewall, not Eko's JSON authentication 403.
    return htmlPage(403, "403 Forbidden", "squid");
}

HttpReply HttpReply::proxyNotFound404()
{
    return htmlPage(404, "404 Not Found", "nginx");
}

HttpReply HttpReply::badGateway502()
{
    return htmlPage(502, "502 Bad Gateway", "nginx");
}

QByteArray HttpReply::serialize(const QDateTime& nowUtc, bool keepAlive, bool truncateBody) const
{
    const QByteArray sentBody = truncateBody ? body.left(body.size() / 2) : body;
    QByteArray out;
    out.reserve(sentBody.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Date: " + httpDate(nowUtc) + "\r\n";
    out += "Server: " + server + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    for (const auto& [name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(sentBody.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += sentBody;
    return out;
}

} // namespace counterdesk::http
