#include "eko/EndpointTable.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

namespace counterdesk::eko {

namespace {

constexpr int kVersion = 1;
constexpr int kMaxChannelCode = 99;
constexpr int kMaxConstantLength = 64;
// The built-in table is ~10 KB; an override is smaller. The cap keeps a
// profile whose `endpoints =` names something huge from eating the memory.
constexpr qint64 kMaxFileBytes = 1024 * 1024;

std::optional<PathSet> pathSetFromName(QStringView name)
{
    if (name == u"master")
        return PathSet::Master;
    if (name == u"legacy")
        return PathSet::Legacy;
    return std::nullopt;
}

QString pathSetName(PathSet set)
{
    return set == PathSet::Master ? QStringLiteral("master") : QStringLiteral("legacy");
}

std::optional<Channel> channelFromName(QStringView name)
{
    if (name == u"neft")
        return Channel::Neft;
    if (name == u"imps")
        return Channel::Imps;
    return std::nullopt;
}

// A channel code as the table writes it: a small JSON integer only ("2" or
// 2.5 would be sent as something else).
std::optional<int> channelCodeIn(const QJsonValue& v)
{
    const qint64 code = v.toInteger(-1);
    if (!v.isDouble() || code < 0 || code > kMaxChannelCode || static_cast<double>(code) != v.toDouble())
        return std::nullopt;
    return static_cast<int>(code);
}

int channelKey(Rail rail, Channel channel)
{
    return static_cast<int>(rail) * 2 + static_cast<int>(channel);
}

// "POST /customer/payment/ppi-levin/otp" -> endpoint. Only the tokens the
// request builder knows how to fill are allowed, so a typo fails at load
// time and not on the agent's first transfer.
std::optional<Endpoint> parseEndpoint(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(GET|POST) (/[A-Za-z0-9_./{}:-]*)$"));
    static const QRegularExpression token(QStringLiteral("\\{([^}]*)\\}"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString path = m.captured(2);
    if (path.contains(QLatin1String("//")))
        return std::nullopt;
    for (auto it = token.globalMatch(path); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (std::none_of(kPathTokens.begin(), kPathTokens.end(),
                         [&name](const char* known) { return name == QLatin1String(known); }))
            return std::nullopt;
    }
    // Braces must pair up exactly, or a stray one reaches the wire.
    QString stripped = path;
    stripped.remove(token);
    if (stripped.contains(u'{') || stripped.contains(u'}'))
        return std::nullopt;
    return Endpoint{m.captured(1).toLatin1(), path};
}

EndpointTableLoad failure(EndpointTableError error, const QString& where)
{
    EndpointTableLoad load;
    load.error = error;
    load.where = where;
    return load;
}

// One entry of a {rail: {call: value}} object, the shape of both
// "paths.<set>" and "params": the names are checked, the value is the
// visitor's to read.
using RailCallVisitor =
    std::function<EndpointTableLoad(Rail rail, Call call, const QJsonValue& value, const QString& where)>;

// Walks such an object; the first failure (an unknown rail or call, a shape
// that is not an object, or the visitor's own) ends the walk.
EndpointTableLoad forEachRailCall(const QJsonValue& value, const QString& where, const RailCallVisitor& visit)
{
    if (!value.isObject())
        return failure(EndpointTableError::NotAnObject, where);
    const QJsonObject rails = value.toObject();
    for (auto railIt = rails.begin(); railIt != rails.end(); ++railIt) {
        const QString railWhere = where + u'.' + railIt.key();
        const auto rail = railFromWireName(railIt.key());
        if (!rail)
            return failure(EndpointTableError::UnknownRail, railWhere);
        if (!railIt.value().isObject())
            return failure(EndpointTableError::NotAnObject, railWhere);
        const QJsonObject calls = railIt.value().toObject();
        for (auto callIt = calls.begin(); callIt != calls.end(); ++callIt) {
            const QString callWhere = railWhere + u'.' + callIt.key();
            const auto call = callFromName(callIt.key());
            if (!call)
                return failure(EndpointTableError::UnknownCall, callWhere);
            EndpointTableLoad visited = visit(*rail, *call, callIt.value(), callWhere);
            if (!visited.ok())
                return visited;
        }
    }
    return {};
}

} // namespace

int EndpointTable::key(PathSet set, Rail rail, Call call)
{
    return (static_cast<int>(set) * 2 + static_cast<int>(rail)) * kCallCount + static_cast<int>(call);
}

EndpointTable EndpointTable::builtIn()
{
    // Parsed once per process: every client and profile starts from it.
    static const EndpointTable table = [] {
        EndpointTableLoad load = fromFile(QStringLiteral(":/eko/endpoints.json"));
        return load.ok() ? load.table : EndpointTable();
    }();
    return table;
}

EndpointTableLoad EndpointTable::fromFile(const QString& path, const EndpointTable* base)
{
    // Only a regular file: a profile file is mailed and copied, and one whose
    // `endpoints =` named /dev/zero, a FIFO or a console device would block or
    // read forever (seen while writing tests/fuzz/fuzz_profile_file).
    if (!QFileInfo(path).isFile())
        return failure(EndpointTableError::FileUnreadable, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(EndpointTableError::FileUnreadable, path);
    const QByteArray json = file.read(kMaxFileBytes + 1);
    if (json.size() > kMaxFileBytes)
        return failure(EndpointTableError::FileUnreadable, path);
    return fromJson(json, base);
}

EndpointTableLoad EndpointTable::fromJson(const QByteArray& json, const EndpointTable* base)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(EndpointTableError::NotJson, QStringLiteral("offset %1").arg(parseError.offset));
    if (!doc.isObject())
        return failure(EndpointTableError::NotAnObject, QString());
    const QJsonObject root = doc.object();

    EndpointTable table = base ? *base : EndpointTable();

    if (root.contains(QLatin1String("version")) || !base) {
        if (root.value(QLatin1String("version")).toInt(-1) != kVersion)
            return failure(EndpointTableError::UnsupportedVersion, QStringLiteral("version"));
    }

    if (root.contains(QLatin1String("base_url")) || !base) {
        const QString text = root.value(QLatin1String("base_url")).toString();
        QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (text.isEmpty() || !url.isValid() || url.host().isEmpty() ||
            (scheme != u"https" && scheme != u"http") || url.hasQuery() || url.hasFragment() ||
            !url.userInfo().isEmpty())
            return failure(EndpointTableError::BadBaseUrl, QStringLiteral("base_url"));
        if (!isAllowedUrl(url))
            return failure(EndpointTableError::InsecureBaseUrl, QStringLiteral("base_url"));
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path);
        table.m_baseUrl = url;
    }

    if (root.contains(QLatin1String("path_set"))) {
        const auto set = pathSetFromName(root.value(QLatin1String("path_set")).toString());
        if (!set)
            return failure(EndpointTableError::UnknownPathSet, QStringLiteral("path_set"));
        table.m_pathSet = *set;
    } else if (!base) {
        table.m_pathSet = PathSet::Master;
    }

    const QJsonValue pathsValue = root.value(QLatin1String("paths"));
    if (!pathsValue.isUndefined() && !pathsValue.isObject())
        return failure(EndpointTableError::NotAnObject, QStringLiteral("paths"));
    const QJsonObject paths = pathsValue.toObject();
    for (auto setIt = paths.begin(); setIt != paths.end(); ++setIt) {
        const QString setWhere = QStringLiteral("paths.") + setIt.key();
        const auto set = pathSetFromName(setIt.key());
        if (!set)
            return failure(EndpointTableError::UnknownPathSet, setWhere);
        const EndpointTableLoad walked = forEachRailCall(
            setIt.value(), setWhere,
            [&table, set](Rail rail, Call call, const QJsonValue& value, const QString& callWhere) {
                const QString text = value.toString();
                if (!text.startsWith(QLatin1String("GET ")) && !text.startsWith(QLatin1String("POST ")))
                    return failure(EndpointTableError::BadMethod, callWhere);
                const auto endpoint = parseEndpoint(text);
                if (!endpoint)
                    return failure(EndpointTableError::BadPath, callWhere);
                table.m_endpoints.insert(key(*set, rail, call), *endpoint);
                return EndpointTableLoad{};
            });
        if (!walked.ok())
            return walked;
    }

    const QJsonValue channelsValue = root.value(QLatin1String("channels"));
    if (!channelsValue.isUndefined() && !channelsValue.isObject())
        return failure(EndpointTableError::NotAnObject, QStringLiteral("channels"));
    const QJsonObject channels = channelsValue.toObject();
    for (auto railIt = channels.begin(); railIt != channels.end(); ++railIt) {
        const QString railWhere = QStringLiteral("channels.") + railIt.key();
        const auto rail = railFromWireName(railIt.key());
        if (!rail)
            return failure(EndpointTableError::UnknownRail, railWhere);
        if (!railIt.value().isObject())
            return failure(EndpointTableError::NotAnObject, railWhere);
        const QJsonObject codes = railIt.value().toObject();
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            const QString where = railWhere + u'.' + it.key();
            const auto channel = channelFromName(it.key());
            if (!channel)
                return failure(EndpointTableError::BadChannelCode, where);
            const std::optional<int> code = channelCodeIn(it.value());
            if (!code)
                return failure(EndpointTableError::BadChannelCode, where);
            table.m_channels.insert(channelKey(*rail, *channel), *code);
        }
    }

