#include "ApiRequestReader.h"

#include "Envelope.h"

#include <QJsonDocument>

namespace counterdesk::sandbox {

QString ApiRequestReader::apiPrefix()
{
    return QStringLiteral("/ekoapi/v3");
}

RouteRead ApiRequestReader::route(http::HttpMethod method, const QString& path)
{
    RouteRead read;
    const QString prefix = apiPrefix();
    if (!path.startsWith(prefix + u'/')) {
        read.refusal = http::HttpReply::notFound(path);
        return read;
    }
    const RouteTable::Match match = RouteTable::match(method, path.mid(prefix.size()));
    if (match.status != RouteTable::MatchStatus::Matched) {
        read.refusal = match.status == RouteTable::MatchStatus::WrongMethod
                           ? http::HttpReply::methodNotAllowed()
                           : http::HttpReply::notFound(path);
        return read;
    }
    read.route = match.route;
    return read;
}

ParamsRead ApiRequestReader::params(http::HttpMethod method, const QUrlQuery& query,
                                    const QByteArray& contentType, const QByteArray& body)
{
    ParamsRead read;
    if (method == http::HttpMethod::Get) {
        read.fromQuery = true;
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
            read.params.insert(key, value);
        return read;
    }
    if (!body.isEmpty() && !contentType.toLower().contains("json")) {
        read.refusal = http::HttpReply::unsupportedMediaType();
        return read;
    }
    if (!body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject()) {
            read.refusal = http::HttpReply::json(envelope::invalidParams(
                QJsonObject{{QStringLiteral("body"), QStringLiteral("must be a JSON object")}}));
            return read;
        }
        read.params = doc.object();
    }
    return read;
}

} // namespace counterdesk::sandbox
