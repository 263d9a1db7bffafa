// DateText: how a date or a time is written on a screen — day, the month's
// short name in the screen's language (LanguageManager sets the default
// QLocale with the language: "20 Nov 2026" in English, "20 नव॰ 2026" in
// Hindi) and a 24-hour clock, which needs no AM/PM in any language.
// Receipts write their own fixed numeric form (receipt/ReceiptValues).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace counterdesk::ui {

QString shownDate(const QDate& date);
// `when` as it is: the caller converts it to the zone it names (IST).
QString shownDateTime(const QDateTime& when);

} // namespace counterdesk::ui
