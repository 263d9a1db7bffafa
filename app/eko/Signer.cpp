#include "eko/Signer.h"

#include <QMessageAuthenticationCode>

namespace counterdesk::eko {

QByteArray Signer::secretKey(QByteArrayView accessKey, qint64 timestampMs)
{
    // The HMAC key is the Base64 text itself (REFERENCE.md §2.1), not the
    // bytes it decodes to.
    const QByteArray key = accessKey.toByteArray().toBase64();
    const QByteArray message = QByteArray::number(timestampMs);
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64();
}

SignedHeaders Signer::sign(QByteArrayView accessKey, qint64 timestampMs)
{
    // One timestamp value feeds both headers: signing one and sending another
    // is a documented cause of 403.
    return {QByteArray::number(timestampMs), secretKey(accessKey, timestampMs)};
}

QByteArray Signer::signWithRawKey(QByteArrayView accessKey, qint64 timestampMs)
{
    return QMessageAuthenticationCode::hash(QByteArray::number(timestampMs), accessKey.toByteArray(),
                                            QCryptographicHash::Sha256)
        .toBase64();
}

} // namespace counterdesk::eko
