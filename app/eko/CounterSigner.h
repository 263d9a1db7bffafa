// CounterSigner: how a counter proves itself to counterdesk-gateway, and how
// the gateway checks it (docs/gateway.md, "Counter authentication").
//
// A counter never holds Eko's keys. It signs every request with its own
// secret, issued once by `counterdesk-gateway counter add`:
//
//   counter-signature = base64(HMAC-SHA256(key = the secret's text,
//       message = METHOD "\n" PATH?QUERY "\n" hex(SHA-256(body)) "\n" ms timestamp))
//
// The method, path and body are signed so a captured request cannot be
// turned into another call; the millisecond timestamp (the same value in
// counter-timestamp) lets the gateway refuse stale requests and, with the
// signature itself, replays. Both sides use this one class, so the counter
// and the gateway can never disagree on the message.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace counterdesk::eko {

struct CounterSignedHeaders
{
    QByteArray counterId; // sent as counter-id
    QByteArray timestamp; // 13 digits, sent as counter-timestamp
    QByteArray signature; // sent as counter-signature
};

class CounterSigner
{
public:
    static constexpr char kCounterIdHeader[] = "counter-id";
    static constexpr char kTimestampHeader[] = "counter-timestamp";
    static constexpr char kSignatureHeader[] = "counter-signature";

    // The exact bytes that are signed. pathAndQuery is the request target as
    // sent on the request line ("/ekoapi/v3/customer/...?...").
    static QByteArray message(QByteArrayView method, QByteArrayView pathAndQuery, QByteArrayView body,
                              qint64 timestampMs);
    static QByteArray signature(QByteArrayView secret, QByteArrayView method, QByteArrayView pathAndQuery,
                                QByteArrayView body, qint64 timestampMs);
    static CounterSignedHeaders sign(QByteArrayView counterId, QByteArrayView secret, QByteArrayView method,
                                     QByteArrayView pathAndQuery, QByteArrayView body, qint64 timestampMs);
    // The gateway's check: recomputes the signature and compares in constant
    // time (a byte-by-byte early exit would leak how much of a guess was right).
    static bool verify(QByteArrayView secret, QByteArrayView method, QByteArrayView pathAndQuery,
                       QByteArrayView body, QByteArrayView timestamp, QByteArrayView signatureSent);
};

} // namespace counterdesk::eko
