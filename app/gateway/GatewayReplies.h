// GatewayReplies: the answers the gateway makes itself, shaped like Eko's so
// a counter's ResponseClassifier reads them as it reads Eko's.
//
// What each proves to the counter matters more than its wording (DESIGN.md
// "What an error answer proves"):
//  - authRefused: HTTP 403 with Eko's JSON envelope (status 403): the same
//    "refused before anything was done" as Eko's own authentication 403
//    (ResponseClassifier::isEkoAuthRefusal), plus gateway_error naming the
//    cause for support. The Date header lets the counter correct its clock.
//  - inProgress: a known Initiate whose outcome the ledger does not hold yet:
//    tx_status 2, so the counter's row stays PENDING and it inquires.
//  - notFound: status 168 "TID does not exist", as Eko says of a reference
//    it never received (also for another counter's transfer: no leak).
//  - noAnswer: 504 without an envelope: the outcome is unknown, inquire.
#pragma once

#include "http/HttpReply.h"

#include <QString>

namespace counterdesk::gateway {

// DatabaseDown is not a refusal of the counter: it is answered 503 without an
// envelope (nothing was forwarded; the counter's outcome is unknown and it asks again).
enum class AuthRefusal {
    MissingHeaders,
    UnknownCounter,
    RevokedCounter,
    BadSignature,
    StaleTimestamp,
    Replayed,
    DatabaseDown
};

QString authRefusalName(AuthRefusal cause); // "stale_timestamp", ...

class GatewayReplies
{
public:
    static http::HttpReply authRefused(AuthRefusal cause);
    static http::HttpReply tooManyRequests(int retryAfterSeconds, const QString& which);
    static http::HttpReply inProgress(const QString& clientRefId);
    static http::HttpReply notFound();
    static http::HttpReply refundRefused(const QString& tid);
    static http::HttpReply noAnswer(const QString& why);
    static http::HttpReply ledgerUnavailable();
    static http::HttpReply badRequest(const QString& why);
    static http::HttpReply unknownPath(const QString& path);
    // Eko's answer passed on verbatim.
    static http::HttpReply passOn(int httpStatus, const QByteArray& body);
    static http::HttpReply text(int status, const QByteArray& contentType, const QByteArray& body);
};

} // namespace counterdesk::gateway
