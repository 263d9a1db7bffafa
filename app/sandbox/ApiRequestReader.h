// ApiRequestReader: the pure steps between a parsed request (HttpRequest) and an
// endpoint handler: the path below /ekoapi/v3 to a route, and the query (GET)
// or the JSON body (POST) to the call's parameters - or the refusal to send
// instead (404, 405, 415, invalid_params).
//
// Kept apart from SandboxServer, which owns sockets, auth and faults, so the
// fuzz harness (tests/fuzz/fuzz_sandbox_request.cpp) can feed it any bytes.
// The two steps stay separate because the server checks the signature and
// counts the call between them: a request with a bad key and a bad body gets
// the 403, as Eko answers it.
#pragma once

#include "RouteTable.h"
#include "http/HttpReply.h"
#include "http/HttpRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace counterdesk::sandbox {

struct RouteRead
{
    std::optional<http::HttpReply> refusal; // set: send this, the path is not an API call
    Route route;
};

struct ParamsRead
{
    std::optional<http::HttpReply> refusal; // set: send this, the parameters are unreadable
    QJsonObject params;
    bool fromQuery = false;
};

class ApiRequestReader
{
public:
    // Eko's staging prefix, under which every API call is served.
    static QString apiPrefix();

    // path: the request's fully percent-decoded path, prefix included.
    static RouteRead route(http::HttpMethod method, const QString& path);

    // GET: every query item is a text parameter. Otherwise the body, which
    // must be a JSON object (or empty) sent as JSON.
    static ParamsRead params(http::HttpMethod method, const QUrlQuery& query, const QByteArray& contentType,
                             const QByteArray& body);
};

} // namespace counterdesk::sandbox
