#include "text/DateText.h"

#include <QLocale>

namespace counterdesk::ui {

QString shownDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString shownDateTime(const QDateTime& when)
{
    return QLocale().toString(when, QStringLiteral("d MMM yyyy HH:mm:ss"));
}

} // namespace counterdesk::ui
