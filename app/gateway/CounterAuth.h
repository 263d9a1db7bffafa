// CounterAuth: is this request from an enrolled, active counter, signed now
// and for the first time? (docs/gateway.md "Counter authentication").
//
// Checked before anything else is done for the request. The order puts the
// cheap, secret-free checks first; the signature is checked before the
// timestamp's freshness is held against it so a stranger learns nothing
// about clocks. The replay record is written after, by Ledger::admitRequest,
// only for a request that is otherwise good (a forged one must not fill the
// table); it writes nothing here.
#pragma once

#include "gateway/GatewayReplies.h"
#include "gateway/Ledger.h"
#include "http/HttpRequest.h"

#include <optional>

namespace counterdesk::gateway {

struct AuthCheck
{
    std::optional<CounterRow> counter; // set when accepted
    QByteArray signature;              // ... and its signature, for Ledger::admitRequest
    AuthRefusal refusal = AuthRefusal::MissingHeaders;
    bool ok() const { return counter.has_value(); }
};

class CounterAuth
{
public:
    static AuthCheck check(const http::HttpRequest& request, Ledger& ledger, QByteArrayView counterKey,
                           int maxSkewSeconds, qint64 nowMs);
    // The request target as the counter signed it: path and query as sent.
    static QByteArray signedTarget(const http::HttpRequest& request);
    static QByteArray methodName(http::HttpMethod method);
};

} // namespace counterdesk::gateway
