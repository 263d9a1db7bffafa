// RequestAuthenticator: the one place that decides which credential headers
// a request carries, by Credentials::signedBy.
//
//  - EkoKeys: developer_key, secret-key and secret-key-timestamp
//    (REFERENCE.md §2.1), as Eko expects them.
//  - GatewayCounter: counter-id, counter-timestamp and counter-signature
//    (docs/gateway.md), signed by CounterSigner over the method, the request
//    target and the very body bytes that are sent. No Eko key at all: a
//    counter never holds one.
//
// The timestamp is the caller's server-corrected time (ClockSkew), the same
// for both kinds.
#pragma once

#include "eko/EkoTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QNetworkRequest>
#include <QUrl>

namespace counterdesk::eko {

class RequestAuthenticator
{
public:
    static void apply(QNetworkRequest& request, const Credentials& credentials, QByteArrayView method,
                      QByteArrayView body, qint64 timestampMs);
    // The request target as QNetworkAccessManager writes it on the request
    // line (path and query, percent-encoded, dot segments removed): what the
    // gateway sees and verifies the signature against.
    static QByteArray requestTarget(const QUrl& url);
};

} // namespace counterdesk::eko
