#include "gateway/CounterAuth.h"

#include "eko/CounterSigner.h"
#include "gateway/CounterSecret.h"

#include <cstdlib>

namespace counterdesk::gateway {

using eko::CounterSigner;

QByteArray CounterAuth::signedTarget(const http::HttpRequest& request)
{
    return request.url.toEncoded();
}

QByteArray CounterAuth::methodName(http::HttpMethod method)
{
    switch (method) {
    case http::HttpMethod::Get:
        return "GET";
    case http::HttpMethod::Post:
        return "POST";
    case http::HttpMethod::Put:
        return "PUT";
    case http::HttpMethod::Delete:
        return "DELETE";
    case http::HttpMethod::Head:
        return "HEAD";
    case http::HttpMethod::Options:
        return "OPTIONS";
    case http::HttpMethod::Patch:
        return "PATCH";
    case http::HttpMethod::Unknown:
        break;
    }
    return {};
}

AuthCheck CounterAuth::check(const http::HttpRequest& request, Ledger& ledger, QByteArrayView counterKey,
                             int maxSkewSeconds, qint64 nowMs)
{
    AuthCheck out;
    const QByteArray id = request.header(CounterSigner::kCounterIdHeader);
    const QByteArray timestamp = request.header(CounterSigner::kTimestampHeader);
    const QByteArray signature = request.header(CounterSigner::kSignatureHeader);
    if (id.isEmpty() || timestamp.isEmpty() || signature.isEmpty() || id.size() > 64) {
        out.refusal = AuthRefusal::MissingHeaders;
        return out;
    }
    bool failed = false;
    const std::optional<CounterRow> counter = ledger.enrolledCounter(QString::fromLatin1(id), &failed);
    if (!counter) {
        // A database that does not answer must not read as "unknown counter".
        if (failed)
            ledger.ping(); // a dropped connection is opened afresh for the next request
        out.refusal = failed ? AuthRefusal::DatabaseDown : AuthRefusal::UnknownCounter;
        return out;
    }
    if (counter->isRevoked()) {
        out.refusal = AuthRefusal::RevokedCounter;
        return out;
    }
    const QByteArray secret = CounterSecret::derive(counterKey, counter->id, counter->salt);
    if (CounterSecret::hash(secret) != counter->secretHash ||
        !CounterSigner::verify(secret, methodName(request.method), signedTarget(request), request.body,
                               timestamp, signature)) {
        out.refusal = AuthRefusal::BadSignature;
        return out;
    }
    bool ok = false;
    const qint64 sentMs = timestamp.toLongLong(&ok);
    if (!ok || std::llabs(nowMs - sentMs) > qint64(maxSkewSeconds) * 1000) {
        out.refusal = AuthRefusal::StaleTimestamp;
        return out;
    }
    out.counter = counter;
    out.signature = signature;
    return out;
}

} // namespace counterdesk::gateway
