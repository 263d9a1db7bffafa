#include "http/HttpResponse.h"

#include <optional>

namespace counterdesk::http {

namespace {

HttpResponseParse malformed(const QString& why, int statusSeen = 0)
{
    HttpResponseParse parse;
    parse.status = HttpResponseParse::Status::Malformed;
    parse.error = why;
    parse.statusSeen = statusSeen;
    return parse;
}

HttpResponseParse needMore(int statusSeen)
{
    HttpResponseParse parse;
    parse.statusSeen = statusSeen;
    return parse;
}

// "HTTP/1.1 200 OK": the code, or nullopt. The reason phrase may be empty.
std::optional<int> statusOf(const QByteArray& line)
{
    if (!line.startsWith("HTTP/1.1 ") && !line.startsWith("HTTP/1.0 "))
        return std::nullopt;
    const QByteArray code = line.mid(9, 3);
    if (code.size() != 3 || (line.size() > 12 && line.at(12) != ' '))
        return std::nullopt;
    int value = 0;
    for (const char c : code) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value >= 100 ? std::optional<int>(value) : std::nullopt;
}

struct ChunkedRead
{
    enum class Status { NeedMore, Complete, Malformed };
    Status status = Status::NeedMore;
    QByteArray body;
    qsizetype end = 0; // Complete: the first byte after the trailers
    QString error;
};

// RFC 9112 7.1: chunks of hex size, then a last zero chunk and trailers.
ChunkedRead readChunked(const QByteArray& buffer, qsizetype from, const HttpLimits& limits)
{
    ChunkedRead read;
    qsizetype at = from;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", at);
        if (lineEnd < 0) {
            if (buffer.size() - at > 1024) {
                read.status = ChunkedRead::Status::Malformed;
                read.error = QStringLiteral("chunk size line too long");
            }
            return read;
        }
        QByteArray sizeText = buffer.mid(at, lineEnd - at);
        const qsizetype extension = sizeText.indexOf(';');
        if (extension >= 0)
            sizeText.truncate(extension);
        sizeText = sizeText.trimmed();
        bool ok = false;
        const qint64 size = sizeText.size() <= 8 ? sizeText.toLongLong(&ok, 16) : -1;
        if (!ok || size < 0 || sizeText.startsWith('-') || sizeText.startsWith('+')) {
            read.status = ChunkedRead::Status::Malformed;
            read.error = QStringLiteral("malformed chunk size");
            return read;
        }
        at = lineEnd + 2;
        if (size == 0) {
            // Trailer fields (ignored), then the empty line.
            for (;;) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", at);
                if (trailerEnd < 0)
                    return read;
                const bool last = trailerEnd == at;
                at = trailerEnd + 2;
                if (last) {
                    read.status = ChunkedRead::Status::Complete;
                    read.end = at;
                    return read;
                }
            }
        }
        if (read.body.size() + size > limits.maxBodyBytes) {
            read.status = ChunkedRead::Status::Malformed;
            read.error = QStringLiteral("answer body too large");
            return read;
        }
        if (buffer.size() - at < size + 2)
            return read;
        if (buffer.mid(at + size, 2) != "\r\n") {
            read.status = ChunkedRead::Status::Malformed;
            read.error = QStringLiteral("chunk not followed by CRLF");
            return read;
        }
        read.body.append(buffer.constData() + at, size);
        at += size + 2;
    }
}

} // namespace

HttpResponseParse parseHttpResponse(const QByteArray& buffer, bool closed, const HttpLimits& limits)
{
    qsizetype start = 0;
    for (;;) {
        const QByteArray rest = start == 0 ? buffer : buffer.mid(start);
        const HttpHeadRead head = readHttpHead(rest, limits);
        switch (head.status) {
        case HttpHeadRead::Status::NeedMore:
            return closed ? malformed(rest.isEmpty() ? QStringLiteral("closed before any answer")
                                                     : QStringLiteral("closed inside the answer's head"))
                          : needMore(0);
        case HttpHeadRead::Status::TooLarge:
            return malformed(QStringLiteral("answer head too large"));
        case HttpHeadRead::Status::TooManyFields:
            return malformed(QStringLiteral("too many header fields"));
        case HttpHeadRead::Status::BadLineEnding:
            return malformed(QStringLiteral("head lines must end in CRLF"));
        case HttpHeadRead::Status::BadField:
            return malformed(QStringLiteral("malformed header field"));
        case HttpHeadRead::Status::Complete:
            break;
        }
        const std::optional<int> status = statusOf(head.startLine);
        if (!status)
            return malformed(QStringLiteral("malformed status line"));
        if (*status < 200) {
            // 100 Continue, 103 Early Hints...: an interim answer; the real one follows.
            // 101 would switch protocols, which we never ask for.
            if (*status == 101)
                return malformed(QStringLiteral("unexpected protocol switch"), *status);
            start += head.bodyStart;
            continue;
        }

        HttpResponse response;
        response.status = *status;
        response.headers = head.headers;
        const bool http11 = head.startLine.startsWith("HTTP/1.1");
        const QByteArray connection = response.header("connection").toLower();
        const bool keepAlive = http11 ? !connection.contains("close") : connection.contains("keep-alive");
        const qsizetype bodyStart = start + head.bodyStart;

        HttpResponseParse parse;
        parse.statusSeen = *status;

        // RFC 9112 6.3: Transfer-Encoding overrides Content-Length; only a
        // final "chunked" frames the body, any other ends with the close.
        const QByteArray transferEncoding = response.header("transfer-encoding").toLower();
        const bool chunked = transferEncoding.endsWith("chunked");
        const QByteArray lengthText =
            transferEncoding.isEmpty() ? response.header("content-length") : QByteArray();
        const bool noBody = *status == 204 || *status == 304;
        if (noBody) {
            parse.consumed = bodyStart;
            response.reusable = keepAlive;
        } else if (chunked) {
            const ChunkedRead chunks = readChunked(buffer, bodyStart, limits);
            if (chunks.status == ChunkedRead::Status::Malformed)
                return malformed(chunks.error, *status);
            if (chunks.status == ChunkedRead::Status::NeedMore)
                return closed ? malformed(QStringLiteral("closed inside the answer's body"), *status)
                              : needMore(*status);
            response.body = chunks.body;
            parse.consumed = chunks.end;
            response.reusable = keepAlive;
        } else if (!lengthText.isEmpty()) {
            if (!isContentLength(lengthText))
                return malformed(QStringLiteral("malformed Content-Length"), *status);
            for (const auto& [name, value] : head.headers) {
                if (name == "content-length" && value != lengthText)
                    return malformed(QStringLiteral("conflicting Content-Length fields"), *status);
            }
            const qsizetype length = lengthText.toLongLong();
            if (length > limits.maxBodyBytes)
                return malformed(QStringLiteral("answer body too large"), *status);
            if (buffer.size() - bodyStart < length)
                return closed ? malformed(QStringLiteral("closed inside the answer's body"), *status)
                              : needMore(*status);
            response.body = buffer.mid(bodyStart, length);
            parse.consumed = bodyStart + length;
            response.reusable = keepAlive;
        } else {
            // Another transfer coding, or no framing at all: the body is
            // whatever comes until the server closes.
            if (buffer.size() - bodyStart > limits.maxBodyBytes)
                return malformed(QStringLiteral("answer body too large"), *status);
            if (!closed)
                return needMore(*status);
            response.body = buffer.mid(bodyStart);
            parse.consumed = buffer.size();
        }
        parse.status = HttpResponseParse::Status::Complete;
        parse.response = std::move(response);
        return parse;
    }
}

} // namespace counterdesk::http
