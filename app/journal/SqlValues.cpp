#include "SqlValues.h"

#include <QMetaType>
#include <QTimeZone>

namespace counterdesk::journal {

QVariant SqlValues::time(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime SqlValues::time(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QVariant SqlValues::money(const std::optional<Money>& m)
{
    return m ? QVariant(m->paise()) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<Money> SqlValues::money(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return Money::fromPaise(v.toLongLong());
}

QVariant SqlValues::text(const std::optional<QString>& s)
{
    return s ? QVariant(*s) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QString> SqlValues::text(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

QVariant SqlValues::integer(const std::optional<int>& i)
{
    return i ? QVariant(*i) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> SqlValues::integer(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

} // namespace counterdesk::journal
