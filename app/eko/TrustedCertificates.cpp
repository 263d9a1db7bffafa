#include "eko/TrustedCertificates.h"

#include <QFile>

namespace counterdesk::eko {

std::optional<QList<QSslCertificate>> loadCaCertificates(const QString& path, QString* why)
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
            *why = QStringLiteral("no PEM certificate in ") + path;
        return std::nullopt;
    }
    return certificates;
}

} // namespace counterdesk::eko
