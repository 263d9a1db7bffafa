#include "http/ServerTls.h"

#include <QCoreApplication>
#include <QFile>

namespace counterdesk::http {

std::optional<QList<QSslCertificate>> loadCertificates(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = file.errorString();
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("counterdesk::http::ServerTls", "no PEM certificate in %1")
                       .arg(path);
        return std::nullopt;
    }
    return certificates;
}

std::optional<QSslKey> loadPrivateKey(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = QCoreApplication::translate("counterdesk::http::ServerTls", "cannot be read");
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec);
    if (key.isNull()) {
        if (why)
            *why = QCoreApplication::translate("counterdesk::http::ServerTls",
                                               "not an unencrypted PEM RSA or EC key");
        return std::nullopt;
    }
    return key;
}

QSslConfiguration serverTls(const QList<QSslCertificate>& chain, const QSslKey& key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

} // namespace counterdesk::http
