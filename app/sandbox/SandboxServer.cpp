#include "SandboxServer.h"

#include "ApiRequestReader.h"
#include "ConsentAudio.h"
#include "ControlApi.h"
#include "EkoApi.h"
#include "Envelope.h"
#include "FaultInjector.h"
#include "OtpSessions.h"
#include "ParamCatalog.h"
#include "RequestAuth.h"
#include "RouteTable.h"
#include "SandboxClock.h"
#include "SandboxState.h"
#include "SeedLoader.h"
#include "http/HttpListener.h"
#include "http/HttpReply.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace counterdesk::sandbox {

struct SandboxServer::Private
{
    SandboxServer* q = nullptr;
    SandboxOptions options;
    SandboxState state;
    OtpSessions otps;
    SandboxClock clock;
    FaultInjector faults;
    CallCounters counters;
    QList<ParamFinding> findings;
    std::unique_ptr<RequestAuth> auth;
    std::unique_ptr<http::HttpListener> listener;
    QList<QPointer<QTcpSocket>> unanswered; // commit-then-time-out victims
    quint16 port = 0;

    bool reset(QString* error)
    {
        otps.clear();
        counters = {};
        findings.clear();
        return SeedLoader::load(options.seedFile, state, error);
    }
    void handle(const http::HttpRequest& request, QTcpSocket* socket);
    http::HttpReply handleApi(const http::HttpRequest& request, const Route& route,
                              const std::optional<FaultRule>& outcomeFault);
    void send(QTcpSocket* socket, const http::HttpRequest& request, const http::HttpReply& reply,
              const std::optional<FaultRule>& transport);
};

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const SandboxOptions& options, QString* error)
{
    stop();
    // Training mode must not expose a money simulator to the shop's LAN by
    // accident; remote access is an explicit choice.
    if (!options.host.isLoopback() && !options.allowNonLoopback) {
        if (error)
            *error = QStringLiteral("refusing to listen on non-loopback address %1 without allowNonLoopback")
                         .arg(options.host.toString());
        return false;
    }
    d->options = options;
    d->clock.setOffsetMs(options.clockOffsetMs);
    d->otps.setPolicy(OtpPolicy{options.otpValidityMs, options.otpResendCooldownMs, 3, 15 * 60 * 1000});
    d->faults.clear();
    for (const FaultRule& rule : options.faults)
        d->faults.add(rule);
    if (!d->reset(error))
        return false;
    d->auth = std::make_unique<RequestAuth>(options.developerKey, options.accessKey, options.allowedSkewMs);
    d->listener = std::make_unique<http::HttpListener>(
        [this](const http::HttpRequest& request, QTcpSocket* socket) { d->handle(request, socket); },
        [this](const http::HttpReply& refusal, QTcpSocket* socket) {
            socket->write(refusal.serialize(d->clock.nowUtc(), false));
        });
    d->port = d->listener->listen(options.host, options.port, options.tls);
    if (d->port == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2").arg(options.host.toString()).arg(options.port);
        d->listener.reset();
        return false;
    }
    return true;
}

void SandboxServer::stop()
{
    for (const QPointer<QTcpSocket>& socket : std::as_const(d->unanswered)) {
        if (socket)
            socket->abort();
    }
    d->unanswered.clear();
    d->listener.reset();
    d->port = 0;
}

bool SandboxServer::isListening() const
{
    return d->listener && d->port != 0;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(d->options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(d->options.host.toString());
    url.setPort(d->port);
    url.setPath(ApiRequestReader::apiPrefix());
    return url;
}

void SandboxServer::addFault(const FaultRule& rule)
{
    d->faults.add(rule);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

void SandboxServer::setClockOffsetMs(qint64 offsetMs)
{
    d->clock.setOffsetMs(offsetMs);
}

int SandboxServer::callCount(const QString& callName) const
{
    return d->counters.calls.value(callName);
}

int SandboxServer::initiateCount(const QString& clientRefId) const
{
    return d->counters.initiatesByRef.value(clientRefId);
}

QString SandboxServer::lastOtp(const QString& mobile, const QString& purpose) const
{
    return d->otps.lastOtp(mobile, purpose);
}

QList<ParamFinding> SandboxServer::paramFindings() const
{
    return d->findings;
}

bool SandboxServer::resetState(QString* error)
{
    return d->reset(error);
}

void SandboxServer::Private::handle(const http::HttpRequest& request, QTcpSocket* socket)
{
    const QString path = request.url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1String(ControlApi::Prefix))) {
        if (!request.remoteAddress.isLoopback()) {
            send(socket, request,
                 http::HttpReply::forbidden(QStringLiteral("not_loopback"),
                                            QStringLiteral("The control endpoint is loopback-only"),
                                            clock.nowMs()),
                 std::nullopt);
            return;
        }
        ControlTarget target{faults, clock, otps, counters, state, [this](QString* error) {
                                 return reset(error);
                             }};
        send(socket, request, ControlApi::handle(target, request, path), std::nullopt);
        return;
    }
    if (path.startsWith(QLatin1String(ConsentAudio::Prefix))) {
        // Unsigned, like a file on Eko's CDN: a media player opens it.
        send(socket, request, ConsentAudio::handle(request.method, path), std::nullopt);
        return;
    }
    const RouteRead routed = ApiRequestReader::route(request.method, path);
    if (routed.refusal) {
        send(socket, request, *routed.refusal, std::nullopt);
        return;
    }

    // Counted on arrival, before any check or fault: a test asks "did the
    // financial POST reach the server exactly once?".
    const QString& call = routed.route.call;
    ++counters.calls[call];
    if (call == QLatin1String(CallName::InitiateTransaction)) {
        const QJsonValue ref =
            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("client_ref_id"));
        if (ref.isString())
            ++counters.initiatesByRef[ref.toString()];
    }
    if (call == QLatin1String(CallName::Refund))
        ++counters.refundsByTid[routed.route.reference];

    const AuthResult authResult = auth->check(request, clock.nowMs());
    if (!authResult.ok) {
        send(socket, request,
             http::HttpReply::forbidden(authResult.reason, authResult.message, clock.nowMs()), std::nullopt);
        return;
    }
    const FaultInjector::Decision decision = faults.take(call);
    const Fault transport = decision.transport ? decision.transport->fault : Fault::None;
    if (const std::optional<http::HttpReply> error = FaultInjector::errorAnswer(transport)) {
        // commit_then_*: the call is applied (the debit made), its answer
        // thrown away; the others apply nothing.
        if (FaultInjector::appliesCallFirst(transport))
            handleApi(request, routed.route, decision.outcome);
        send(socket, request, *error, std::nullopt);
        return;
    }
    send(socket, request, handleApi(request, routed.route, decision.outcome), decision.transport);
}

