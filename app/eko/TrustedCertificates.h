// TrustedCertificates: the certificates of a PEM file that an Eko client is
// to trust besides the system's (eko::ClientConfig::trustedCaCertificates):
// a partner's own CA on a counter's Gateway profile (ca_file), or the test
// double's certificate behind a gateway (eko_ca_file).
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <optional>

namespace counterdesk::eko {

// Every certificate of the file, or nullopt (and why, in English for
// support) when it is unreadable or holds none.
std::optional<QList<QSslCertificate>> loadCaCertificates(const QString& path, QString* why = nullptr);

} // namespace counterdesk::eko
