#include "gateway/CounterSecret.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace counterdesk::gateway {

namespace {
QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}
} // namespace

QString CounterSecret::newCounterId()
{
    return QStringLiteral("ctr_") + randomHex(8);
}

QString CounterSecret::newSalt()
{
    return randomHex(16);
}

QByteArray CounterSecret::derive(QByteArrayView counterKey, const QString& counterId, const QString& salt)
{
    const QByteArray message =
        "counterdesk-gateway counter secret\n" + counterId.toUtf8() + '\n' + salt.toUtf8();
    const QByteArray mac =
        QMessageAuthenticationCode::hash(message, counterKey.toByteArray(), QCryptographicHash::Sha256);
    return "cds_" + mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString CounterSecret::hash(QByteArrayView secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

} // namespace counterdesk::gateway
