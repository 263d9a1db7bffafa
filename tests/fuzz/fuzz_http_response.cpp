// Any bytes as what a server answered counterdesk-gateway's own client
// (http/HttpResponse: Content-Length, chunked and close-framed bodies,
// interim 1xx answers), read as the connection is still open and once it
// has closed.
//
// Besides "no crash": once closed the answer is never "need more"; a
// complete answer takes no more bytes than were given, has a final status
// and a body within the limit; an answer complete while the connection is
// open is the same when more bytes follow (a stray next answer does not
// change it) and when the connection then closes.
#include "FuzzTarget.h"
#include "http/HttpResponse.h"

using namespace counterdesk;
using counterdesk::fuzz::require;
using Status = http::HttpResponseParse::Status;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const http::HttpLimits limits;

    const http::HttpResponseParse closed = http::parseHttpResponse(bytes, true, limits);
    require(closed.status != Status::NeedMore, "a closed connection's answer is read or refused");
    if (closed.status == Status::Malformed)
        require(!closed.error.isEmpty(), "a refusal says why");

    const http::HttpResponseParse open = http::parseHttpResponse(bytes, false, limits);
    if (open.status != Status::Complete)
        return 0;
    const http::HttpResponse& answer = open.response;
    require(open.consumed > 0 && open.consumed <= bytes.size(), "an answer takes only the bytes given");
    require(answer.status >= 200 && answer.status <= 999, "a complete answer has a final status");
    require(answer.body.size() <= limits.maxBodyBytes, "the body stays within the limit");

    const http::HttpResponseParse more =
        http::parseHttpResponse(bytes + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false, limits);
    require(more.status == Status::Complete && more.consumed == open.consumed &&
                more.response.body == answer.body && more.response.status == answer.status,
            "bytes after a complete answer do not change it");
    require(closed.status == Status::Complete && closed.response.body == answer.body &&
                closed.response.status == answer.status,
            "the close does not change an answer already complete");
    return 0;
}