http::HttpReply SandboxServer::Private::handleApi(const http::HttpRequest& request, const Route& route,
                                                  const std::optional<FaultRule>& outcomeFault)
{
    ApiCall call;
    call.route = route;
    call.outcomeFault = outcomeFault;
    ParamsRead read = ApiRequestReader::params(request.method, request.query(),
                                               request.header("content-type"), request.body);
    if (read.refusal)
        return *read.refusal;
    call.params = std::move(read.params);
    call.fromQuery = read.fromQuery;
    const QByteArray host = request.header("host");
    call.serverUrl = host.isEmpty()
                         ? q->baseUrl().adjusted(QUrl::RemovePath).toString()
                         : q->baseUrl().scheme() + QStringLiteral("://") + QString::fromLatin1(host);
    const QList<ParamFinding> misplaced = ParamCatalog::check(route, call.params);
    findings.append(misplaced);
    if (options.strictParams && !misplaced.isEmpty()) {
        QJsonObject errors;
        for (const ParamFinding& finding : misplaced)
            errors.insert(finding.param, finding.kind == ParamFinding::Missing
                                             ? QStringLiteral("Please provide the value of the field")
                                             : QStringLiteral("not a parameter of this call"));
        return http::HttpReply::json(envelope::invalidParams(errors));
    }
    ApiContext ctx{state, otps, clock,
                   [this](const QString& mobile, const QString& otp, const QString& purpose) {
                       Q_EMIT q->otpSent(mobile, otp, purpose);
                   }};
    return http::HttpReply::json(EkoApi::handle(ctx, call));
}

void SandboxServer::Private::send(QTcpSocket* socket, const http::HttpRequest& request,
                                  const http::HttpReply& reply, const std::optional<FaultRule>& transport)
{
    const bool keepAlive = request.keepAlive;
    const Fault fault = transport ? transport->fault : Fault::None;
    switch (fault) {
    case Fault::CommitThenDrop:
        // The transfer is applied; the client sees the connection die with
        // no HTTP answer. Deferred so Qt has finished with the socket.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return;
    case Fault::CommitThenTimeout:
        unanswered.removeAll(QPointer<QTcpSocket>()); // forget the ones the clients gave up on
        unanswered.append(socket);
        return;
    case Fault::Delay: {
        QPointer<QTcpSocket> target(socket);
        const QByteArray bytes = reply.serialize(clock.nowUtc(), keepAlive);
        QTimer::singleShot(transport->delayMs, socket, [target, bytes] {
            if (target)
                target->write(bytes);
        });
        return;
    }
    case Fault::TruncatedJson:
        socket->write(reply.serialize(clock.nowUtc(), false, true));
        socket->disconnectFromHost();
        return;
    case Fault::None:
    case Fault::Awaited:
    case Fault::RefundPending:
        break;
    case Fault::Http500Html: // error answers are sent by handle()
    case Fault::Http408:
    case Fault::CommitThenHttp408:
    case Fault::Http429:
    case Fault::CommitThenHttp429:
    case Fault::Proxy404:
    case Fault::CommitThenProxy404:
    case Fault::Http502:
    case Fault::CommitThenHttp502:
    case Fault::Proxy403:
        break;
    }
    socket->write(reply.serialize(clock.nowUtc(), keepAlive));
    if (!keepAlive)
        socket->disconnectFromHost();
}

} // namespace counterdesk::sandbox