    const QJsonValue availableValue = root.value(QLatin1String("available_channels"));
    if (!availableValue.isUndefined() && !availableValue.isObject())
        return failure(EndpointTableError::NotAnObject, QStringLiteral("available_channels"));
    const QJsonObject available = availableValue.toObject();
    for (auto it = available.begin(); it != available.end(); ++it) {
        const QString where = QStringLiteral("available_channels.") + it.key();
        const std::optional<int> code = channelCodeIn(it.value());
        if (!code)
            return failure(EndpointTableError::BadChannelCode, where);
        if (it.key() == u"both")
            table.m_availableBoth = *code;
        else if (it.key() == u"neft")
            table.m_availableNeftOnly = *code;
        else if (it.key() == u"imps")
            table.m_availableImpsOnly = *code;
        else
            return failure(EndpointTableError::BadChannelCode, where);
    }

    // The selected path set must be complete on both rails: the console may
    // switch rail per customer.
    for (const Rail rail : {Rail::DigiKhata, Rail::Levin}) {
        for (int c = 0; c < kCallCount; ++c) {
            const auto call = static_cast<Call>(c);
            if (!table.m_endpoints.contains(key(table.m_pathSet, rail, call)))
                return failure(EndpointTableError::MissingCall,
                               QStringLiteral("paths.%1.%2.%3")
                                   .arg(pathSetName(table.m_pathSet), railWireName(rail), callName(call)));
        }
        for (const Channel channel : {Channel::Neft, Channel::Imps}) {
            if (!table.m_channels.contains(channelKey(rail, channel)))
                return failure(
                    EndpointTableError::MissingChannel,
                    QStringLiteral("channels.%1.%2").arg(railWireName(rail), channelName(channel)));
        }
    }

