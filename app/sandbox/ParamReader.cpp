#include "ParamReader.h"

#include "domain/MobileNumber.h"

#include <QJsonArray>
#include <limits>
#include <utility>

namespace counterdesk::sandbox {

namespace {
constexpr qint64 kNotInteger = std::numeric_limits<qint64>::min();
} // namespace

ParamReader::ParamReader(QJsonObject params, bool fromQuery)
    : m_params(std::move(params))
    , m_fromQuery(fromQuery)
{}

bool ParamReader::has(const QString& name) const
{
    const QJsonValue v = m_params.value(name);
    return !v.isUndefined() && !v.isNull();
}

void ParamReader::addError(const QString& name, const QString& message)
{
    if (!m_errors.contains(name))
        m_errors.insert(name, message);
}

bool ParamReader::missing(const QString& name, Need need)
{
    const QJsonValue v = m_params.value(name);
    const bool absent = v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
    if (absent && need == Required)
        addError(name, QStringLiteral("Please provide the value of the field"));
    return absent;
}

QString ParamReader::string(const QString& name, Need need)
{
    if (missing(name, need))
        return {};
    const QJsonValue v = m_params.value(name);
    if (!v.isString()) {
        addError(name, QStringLiteral("must be a string"));
        return {};
    }
    return v.toString();
}

QString ParamReader::mobile(const QString& name, Need need)
{
    const QString text = string(name, need);
    if (!text.isEmpty() && !MobileNumber::isCanonical(text)) {
        addError(name, QStringLiteral("must be a 10-digit mobile number"));
        return {};
    }
    return text;
}

std::optional<qint64> ParamReader::integer(const QString& name, Need need)
{
    if (missing(name, need))
        return std::nullopt;
    const QJsonValue v = m_params.value(name);
    if (m_fromQuery && v.isString()) {
        bool ok = false;
        const qint64 value = v.toString().toLongLong(&ok);
        if (ok)
            return value;
    } else if (v.isDouble()) {
        // toInteger refuses a number with a fraction; no floating point is
        // read here, amounts stay integral.
        const qint64 value = v.toInteger(kNotInteger);
        if (value != kNotInteger)
            return value;
    }
    addError(name, QStringLiteral("must be an integer"));
    return std::nullopt;
}

QString ParamReader::stringOrInteger(const QString& name, Need need)
{
    if (missing(name, need))
        return {};
    const QJsonValue v = m_params.value(name);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const qint64 value = v.toInteger(kNotInteger);
        if (value != kNotInteger)
            return QString::number(value);
    }
    addError(name, QStringLiteral("must be a string or an integer"));
    return {};
}

QString ParamReader::nullableString(const QString& name, Need need)
{
    const QJsonValue v = m_params.value(name);
    if (v.isNull() && need == Optional)
        return {};
    return string(name, need);
}

QStringList ParamReader::stringArray(const QString& name, Need need)
{
    if (missing(name, need))
        return {};
    const QJsonValue v = m_params.value(name);
    QStringList result;
    if (m_fromQuery && v.isString())
        return {v.toString()};
    if (!v.isArray()) {
        addError(name, QStringLiteral("must be an array of strings"));
        return {};
    }
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString()) {
            addError(name, QStringLiteral("must be an array of strings"));
            return {};
        }
        result.append(item.toString());
    }
    if (result.isEmpty() && need == Required)
        addError(name, QStringLiteral("Please provide the value of the field"));
    return result;
}

} // namespace counterdesk::sandbox
