#include "history/IstDay.h"

#include <QTime>

namespace counterdesk::history {

namespace {
constexpr int kIstOffsetSeconds = 5 * 3600 + 30 * 60;
}

QTimeZone IstDay::zone()
{
    // A PC without zone data (some Windows builds) still gets IST: India has
    // had no daylight saving since 1945, so the fixed offset is exact.
    static const QTimeZone ist = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Kolkata"));
        return z.isValid() ? z : QTimeZone(kIstOffsetSeconds);
    }();
    return ist;
}

QDateTime IstDay::start(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), zone()).toUTC();
}

QDateTime IstDay::end(const QDate& day)
{
    return start(day.addDays(1));
}

QDate IstDay::dayOf(const QDateTime& utc)
{
    return utc.toTimeZone(zone()).date();
}

QDate IstDay::today()
{
    return dayOf(QDateTime::currentDateTimeUtc());
}

QString IstDay::isoText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone()).toString(Qt::ISODate);
}

} // namespace counterdesk::history