    const EndpointTableLoad params = parseParams(root.value(QLatin1String("params")), table, !base);
    if (!params.ok())
        return params;

    // "fees": {call: "7.00"}; an override's null removes one.
    const QJsonValue feesValue = root.value(QLatin1String("fees"));
    if (!feesValue.isUndefined() && !feesValue.isObject())
        return failure(EndpointTableError::NotAnObject, QStringLiteral("fees"));
    const QJsonObject fees = feesValue.toObject();
    for (auto it = fees.begin(); it != fees.end(); ++it) {
        const QString where = QStringLiteral("fees.") + it.key();
        const std::optional<Call> call = callFromName(it.key());
        if (!call)
            return failure(EndpointTableError::BadFee, where);
        if (it.value().isNull()) {
            table.m_fees.remove(static_cast<int>(*call));
            continue;
        }
        const MoneyParseResult amount = Money::fromJson(it.value());
        if (!amount.value)
            return failure(EndpointTableError::BadFee, where);
        table.m_fees.insert(static_cast<int>(*call), *amount.value);
    }

    EndpointTableLoad load;
    load.table = table;
    return load;
}

int EndpointTable::paramsKey(Rail rail, Call call)
{
    return static_cast<int>(rail) * kCallCount + static_cast<int>(call);
}

// "params": {rail: {call: {"constants": {...}, "carries": [...],
// "wire_names": {...}}}}. An override changes what it names: a constant or a
// wire name set to null is removed, "carries" replaces the base's list. The
// built-in table (complete) must give every call of both rails an entry, so
// a call that sends nothing extra says so with {}.
EndpointTableLoad EndpointTable::parseParams(const QJsonValue& section, EndpointTable& table, bool complete)
{
    if (!section.isUndefined() && !section.isObject())
        return failure(EndpointTableError::NotAnObject, QStringLiteral("params"));
    QSet<int> seen;
    const QJsonValue rails = section.isUndefined() ? QJsonValue(QJsonObject()) : section;
    const EndpointTableLoad walked = forEachRailCall(
        rails, QStringLiteral("params"),
        [&](Rail rail, Call call, const QJsonValue& value, const QString& callWhere) {
            if (!value.isObject())
                return failure(EndpointTableError::NotAnObject, callWhere);
            const QJsonObject entry = value.toObject();
            CallParams params = table.m_params.value(paramsKey(rail, call));
            for (auto it = entry.begin(); it != entry.end(); ++it) {
                if (it.key() != u"constants" && it.key() != u"carries" && it.key() != u"wire_names")
                    return failure(EndpointTableError::UnknownKey, callWhere + u'.' + it.key());
            }

            const QString constantsWhere = callWhere + QStringLiteral(".constants");
            const QJsonValue constants = entry.value(QLatin1String("constants"));
            if (!constants.isUndefined() && !constants.isObject())
                return failure(EndpointTableError::NotAnObject, constantsWhere);
            const QJsonObject constantsObject = constants.toObject();
            for (auto it = constantsObject.begin(); it != constantsObject.end(); ++it) {
                const QString where = constantsWhere + u'.' + it.key();
                if (!CallParams::isWireName(it.key()) || CallParams::isReserved(it.key()) ||
                    CallParams::isOptionalValue(it.key()))
                    return failure(EndpointTableError::BadParamName, where);
                const QJsonValue v = it.value();
                if (v.isNull()) {
                    params.constants.remove(it.key());
                    continue;
                }
                // A JSON integer or a short non-empty string: 80 and "80" are
                // different on the wire, so the table says which.
                const bool integer = v.isDouble() && static_cast<double>(v.toInteger(-1)) == v.toDouble() &&
                                     v.toInteger(-1) >= 0;
                const bool text =
                    v.isString() && !v.toString().isEmpty() && v.toString().size() <= kMaxConstantLength;
                if (!integer && !text)
                    return failure(EndpointTableError::BadParamValue, where);
                params.constants.insert(it.key(), v);
            }

            const QString carriesWhere = callWhere + QStringLiteral(".carries");
            const QJsonValue carries = entry.value(QLatin1String("carries"));
            if (!carries.isUndefined()) {
                if (!carries.isArray())
                    return failure(EndpointTableError::NotAnObject, carriesWhere);
                params.carries.clear();
                const QJsonArray list = carries.toArray();
                for (qsizetype i = 0; i < list.size(); ++i) {
                    const QString name = list.at(i).toString();
                    if (!CallParams::isOptionalValue(name))
                        return failure(EndpointTableError::UnknownRequestValue,
                                       carriesWhere + QStringLiteral("[%1]").arg(i));
                    if (!params.carries.contains(name))
                        params.carries.append(name);
                }
            }

            const QString namesWhere = callWhere + QStringLiteral(".wire_names");
            const QJsonValue names = entry.value(QLatin1String("wire_names"));
            if (!names.isUndefined() && !names.isObject())
                return failure(EndpointTableError::NotAnObject, namesWhere);
            const QJsonObject namesObject = names.toObject();
            for (auto it = namesObject.begin(); it != namesObject.end(); ++it) {
                const QString where = namesWhere + u'.' + it.key();
                if (!CallParams::isWireName(it.key()) || CallParams::isReserved(it.key()))
                    return failure(EndpointTableError::BadParamName, where);
                if (it.value().isNull()) {
                    params.wireNames.remove(it.key());
                    continue;
                }
                const QString wireName = it.value().toString();
                if (!CallParams::isWireName(wireName) || CallParams::isReserved(wireName) ||
                    CallParams::isOptionalValue(wireName))
                    return failure(EndpointTableError::BadParamName, where);
                params.wireNames.insert(it.key(), wireName);
            }
            table.m_params.insert(paramsKey(rail, call), params);
            seen.insert(paramsKey(rail, call));
            return EndpointTableLoad{};
        });
    if (!walked.ok())
        return walked;

    if (complete) {
        for (const Rail rail : {Rail::DigiKhata, Rail::Levin}) {
            for (int c = 0; c < kCallCount; ++c) {
                const auto call = static_cast<Call>(c);
                if (!seen.contains(paramsKey(rail, call)))
                    return failure(EndpointTableError::MissingParams,
                                   QStringLiteral("params.%1.%2").arg(railWireName(rail), callName(call)));
            }
        }
    }
    return {};
}

CallParams EndpointTable::params(Rail rail, Call call) const
{
    return m_params.value(paramsKey(rail, call));
}

std::optional<Endpoint> EndpointTable::endpoint(Rail rail, Call call) const
{
    return endpoint(m_pathSet, rail, call);
}

std::optional<Endpoint> EndpointTable::endpoint(PathSet set, Rail rail, Call call) const
{
    const auto it = m_endpoints.constFind(key(set, rail, call));
    if (it == m_endpoints.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<EndpointMatch> EndpointTable::match(QByteArrayView method, const QString& path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const PathSet set : {m_pathSet, m_pathSet == PathSet::Master ? PathSet::Legacy : PathSet::Master}) {
        for (const Rail rail : {Rail::DigiKhata, Rail::Levin}) {
            for (int c = 0; c < kCallCount; ++c) {
                const std::optional<Endpoint> e = endpoint(set, rail, static_cast<Call>(c));
                if (!e || e->method != method)
                    continue;
                const QStringList parts = e->pathTemplate.split(u'/', Qt::SkipEmptyParts);
                if (parts.size() != segments.size())
                    continue;
                EndpointMatch m{static_cast<Call>(c), rail, {}};
                bool fits = true;
                for (qsizetype i = 0; i < parts.size() && fits; ++i) {
                    const QString& part = parts.at(i);
                    if (part.startsWith(u'{') && part.endsWith(u'}'))
                        m.tokens.insert(part.mid(1, part.size() - 2), segments.at(i));
                    else
                        fits = part == segments.at(i);
                }
                if (fits)
                    return m;
            }
        }
    }
    return std::nullopt;
}

int EndpointTable::channelCode(Rail rail, Channel channel) const
{
    // Loading guarantees both codes; the fallback is Eko's NEFT 1 / IMPS 2.
    return m_channels.value(channelKey(rail, channel), channel == Channel::Neft ? 1 : 2);
}

std::optional<Channel> EndpointTable::channelForCode(Rail rail, int code) const
{
    for (const Channel channel : {Channel::Imps, Channel::Neft}) {
        if (channelCode(rail, channel) == code)
            return channel;
    }
    return std::nullopt;
}

std::optional<Money> EndpointTable::fee(Call call) const
{
    const auto it = m_fees.constFind(static_cast<int>(call));
    if (it == m_fees.constEnd())
        return std::nullopt;
    return *it;
}

QList<Channel> EndpointTable::availableChannels(const QString& code) const
{
    bool ok = false;
    const int value = code.trimmed().toInt(&ok);
    if (ok && value != m_availableBoth && value == m_availableNeftOnly)
        return {Channel::Neft};
    if (ok && value != m_availableBoth && value == m_availableImpsOnly)
        return {Channel::Imps};
    return {Channel::Imps, Channel::Neft}; // both, or a code we do not know: Eko decides
}

bool EndpointTable::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool EndpointTable::isAllowedUrl(const QUrl& url)
{
    if (url.scheme() == u"https")
        return !url.host().isEmpty();
    return url.scheme() == u"http" && isLoopback(url);
}

} // namespace counterdesk::eko
