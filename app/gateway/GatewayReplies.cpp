#include "gateway/GatewayReplies.h"

#include "eko/EkoTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace counterdesk::gateway {

namespace {

http::HttpReply fromGateway(http::HttpReply reply)
{
    reply.server = "counterdesk-gateway";
    return reply;
}

QJsonObject envelope(int status, int responseStatusId, int responseTypeId, const QString& message,
                     const QJsonObject& data = {})
{
    QJsonObject o{{QStringLiteral("status"), status},
                  {QStringLiteral("response_status_id"), responseStatusId},
                  {QStringLiteral("response_type_id"), responseTypeId},
                  {QStringLiteral("message"), message}};
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

} // namespace

QString authRefusalName(AuthRefusal cause)
{
    // The causes a counter can act on use the names its client reads back
    // (eko::gatewayRefusalFromName): one vocabulary, on both sides of the wire.
    switch (cause) {
    case AuthRefusal::MissingHeaders:
        return QStringLiteral("missing_headers"); // not a counter of ours: it always signs
    case AuthRefusal::UnknownCounter:
        return eko::gatewayRefusalName(eko::GatewayRefusal::UnknownCounter);
    case AuthRefusal::RevokedCounter:
        return eko::gatewayRefusalName(eko::GatewayRefusal::Revoked);
    case AuthRefusal::BadSignature:
        return eko::gatewayRefusalName(eko::GatewayRefusal::BadSignature);
    case AuthRefusal::StaleTimestamp:
        return eko::gatewayRefusalName(eko::GatewayRefusal::StaleTimestamp);
    case AuthRefusal::Replayed:
        return eko::gatewayRefusalName(eko::GatewayRefusal::Replayed);
    case AuthRefusal::DatabaseDown:
        return QStringLiteral("database_down"); // logged only: the counter hears 503
    }
    return QStringLiteral("refused");
}

http::HttpReply GatewayReplies::authRefused(AuthRefusal cause)
{
    QJsonObject body = envelope(403, 1, 403, QStringLiteral("Forbidden"));
    body.insert(QStringLiteral("gateway_error"), authRefusalName(cause));
    return fromGateway(http::HttpReply::json(body, 403));
}

http::HttpReply GatewayReplies::tooManyRequests(int retryAfterSeconds, const QString& which)
{
    // No Eko envelope: a 429 proves nothing about a money call (UNKNOWN,
    // then inquiry), which is right: the counter's call was not forwarded,
    // and the inquiry will say "not found".
    http::HttpReply reply =
        http::HttpReply::json(QJsonObject{{QStringLiteral("message"), QStringLiteral("Too Many Requests")},
                                          {QStringLiteral("gateway_error"), which}},
                              429);
    reply.extraHeaders.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return fromGateway(reply);
}

http::HttpReply GatewayReplies::inProgress(const QString& clientRefId)
{
    return fromGateway(http::HttpReply::json(
        envelope(0, 0, 325, QStringLiteral("Transaction in progress"),
                 QJsonObject{{QStringLiteral("tx_status"), QStringLiteral("2")},
                             {QStringLiteral("txstatus_desc"), QStringLiteral("Initiated")},
                             {QStringLiteral("client_ref_id"), clientRefId}})));
}

http::HttpReply GatewayReplies::notFound()
{
    return fromGateway(http::HttpReply::json(envelope(168, 1, 168, QStringLiteral("TID does not exist"))));
}

http::HttpReply GatewayReplies::refundRefused(const QString& tid)
{
    QJsonObject body = envelope(461, 1, -1, QStringLiteral("Refund not possible"));
    body.insert(QStringLiteral("invalid_params"),
                QJsonObject{{QStringLiteral("tid"),
                             QStringLiteral("Transaction %1 is not in refund pending state").arg(tid)}});
    return fromGateway(http::HttpReply::json(body));
}

http::HttpReply GatewayReplies::noAnswer(const QString& why)
{
    return text(504, "text/plain; charset=utf-8", "Gateway Timeout: " + why.toUtf8() + '\n');
}

http::HttpReply GatewayReplies::ledgerUnavailable()
{
    return text(503, "text/plain; charset=utf-8", "ledger unavailable\n");
}

http::HttpReply GatewayReplies::badRequest(const QString& why)
{
    return text(400, "text/plain; charset=utf-8", "Bad Request: " + why.toUtf8() + '\n');
}

http::HttpReply GatewayReplies::unknownPath(const QString& path)
{
    return fromGateway(http::HttpReply::notFound(path));
}

http::HttpReply GatewayReplies::passOn(int httpStatus, const QByteArray& body)
{
    http::HttpReply reply;
    reply.status = httpStatus;
    reply.body = body;
    reply.contentType =
        QJsonDocument::fromJson(body).isNull() ? "text/plain; charset=utf-8" : "application/json";
    return fromGateway(reply);
}

http::HttpReply GatewayReplies::text(int status, const QByteArray& contentType, const QByteArray& body)
{
    http::HttpReply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = body;
    return fromGateway(reply);
}

} // namespace counterdesk::gateway
