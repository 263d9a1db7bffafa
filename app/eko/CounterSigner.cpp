#include "eko/CounterSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace counterdesk::eko {

namespace {

bool equalInConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false; // the length of a base64 HMAC is public anyway
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

QByteArray CounterSigner::message(QByteArrayView method, QByteArrayView pathAndQuery, QByteArrayView body,
                                  qint64 timestampMs)
{
    QByteArray text;
    text.append(method).append('\n');
    text.append(pathAndQuery).append('\n');
    text.append(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()).append('\n');
    text.append(QByteArray::number(timestampMs));
    return text;
}

QByteArray CounterSigner::signature(QByteArrayView secret, QByteArrayView method, QByteArrayView pathAndQuery,
                                    QByteArrayView body, qint64 timestampMs)
{
    return QMessageAuthenticationCode::hash(message(method, pathAndQuery, body, timestampMs),
                                            secret.toByteArray(), QCryptographicHash::Sha256)
        .toBase64();
}

CounterSignedHeaders CounterSigner::sign(QByteArrayView counterId, QByteArrayView secret,
                                         QByteArrayView method, QByteArrayView pathAndQuery,
                                         QByteArrayView body, qint64 timestampMs)
{
    return {counterId.toByteArray(), QByteArray::number(timestampMs),
            signature(secret, method, pathAndQuery, body, timestampMs)};
}

bool CounterSigner::verify(QByteArrayView secret, QByteArrayView method, QByteArrayView pathAndQuery,
                           QByteArrayView body, QByteArrayView timestamp, QByteArrayView signatureSent)
{
    bool ok = false;
    const qint64 timestampMs = timestamp.toByteArray().toLongLong(&ok);
    if (!ok || secret.isEmpty())
        return false;
    return equalInConstantTime(signature(secret, method, pathAndQuery, body, timestampMs), signatureSent);
}

} // namespace counterdesk::eko
