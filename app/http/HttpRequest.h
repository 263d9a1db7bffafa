// HttpRequest: one HTTP/1.1 request as the sandbox (or the gateway) read it off a socket, and
// the parser that reads it (RFC 9112, the subset an Eko client uses).
//
// The sandbox reads requests itself, like it writes its answers (HttpReply):
// the Eko calls need nothing but a request line, headers and a
// Content-Length body, and reading them here keeps Qt HttpServer (and the
// WebSockets module its CMake package pulls in) out of every build,
// Windows' included, where Debian ships neither module's source.
//
// The parser is a pure function over the bytes received so far, so the fuzz
// harness (tests/fuzz/fuzz_sandbox_request.cpp) feeds it any bytes. Whatever
// it cannot read safely it refuses with the HTTP status that says why;
// chunked bodies are refused (411/501) rather than guessed at, which also
// closes the door on request smuggling between Content-Length and
// Transfer-Encoding.
#pragma once

#include "http/HttpHead.h"
#include "http/HttpReply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace counterdesk::http {

enum class HttpMethod { Unknown, Get, Post, Put, Delete, Head, Options, Patch };

struct HttpRequest
{
    HttpMethod method = HttpMethod::Unknown;
    QUrl url;            // the request-target: path and query, percent-encoded as sent
    HttpHeaders headers; // names in lower case, values trimmed
    QByteArray body;
    bool keepAlive = true; // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive"
    QHostAddress remoteAddress;

    // The first header of that name (any case), or empty.
    QByteArray header(const QByteArray& name) const;
    QUrlQuery query() const { return QUrlQuery(url); }
};

struct HttpParse
{
    enum class Status { NeedMore, Complete, Refused };
    Status status = Status::NeedMore;
    HttpRequest request;              // Complete: the request
    qsizetype consumed = 0;           // Complete: bytes of the buffer it took
    std::optional<HttpReply> refusal; // Refused: send this, then close the connection
};

// Reads the first request in `buffer` (the bytes received so far on one
// connection, after the requests already taken).
HttpParse parseHttpRequest(const QByteArray& buffer, const HttpLimits& limits = {});

} // namespace counterdesk::http
