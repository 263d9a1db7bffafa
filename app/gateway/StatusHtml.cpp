#include "gateway/StatusHtml.h"

#include "history/IstDay.h"
#include "money/MoneyFormatter.h"

#include <QMap>
#include <QTranslator>

namespace counterdesk::gateway {

using journal::TransferState;

namespace {

constexpr char kContext[] = "counterdesk::gateway::StatusPage";

QString esc(const QString& value)
{
    return value.toHtmlEscaped();
}

// Minutes are enough for a back office; the fixed format reads the same in both languages.
QString istTime(const QDateTime& utc)
{
    return utc.toTimeZone(history::IstDay::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString money(qint64 paise, const StatusWords& w)
{
    return MoneyFormatter::format(Money::fromPaise(paise), w.language());
}

QString count(qint64 n, const StatusWords& w)
{
    return MoneyFormatter::formatCount(n, w.language());
}

QString stateText(TransferState state, const StatusWords& w)
{
    switch (state) {
    case TransferState::Submitting:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Sending"));
    case TransferState::Success:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Success"));
    case TransferState::Failed:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Failed"));
    case TransferState::Pending:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Pending"));
    case TransferState::Unknown:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Unknown – checking"));
    case TransferState::RefundPending:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Refund pending"));
    case TransferState::Refunded:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Refunded"));
    case TransferState::Refunding:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Refund sent – checking"));
    }
    return journal::stateName(state);
}

// The word and, for support, the ledger's own name of the state (as in the CSV export).
QString stateCell(TransferState state, const StatusWords& w)
{
    return esc(stateText(state, w)) + QStringLiteral(" <code>") + journal::stateName(state) +
           QStringLiteral("</code>");
}

QString railText(Rail rail, const StatusWords& w)
{
    switch (rail) {
    case Rail::DigiKhata:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "DigiKhata"));
    case Rail::Levin:
        return w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "PPI Levin"));
    }
    return railStoredName(rail);
}

QString row(const QStringList& cells, const QString& cellTag = QStringLiteral("td"))
{
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells)
        out += u'<' + cellTag + u'>' + c + QStringLiteral("</") + cellTag + u'>';
    return out + QStringLiteral("</tr>\n");
}

QString numericTable(const QString& id, const QStringList& headings)
{
    return QStringLiteral("<table id=\"%1\">\n<thead>").arg(id) + row(headings, QStringLiteral("th")) +
           QStringLiteral("</thead>\n<tbody>\n");
}

const char kStyle[] =
    "body{font-family:'Noto Sans','Noto Sans Devanagari',system-ui,sans-serif;margin:1.5rem;color:#111;"
    "background:#fff;line-height:1.4}"
    "h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:1.6rem 0 .4rem}"
    "nav a{margin-right:.8rem}nav a[aria-current]{font-weight:bold;color:#111;text-decoration:none}"
    ".meta{color:#333}"
    "table{border-collapse:collapse;min-width:40rem}th,td{border:1px solid #999;padding:.3rem .6rem;"
    "text-align:left;vertical-align:top}td{white-space:nowrap}th{background:#e8e8e8}td.n,th.n{text-align:"
    "right}"
    "tbody tr:nth-child(even){background:#f6f6f6}tfoot td{font-weight:bold}"
    "code{font-size:.8rem;color:#444}.revoked{color:#a00000;font-weight:bold}";

