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

// RFC 9110 5.6.2 tchar: what a method or a header name may be made of.
bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
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
    const QByteArray wanted = name.toLower();
    for (const auto& [key, value] : headers) {
        if (key == wanted)
            return value;
    }
    return {};
}

HttpParse parseHttpRequest(const QByteArray& buffer, const HttpLimits& limits)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > limits.maxHeaderBytes)
            return refuse(431, QStringLiteral("Request header fields too large"));
        return {};
    }
    if (headEnd > limits.maxHeaderBytes)
        return refuse(431, QStringLiteral("Request header fields too large"));

    // Each line ends in CRLF; a bare CR or LF inside one is refused, not guessed at.
    QList<QByteArray> lines;
    for (qsizetype from = 0; from <= headEnd;) {
        qsizetype end = buffer.indexOf("\r\n", from);
        if (end < 0 || end > headEnd)
            end = headEnd;
        const QByteArray line = buffer.mid(from, end - from);
        if (line.contains('\r') || line.contains('\n'))
            return refuse(400, QStringLiteral("Lines must end in CRLF"));
        lines.append(line);
        from = end + 2;
    }
    // Request line: METHOD SP request-target SP HTTP-version.
    const QByteArray& requestLine = lines.first();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
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

    if (lines.size() - 1 > limits.maxHeaderCount)
        return refuse(431, QStringLiteral("Too many header fields"));
    std::optional<qsizetype> contentLength;
    QByteArray connection;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        // Folded lines (obsolete) and "name : value" are refused, not repaired.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(400, QStringLiteral("Malformed header field"));
        const QByteArray name = line.left(colon).toLower();
        if (!isToken(name))
            return refuse(400, QStringLiteral("Malformed header field"));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (value.contains('\0'))
            return refuse(400, QStringLiteral("Malformed header field"));
        if (name == "transfer-encoding")
            return refuse(501, QStringLiteral("Transfer-Encoding is not supported; send Content-Length"));
        if (name == "content-length") {
            if (!isDigits(value))
                return refuse(400, QStringLiteral("Malformed Content-Length"));
            const qsizetype length = value.toLongLong();
            if (contentLength && *contentLength != length)
                return refuse(400, QStringLiteral("Conflicting Content-Length fields"));
            contentLength = length;
        }
        if (name == "connection")
            connection = value.toLower();
        request.headers.append({name, value});
    }

    const qsizetype length = contentLength.value_or(0);
    if (length > limits.maxBodyBytes)
        return refuse(413, QStringLiteral("Request body too large"));
    const qsizetype bodyStart = headEnd + 4;
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
