// HttpResponse: an HTTP/1.1 answer as counterdesk-gateway's own client
// (HttpClient) reads it off the connection to Eko, and its parser.
//
// The framing a server may choose is read in full (RFC 9112 6): a
// Content-Length body, a chunked one, or one that ends when the server
// closes; interim 1xx answers are skipped. What cannot be read safely is
// Malformed, never guessed at: the caller then knows only that the request
// may have arrived, which the Eko client reports as an unknown outcome.
//
// A pure function over the bytes received so far, like parseHttpRequest, so
// tests feed it any bytes.
#pragma once

#include "http/HttpHead.h"

#include <QByteArray>
#include <QString>

namespace counterdesk::http {

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers; // names in lower case, values trimmed
    QByteArray body;
    // The connection may carry the next request (HTTP/1.1 without
    // "Connection: close", and a body whose end did not need the close).
    bool reusable = false;

    QByteArray header(const QByteArray& lowerCaseName) const { return headerValue(headers, lowerCaseName); }
};

struct HttpResponseParse
{
    enum class Status { NeedMore, Complete, Malformed };
    Status status = Status::NeedMore;
    HttpResponse response; // Complete: the answer
    int statusSeen = 0;    // the status line's code, once read (also when the body never completes)
    qsizetype consumed = 0;
    QString error; // Malformed: why, in English, for the log
};

// Reads the first answer in `buffer`. `closed`: the server has closed the
// connection, so nothing more will arrive (ends a body framed by the close;
// anything else still incomplete is Malformed).
HttpResponseParse parseHttpResponse(const QByteArray& buffer, bool closed, const HttpLimits& limits = {});

} // namespace counterdesk::http
