#include "http/ServerTls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace counterdesk::http {

std::optional<QSslConfiguration> serverTls(const QString& certFile, const QString& keyFile, QString* why)
{
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("the TLS certificate or key cannot be read");
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&cert, QSsl::Pem);
    const QByteArray pem = key.readAll();
    QSslKey privateKey(pem, QSsl::Rsa);
    if (privateKey.isNull())
        privateKey = QSslKey(pem, QSsl::Ec);
    if (chain.isEmpty() || privateKey.isNull()) {
        *why = QStringLiteral("no PEM certificate in %1 or no RSA or EC key in %2").arg(certFile, keyFile);
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(privateKey);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

} // namespace counterdesk::http
