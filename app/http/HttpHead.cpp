#include "http/HttpHead.h"

namespace counterdesk::http {

bool isHttpToken(const QByteArray& text)
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

bool isContentLength(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArray headerValue(const HttpHeaders& headers, const QByteArray& lowerCaseName)
{
    for (const auto& [key, value] : headers) {
        if (key == lowerCaseName)
            return value;
    }
    return {};
}

HttpHeadRead readHttpHead(const QByteArray& buffer, const HttpLimits& limits)
{
    HttpHeadRead head;
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > limits.maxHeaderBytes)
            head.status = HttpHeadRead::Status::TooLarge;
        return head;
    }
    if (headEnd > limits.maxHeaderBytes) {
        head.status = HttpHeadRead::Status::TooLarge;
        return head;
    }

    // Each line ends in CRLF; a bare CR or LF inside one is refused, not guessed at.
    QList<QByteArray> lines;
    for (qsizetype from = 0; from <= headEnd;) {
        qsizetype end = buffer.indexOf("\r\n", from);
        if (end < 0 || end > headEnd)
            end = headEnd;
        const QByteArray line = buffer.mid(from, end - from);
        if (line.contains('\r') || line.contains('\n')) {
            head.status = HttpHeadRead::Status::BadLineEnding;
            return head;
        }
        lines.append(line);
        from = end + 2;
    }
    if (lines.size() - 1 > limits.maxHeaderCount) {
        head.status = HttpHeadRead::Status::TooManyFields;
        return head;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        // Folded lines (obsolete) and "name : value" are refused, not repaired.
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon).toLower() : QByteArray();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isHttpToken(name) || value.contains('\0')) {
            head.status = HttpHeadRead::Status::BadField;
            return head;
        }
        head.headers.append({name, value});
    }
    head.startLine = lines.first();
    head.bodyStart = headEnd + 4;
    head.status = HttpHeadRead::Status::Complete;
    return head;
}

} // namespace counterdesk::http