QString head(const QString& title, const StatusWords& w, bool refresh)
{
    const QString lang = w.language() == DisplayLanguage::Hindi ? QStringLiteral("hi") : QStringLiteral("en");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
               .arg(lang) +
           (refresh ? QStringLiteral("<meta http-equiv=\"refresh\" content=\"60\">\n") : QString()) +
           QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>\n<style>") +
           QLatin1String(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n");
}

// Each language named in itself, so a reader finds theirs whatever the page's language.
QString languageLinks(const StatusWords& w)
{
    const bool hindi = w.language() == DisplayLanguage::Hindi;
    const auto link = [](const char* code, const QString& name, bool current) {
        return QStringLiteral("<a href=\"/?lang=%1\" hreflang=\"%1\" lang=\"%1\"%2>%3</a>")
            .arg(QLatin1String(code), current ? QStringLiteral(" aria-current=\"page\"") : QString(), name);
    };
    return QStringLiteral("<nav aria-label=\"") +
           esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Language"))) +
           QStringLiteral("\">") + link("en", QStringLiteral("English"), !hindi) +
           link("hi", QStringLiteral("हिन्दी"), hindi) + QStringLiteral("</nav>\n");
}

QString countersSection(const StatusSnapshot& s, const StatusWords& w)
{
    QString out = QStringLiteral("<h2>") +
                  esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Counters"))) +
                  QStringLiteral("</h2>\n");
    if (s.counters.isEmpty()) {
        return out + QStringLiteral("<p>") +
               esc(w.text(QT_TRANSLATE_NOOP(
                   "counterdesk::gateway::StatusPage",
                   "No counters yet. Add one with: counterdesk-gateway counter add NAME"))) +
               QStringLiteral("</p>\n");
    }
    struct Today
    {
        qint64 transfers = 0;
        qint64 sentPaise = 0;
        qint64 notFinal = 0;
    };
    QMap<QString, Today> today;
    for (const DayTotal& t : s.today) {
        Today& c = today[t.counterId];
        c.transfers += t.count;
        if (t.state == TransferState::Success)
            c.sentPaise += t.amountPaise;
        if (!journal::isFinal(t.state))
            c.notFinal += t.count;
    }
    out += numericTable(
        QStringLiteral("counters"),
        {esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Counter"))),
         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Counter ID"))),
         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Status"))),
         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Last seen (IST)"))),
         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Transfers today"))),
         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Sent today (successful)"))),
         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Not final yet")))});
    for (const CounterRow& c : s.counters) {
        const Today t = today.value(c.id);
        const QString status =
            c.isRevoked()
                ? QStringLiteral("<span class=\"revoked\">") +
                      esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Revoked %1"))
                              .arg(istTime(c.revokedAt))) +
                      QStringLiteral("</span>")
                : esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Active")));
        const QString lastSeen =
            c.lastSeenAt.isValid()
                ? istTime(c.lastSeenAt)
                : esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Never")));
        out += QStringLiteral("<tr><th scope=\"row\">") + esc(c.name) + QStringLiteral("</th><td><code>") +
               esc(c.id) + QStringLiteral("</code></td><td>") + status + QStringLiteral("</td><td>") +
               lastSeen + QStringLiteral("</td><td class=\"n\">") + count(t.transfers, w) +
               QStringLiteral("</td><td class=\"n\">") + money(t.sentPaise, w) +
               QStringLiteral("</td><td class=\"n\">") + count(t.notFinal, w) +
               QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</tbody>\n</table>\n");
}

QString stateSection(const StatusSnapshot& s, const StatusWords& w)
{
    QString out =
        QStringLiteral("<h2>") +
        esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Today by state (%1, IST)"))
                .arg(s.day.toString(Qt::ISODate))) +
        QStringLiteral("</h2>\n");
    QMap<TransferState, QPair<qint64, qint64>> byState; // count, paise
    qint64 allCount = 0;
    qint64 allPaise = 0;
    for (const DayTotal& t : s.today) {
        byState[t.state].first += t.count;
        byState[t.state].second += t.amountPaise;
        allCount += t.count;
        allPaise += t.amountPaise;
    }
    if (byState.isEmpty()) {
        return out + QStringLiteral("<p>") +
               esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "No transfers today."))) +
               QStringLiteral("</p>\n");
    }
    out += numericTable(QStringLiteral("states"),
                        {esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "State"))),
                         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Transfers"))),
                         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Amount")))});
    for (const TransferState state : journal::allTransferStates()) {
        if (!byState.contains(state))
            continue;
        out += QStringLiteral("<tr><th scope=\"row\">") + stateCell(state, w) +
               QStringLiteral("</th><td class=\"n\">") + count(byState[state].first, w) +
               QStringLiteral("</td><td class=\"n\">") + money(byState[state].second, w) +
               QStringLiteral("</td></tr>\n");
    }
    return out + QStringLiteral("</tbody>\n<tfoot><tr><td>") +
           esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "All"))) +
           QStringLiteral("</td><td class=\"n\">") + count(allCount, w) +
           QStringLiteral("</td><td class=\"n\">") + money(allPaise, w) +
           QStringLiteral("</td></tr></tfoot>\n</table>\n");
}

