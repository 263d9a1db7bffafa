#include "gateway/StatusPage.h"

#include "gateway/GatewayReplies.h"
#include "gateway/Ledger.h"
#include "gateway/StatusHtml.h"
#include "history/IstDay.h"
#include "i18n/Catalogue.h"

#include <QDateTime>

namespace counterdesk::gateway {

namespace {

http::HttpReply htmlReply(int status, const QByteArray& body, DisplayLanguage language)
{
    http::HttpReply reply = GatewayReplies::text(status, "text/html; charset=utf-8", body);
    reply.extraHeaders += {
        {"Cache-Control", "no-store"},
        {"Content-Language", language == DisplayLanguage::Hindi ? "hi" : "en"},
        {"Vary", "Accept-Language, Authorization"},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        // Inline style only: nothing else may load or run.
        {"Content-Security-Policy",
         "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
         "frame-ancestors 'none'"},
    };
    return reply;
}

// The ledger did not answer: a notice, never the page.
http::HttpReply ledgerDown(const StatusWords& words, DisplayLanguage language)
{
    return htmlReply(
        503,
        StatusHtml::notice(
            words.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "The ledger does not answer")),
            words.text(
                QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage",
                                  "The gateway cannot read its database just now. Try again shortly.")),
            words),
        language);
}

std::optional<DisplayLanguage> languageCode(QByteArrayView tag)
{
    const QByteArray primary = tag.toByteArray().trimmed().toLower().split('-').value(0);
    if (primary == "hi")
        return DisplayLanguage::Hindi;
    if (primary == "en")
        return DisplayLanguage::English;
    return std::nullopt;
}

} // namespace

StatusPage::StatusPage()
{
    i18n::load(m_hindi, QStringLiteral("hi"));
}

DisplayLanguage StatusPage::languageFor(const http::HttpRequest& request)
{
    if (const auto asked = languageCode(request.query().queryItemValue(QStringLiteral("lang")).toLatin1()))
        return *asked;
    std::optional<DisplayLanguage> best;
    double bestQ = 0;
    for (const QByteArray& entry : request.header("accept-language").split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const std::optional<DisplayLanguage> language = languageCode(parts.value(0));
        double q = 1;
        for (const QByteArray& p : parts.mid(1)) {
            const QByteArray param = p.trimmed();
            if (param.startsWith("q="))
                q = param.mid(2).toDouble();
        }
        if (language && q > bestQ) {
            best = language;
            bestQ = q;
        }
    }
    return best.value_or(DisplayLanguage::English);
}

http::HttpReply StatusPage::answer(const http::HttpRequest& request, Ledger& ledger)
{
    const DisplayLanguage language = languageFor(request);
    const StatusWords words(language, &m_hindi);
    switch (m_auth.check(request, ledger, QDateTime::currentMSecsSinceEpoch())) {
    case AdminCheck::Accepted:
        break;
    case AdminCheck::Missing:
    case AdminCheck::Refused: {
        http::HttpReply reply = htmlReply(
            401,
            StatusHtml::notice(
                words.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Admin sign-in needed")),
                words.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage",
                                             "This page needs an admin name and password (set with "
                                             "counterdesk-gateway admin set-password).")),
                words),
            language);
        reply.extraHeaders.append(
            qMakePair(QByteArray("WWW-Authenticate"),
                      QByteArray("Basic realm=\"CounterDesk gateway\", charset=\"UTF-8\"")));
        return reply;
    }
    case AdminCheck::Throttled: {
        http::HttpReply reply = htmlReply(
            429,
            StatusHtml::notice(
                words.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Too many wrong passwords")),
                words.text(QT_TRANSLATE_NOOP("counterdesk::gateway::StatusPage", "Try again in a minute.")),
                words),
            language);
        reply.extraHeaders.append(qMakePair(QByteArray("Retry-After"), QByteArray("60")));
        return reply;
    }
    case AdminCheck::DatabaseDown:
        // Never on to the page: the credential was not checked.
        return ledgerDown(words, language);
    }
    StatusSnapshot s;
    s.nowUtc = QDateTime::currentDateTimeUtc();
    s.day = history::IstDay::dayOf(s.nowUtc);
    s.unfinishedLimit = kUnfinishedLimit;
    const bool up = ledger.ping();
    const auto today =
        up ? ledger.dayTotals(history::IstDay::start(s.day), history::IstDay::end(s.day)) : std::nullopt;
    const auto unfinished = today ? ledger.unfinishedTransfers(kUnfinishedLimit) : std::nullopt;
    const auto counters = unfinished ? ledger.counters() : std::nullopt;
    if (!counters)
        return ledgerDown(words, language);
    s.counters = *counters;
    s.today = *today;
    s.unfinished = *unfinished;
    return htmlReply(200, StatusHtml::page(s, words), language);
}

} // namespace counterdesk::gateway
