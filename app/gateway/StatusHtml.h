// StatusHtml: the back office's status page as HTML (StatusPage serves it).
//
// Plain server-rendered HTML with its style inline: no script, no image, no
// other request, so it works in any browser and behind the strictest
// Content-Security-Policy. Every value from the ledger is HTML-escaped (a
// counter's name is whatever an operator typed). Amounts go through the one
// money formatter (Indian grouping, ₹), times are shown in IST.
//
// The words are looked up in the reader's catalogue (StatusWords), not the
// process's installed translator: two back-office readers may want two
// languages from one gateway process.
#pragma once

#include "gateway/Ledger.h"
#include "money/DisplayLanguage.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

class QTranslator;

namespace counterdesk::gateway {

// The page's words in one language: the Hindi catalogue, or English as written.
class StatusWords
{
public:
    StatusWords(DisplayLanguage language, const QTranslator* hindi);
    DisplayLanguage language() const { return m_language; }
    // `source` is marked with QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", ...).
    QString text(const char* source) const;

private:
    DisplayLanguage m_language;
    const QTranslator* m_hindi;
};

struct StatusSnapshot
{
    QDateTime nowUtc;
    QDate day; // today in IST
    QList<CounterRow> counters;
    QList<DayTotal> today;
    QList<QPair<LedgerTransfer, QString>> unfinished; // with the counter's name
    int unfinishedLimit = 0;
};

class StatusHtml
{
public:
    static QByteArray page(const StatusSnapshot& snapshot, const StatusWords& words);
    // A short page for a refusal or an outage: `title` and `message` are words.
    static QByteArray notice(const QString& title, const QString& message, const StatusWords& words);
};

} // namespace counterdesk::gateway
