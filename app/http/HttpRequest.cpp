#include "http/HttpRequest.h"

#include <QJsonObject>

namespace counterdesk::http {

namespace {

HttpMethod methodNamed(const QByteArray& name)
{
    // Methods are case-sensitive (RFC 9110 9.1): "get" is not GET.
    static const QList<QPair<QByteArray, HttpMethod>> known = {
        {"GET", HttpMethod::Get},       {"POST", HttpMethod::Post}, {"PUT", HttpMethod::Put},
        {"DELETE", HttpMethod::Delete}, {"HEAD", HttpMethod::Head}, {"OPTIONS", HttpMethod::Options},
        {"PATCH", HttpMethod::Patch}};
    for (const auto& [text, method] : known) {
        if (name == text)
            return method;
    }
    return HttpMethod::Unknown;
}

HttpParse refuse(int status, const QString& message)
{
    HttpParse parse;
    parse.status = HttpParse::Status::Refused;
    parse.refusal = HttpReply::json(
        QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("message"), message}}, status);
    return parse;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    return headerValue(headers, name.toLower());
}

HttpParse parseHttpRequest(const QByteArray& buffer, const HttpLimits& limits)
{
    const HttpHeadRead head = readHttpHead(buffer, limits);
    switch (head.status) {
    case HttpHeadRead::Status::NeedMore:
        return {};
    case HttpHeadRead::Status::TooLarge:
        return refuse(431, QStringLiteral("Request header fields too large"));
    case HttpHeadRead::Status::TooManyFields:
        return refuse(431, QStringLiteral("Too many header fields"));
    case HttpHeadRead::Status::BadLineEnding:
        return refuse(400, QStringLiteral("Lines must end in CRLF"));
    case HttpHeadRead::Status::BadField:
        return refuse(400, QStringLiteral("Malformed header field"));
    case HttpHeadRead::Status::Complete:
        break;
    }
    // Request line: METHOD SP request-target SP HTTP-version.
    const QList<QByteArray> parts = head.startLine.split(' ');
    if (parts.size() != 3 || !isHttpToken(parts[0]) || parts[1].isEmpty())
        return refuse(400, QStringLiteral("Malformed request line"));
    const QByteArray& version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return refuse(505, QStringLiteral("Only HTTP/1.1 is served"));
        return refuse(400, QStringLiteral("Malformed request line"));
    }

    HttpRequest request;
    request.method = methodNamed(parts[0]);
    // origin-form ("/path?query") as clients send it; absolute-form as proxies do.
    const QByteArray& target = parts[1];
    if (target.startsWith('/'))
        request.url = QUrl::fromEncoded(target, QUrl::StrictMode);
    else if (target.startsWith("http://") || target.startsWith("https://"))
        request.url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (!request.url.isValid() || request.url.isEmpty())
        return refuse(400, QStringLiteral("Malformed request target"));

    std::optional<qsizetype> contentLength;
    QByteArray connection;
    for (const auto& [name, value] : head.headers) {
        if (name == "transfer-encoding")
            return refuse(501, QStringLiteral("Transfer-Encoding is not supported; send Content-Length"));
        if (name == "content-length") {
            if (!isContentLength(value))
                return refuse(400, QStringLiteral("Malformed Content-Length"));
            const qsizetype length = value.toLongLong();
            if (contentLength && *contentLength != length)
                return refuse(400, QStringLiteral("Conflicting Content-Length fields"));
            contentLength = length;
        }
        if (name == "connection")
            connection = value.toLower();
    }
    request.headers = head.headers;

    const qsizetype length = contentLength.value_or(0);
    if (length > limits.maxBodyBytes)
        return refuse(413, QStringLiteral("Request body too large"));
    const qsizetype bodyStart = head.bodyStart;
    if (buffer.size() - bodyStart < length)
        return {};
    request.body = buffer.mid(bodyStart, length);
    request.keepAlive =
        version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");

    HttpParse parse;
    parse.status = HttpParse::Status::Complete;
    parse.request = std::move(request);
    parse.consumed = bodyStart + length;
    return parse;
}

} // namespace counterdesk::http
