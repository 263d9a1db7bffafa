// ForwardRequest: a counter's HTTP request read as the Eko call it is, ready
// for EkoClient to sign and send (eko::WireRequest).
//
// The path tells the call and rail (EndpointTable::match: the gateway serves
// exactly the paths a counter's endpoint table produces). The query (GET) or
// JSON body (POST) goes to Eko as the counter wrote it, except the identity:
// the gateway is Eko's authority for it and puts its own initiator_id and the
// counter's registered user_code on every call, whatever the counter sent.
#pragma once

#include "eko/EndpointTable.h"
#include "eko/RequestBuilder.h"
#include "http/HttpRequest.h"

#include <optional>

namespace counterdesk::gateway {

struct ForwardRead
{
    eko::WireRequest wire;
    eko::EndpointMatch match;
    std::optional<qint64> amountPaise; // Initiate's amount
    QString error;                     // why the request cannot be forwarded (HTTP 400)
    bool found = false;                // false: no such Eko path (HTTP 404)
};

class ForwardRequest
{
public:
    // ekoPath: the request's path below /ekoapi/v3, percent-decoded.
    static ForwardRead read(const http::HttpRequest& request, const QString& ekoPath,
                            const eko::EndpointTable& table, const QString& initiatorId,
                            const QString& userCode);
};

} // namespace counterdesk::gateway
