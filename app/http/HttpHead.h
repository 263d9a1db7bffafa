// HttpHead: the head of an HTTP/1.1 message (RFC 9112 2-5): its start line
// and header fields up to the empty line, read the same strict way for a
// request the sandbox or the gateway receives (HttpRequest) and for an
// answer the gateway's own client receives (HttpResponse).
//
// Strict on purpose: a bare CR or LF, a folded line or "name : value" is
// refused, not repaired; two readers that disagree on where a message ends
// are how request smuggling starts.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace counterdesk::http {

// Limits that keep a misbehaving peer from filling our memory.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 32 * 1024;
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 2 * 1024 * 1024;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>; // names in lower case, values trimmed

struct HttpHeadRead
{
    enum class Status { NeedMore, Complete, TooLarge, BadLineEnding, BadField, TooManyFields };
    Status status = Status::NeedMore;
    QByteArray startLine;
    HttpHeaders headers;
    qsizetype bodyStart = 0; // Complete: where the body begins in the buffer
};

// Reads the head at the start of `buffer`.
HttpHeadRead readHttpHead(const QByteArray& buffer, const HttpLimits& limits);

// The first header of that name (lower case), or empty.
QByteArray headerValue(const HttpHeaders& headers, const QByteArray& lowerCaseName);

// RFC 9110 5.6.2 tchar: what a method or a header name may be made of.
bool isHttpToken(const QByteArray& text);

// A Content-Length value: digits only, at most 15 of them.
bool isContentLength(const QByteArray& text);

} // namespace counterdesk::http