QString unfinishedSection(const StatusSnapshot& s, const StatusWords& w)
{
    QString out =
        QStringLiteral("<h2>") +
        esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Transfers not final yet"))) +
        QStringLiteral("</h2>\n<p>") +
        esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage",
                                     "The gateway keeps asking Eko about these until each outcome is final; "
                                     "a refund pending waits for the agent to claim it."))) +
        QStringLiteral("</p>\n");
    if (s.unfinished.isEmpty()) {
        return out + QStringLiteral("<p id=\"none-open\">") +
               esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage",
                                            "None: every transfer has a final outcome."))) +
               QStringLiteral("</p>\n");
    }
    out += numericTable(QStringLiteral("open"),
                        {esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Created (IST)"))),
                         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Counter"))),
                         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Reference"))),
                         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Product"))),
                         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Amount"))),
                         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "State"))),
                         esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Inquiries"))),
                         QStringLiteral("TID")});
    for (const auto& [t, counterName] : s.unfinished) {
        out += QStringLiteral("<tr><td>") + istTime(t.createdAt) + QStringLiteral("</td><td>") +
               esc(counterName) + QStringLiteral("</td><td><code>") + esc(t.clientRefId) +
               QStringLiteral("</code></td><td>") + esc(railText(t.rail, w)) +
               QStringLiteral("</td><td class=\"n\">") + money(t.amountPaise, w) +
               QStringLiteral("</td><td>") + stateCell(t.state, w) + QStringLiteral("</td><td class=\"n\">") +
               count(t.inquiries, w) + QStringLiteral("</td><td><code>") + esc(t.tid) +
               QStringLiteral("</code></td></tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    if (s.unfinished.size() >= s.unfinishedLimit) {
        out += QStringLiteral("<p>") +
               esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Showing the oldest %1."))
                       .arg(count(s.unfinishedLimit, w))) +
               QStringLiteral("</p>\n");
    }
    return out;
}

} // namespace

StatusWords::StatusWords(DisplayLanguage language, const QTranslator* hindi)
    : m_language(language)
    , m_hindi(hindi)
{}

QString StatusWords::text(const char* source) const
{
    if (m_language == DisplayLanguage::Hindi && m_hindi) {
        const QString translated = m_hindi->translate(kContext, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QByteArray StatusHtml::page(const StatusSnapshot& s, const StatusWords& w)
{
    const QString title =
        w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "CounterDesk gateway status"));
    QString html = head(title, w, true) + QStringLiteral("<header>\n<h1>") + esc(title) +
                   QStringLiteral("</h1>\n<p class=\"meta\">") +
                   esc(w.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage",
                                                "As of %1 IST (refreshed every minute). Read only."))
                           .arg(istTime(s.nowUtc))) +
                   QStringLiteral("</p>\n") + languageLinks(w) + QStringLiteral("</header>\n<main>\n");
    html += countersSection(s, w) + stateSection(s, w) + unfinishedSection(s, w);
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

QByteArray StatusHtml::notice(const QString& title, const QString& message, const StatusWords& w)
{
    return (head(title, w, false) + QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>\n<p>") +
            esc(message) + QStringLiteral("</p>\n") + languageLinks(w) + QStringLiteral("</body>\n</html>\n"))
        .toUtf8();
}

} // namespace counterdesk::gateway
