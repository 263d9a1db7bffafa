// Any bytes as a request to the sandbox's Eko API, from the point Qt
// HttpServer has split it into method, target, headers and body: the route
// and the parameters (ApiRequestReader), the parameter catalogue check
// (ParamCatalog) and the endpoint handler itself (EkoApi) on a fresh copy of
// the seeded state. Qt's own HTTP parsing is Qt's; ours starts here.
//
// Input: byte 0 picks the method; then "TARGET\nCONTENT-TYPE\nBODY", TARGET
// being the request-target ("/ekoapi/v3/...?a=b"). Besides "no crash": every
// answer is a JSON object with Eko's status field, and serialises.
#include "FuzzTarget.h"
#include "sandbox/ApiRequestReader.h"
#include "sandbox/EkoApi.h"
#include "sandbox/Envelope.h"
#include "sandbox/ParamCatalog.h"
#include "sandbox/SeedLoader.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <array>

using namespace counterdesk::sandbox;
using counterdesk::fuzz::require;
using Method = QHttpServerRequest::Method;

namespace {

constexpr std::array kMethods = {Method::Get,  Method::Post,    Method::Put,   Method::Delete,
                                 Method::Head, Method::Options, Method::Patch, Method::Unknown};

QByteArray takeLine(QByteArray& rest)
{
    const qsizetype end = rest.indexOf('\n');
    const QByteArray line = end < 0 ? rest : rest.left(end);
    rest = end < 0 ? QByteArray() : rest.mid(end + 1);
    return line;
}

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
    if (size < 1)
        return 0;
    const Method method = kMethods[data[0] % kMethods.size()];
    QByteArray rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const QByteArray target = takeLine(rest);
    const QByteArray contentType = takeLine(rest);
    const QByteArray& body = rest;

    // What Qt HttpServer hands over: the target resolved against the host.
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1" + target);
    const RouteRead routed = ApiRequestReader::route(method, url.path(QUrl::FullyDecoded));
    if (routed.refusal) {
        require(routed.refusal->status >= 400, "a refused path gets an HTTP error");
        return 0;
    }
    const ParamsRead read = ApiRequestReader::params(method, QUrlQuery(url), contentType, body);
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
    const SandboxClock clock;
    ApiContext ctx{state, otps, clock, [](const QString&, const QString&, const QString&) {
                   }};
    const QJsonObject answer = EkoApi::handle(ctx, call);
    require(answer.contains(QStringLiteral("status")), "every answer is an Eko envelope");
    const HttpReply reply = HttpReply::json(answer);
    require(!reply.serialize(clock.nowUtc(), true).isEmpty(), "the answer serialises");
    return 0;
}
