// StatusPage: `GET /`, the partner's back office's read-only view of the
// gateway (docs/gateway.md "Status page"): its counters (last seen, revoked),
// today's totals per counter and per state, and the transfers not final yet.
//
// Behind an admin credential (AdminAuth: HTTP Basic, 401 with
// WWW-Authenticate until given). English, or Hindi by `?lang=hi` or the
// browser's Accept-Language. The answer is never cached and may not be
// framed; the page runs no script (StatusHtml).
#pragma once

#include "gateway/AdminAuth.h"
#include "http/HttpReply.h"
#include "http/HttpRequest.h"
#include "money/DisplayLanguage.h"

#include <QTranslator>

namespace counterdesk::gateway {

class Ledger;

class StatusPage
{
public:
    StatusPage();

    // Used on one thread only (the gateway's operator thread), with its ledger.
    http::HttpReply answer(const http::HttpRequest& request, Ledger& ledger);

    // `?lang=hi|en` first, else the first of hi and en in Accept-Language
    // (by its q values), else English.
    static DisplayLanguage languageFor(const http::HttpRequest& request);
    // The most unfinished transfers listed (oldest first).
    static constexpr int kUnfinishedLimit = 200;

private:
    AdminAuth m_auth;
    QTranslator m_hindi;
};

} // namespace counterdesk::gateway
