// SqlValues: how journal values are stored in SQLite columns.
//
// Times are INTEGER milliseconds since the epoch, UTC: compact, indexable,
// immune to the counter PC's time zone. Money is INTEGER paise, never REAL.
#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QVariant>
#include <optional>

namespace counterdesk::journal {

class SqlValues
{
public:
    static QVariant time(const QDateTime& t);
    static QDateTime time(const QVariant& v);
    static QVariant money(const std::optional<Money>& m);
    static std::optional<Money> money(const QVariant& v);
    static QVariant text(const std::optional<QString>& s);
    static std::optional<QString> text(const QVariant& v);
    static QVariant integer(const std::optional<int>& i);
    static std::optional<int> integer(const QVariant& v);
};

} // namespace counterdesk::journal
