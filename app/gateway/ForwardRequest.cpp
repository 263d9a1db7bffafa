#include "gateway/ForwardRequest.h"

#include "domain/ClientRefId.h"
#include "gateway/CounterAuth.h"
#include "money/Money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace counterdesk::gateway {

ForwardRead ForwardRequest::read(const http::HttpRequest& request, const QString& ekoPath,
                                 const eko::EndpointTable& table, const QString& initiatorId,
                                 const QString& userCode)
{
    ForwardRead out;
    const QByteArray method = CounterAuth::methodName(request.method);
    const std::optional<eko::EndpointMatch> match = table.match(method, ekoPath);
    if (!match)
        return out;
    out.found = true;
    out.match = *match;
    eko::WireRequest& wire = out.wire;
    wire.call = match->call;
    wire.rail = match->rail;
    wire.method = method;
    wire.url = table.baseUrl();
    wire.url.setPath(table.baseUrl().path() + ekoPath);
    if (wire.isGet()) {
        QUrlQuery query(request.url);
        query.removeAllQueryItems(QStringLiteral("initiator_id"));
        query.removeAllQueryItems(QStringLiteral("user_code"));
        query.addQueryItem(QStringLiteral("initiator_id"), initiatorId);
        query.addQueryItem(QStringLiteral("user_code"), userCode);
        wire.url.setQuery(query);
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject()) {
        out.error = QStringLiteral("the body is not a JSON object");
        return out;
    }
    wire.body = doc.object();
    wire.body.insert(QStringLiteral("initiator_id"), initiatorId);
    wire.body.insert(QStringLiteral("user_code"), userCode);
    if (wire.call == eko::Call::InitiateTransaction) {
        wire.clientRefId = wire.body.value(QStringLiteral("client_ref_id")).toString();
        if (!ClientRefId::isValid(wire.clientRefId)) {
            out.error = QStringLiteral("client_ref_id is missing or not 1-20 of [0-9A-Za-z_-]");
            return out;
        }
        // The request builder sends whole rupees as a JSON integer.
        const MoneyParseResult amount = Money::fromJson(wire.body.value(QStringLiteral("amount")));
        if (!amount.ok()) {
            out.error = QStringLiteral("amount is missing or not an amount");
            return out;
        }
        out.amountPaise = amount.value->paise();
    }
    return out;
}

} // namespace counterdesk::gateway
