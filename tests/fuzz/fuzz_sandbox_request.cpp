// Any bytes as what a client sent to the sandbox on one connection: the HTTP
// parser (HttpRequest), then for a complete request the route and the
// parameters (ApiRequestReader), the parameter catalogue check (ParamCatalog)
// and the endpoint handler itself (EkoApi) on a fresh copy of the seeded state.
//
// Besides "no crash": a refusal is an HTTP error that serialises; a complete
// request takes no more bytes than were given and parses the same from any
// longer buffer (a pipelined next request does not change it); every API
// answer is a JSON object with Eko's status field, and serialises.
#include "FuzzTarget.h"
#include "http/HttpRequest.h"
#include "sandbox/ApiRequestReader.h"
#include "sandbox/EkoApi.h"
#include "sandbox/Envelope.h"
#include "sandbox/ParamCatalog.h"
#include "sandbox/SeedLoader.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace counterdesk;
using namespace counterdesk::sandbox;
using counterdesk::fuzz::require;

namespace {

const SandboxState& seededState()
{
    static const SandboxState state = [] {
        SandboxState loaded;
        QString error;
        require(SeedLoader::load(QString(), loaded, &error), "the built-in seed loads");
        return loaded;
    }();
    return state;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const SandboxClock clock;
    const http::HttpParse parse = http::parseHttpRequest(bytes);
    if (parse.status == http::HttpParse::Status::NeedMore)
        return 0;
    if (parse.status == http::HttpParse::Status::Refused) {
        require(parse.refusal && parse.refusal->status >= 400, "an unreadable request gets an HTTP error");
        require(!parse.refusal->serialize(clock.nowUtc(), false).isEmpty(), "the refusal serialises");
        return 0;
    }
    require(parse.consumed > 0 && parse.consumed <= bytes.size(), "a request takes only the bytes given");
    const http::HttpParse again = http::parseHttpRequest(bytes + "GET / HTTP/1.1\r\n\r\n");
    require(again.status == http::HttpParse::Status::Complete && again.consumed == parse.consumed &&
                again.request.body == parse.request.body && again.request.url == parse.request.url,
            "bytes after a complete request do not change it");

    const http::HttpRequest& request = parse.request;
    const RouteRead routed = ApiRequestReader::route(request.method, request.url.path(QUrl::FullyDecoded));
    if (routed.refusal) {
        require(routed.refusal->status >= 400, "a refused path gets an HTTP error");
        return 0;
    }
    const ParamsRead read = ApiRequestReader::params(request.method, request.query(),
                                                     request.header("content-type"), request.body);
    if (read.refusal) {
        require(!read.refusal->body.isEmpty(), "a refusal says why");
        return 0;
    }

    ApiCall call;
    call.route = routed.route;
    call.params = read.params;
    call.fromQuery = read.fromQuery;
    ParamCatalog::check(call.route, call.params);

    SandboxState state = seededState();
    OtpSessions otps;
    ApiContext ctx{state, otps, clock, [](const QString&, const QString&, const QString&) {
                   }};
    const QJsonObject answer = EkoApi::handle(ctx, call);
    require(answer.contains(QStringLiteral("status")), "every answer is an Eko envelope");
    const http::HttpReply reply = http::HttpReply::json(answer);
    require(!reply.serialize(clock.nowUtc(), true).isEmpty(), "the answer serialises");
    return 0;
}
