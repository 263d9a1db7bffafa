// TLS files: every PEM file CounterDesk reads for TLS goes through here.
// - Certificates: a listener's chain (counterdesk-gateway's tls_cert, the
//   sandbox's --tls-cert), or the certificates a client trusts besides the
//   system's (a Gateway profile's ca_file, the gateway's eko_ca_file, kept in
//   eko::ClientConfig::trustedCaCertificates).
// - A listener's unencrypted RSA or EC private key (tls_key, --tls-key).
// The loaders say why they refused in English, for support and operators;
// the caller names the setting the file came from.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <optional>

namespace counterdesk::http {

// Every certificate of the file; nullopt when it cannot be read or holds none.
std::optional<QList<QSslCertificate>> loadCertificates(const QString& path, QString* why = nullptr);
// nullopt when the file cannot be read or holds no unencrypted PEM RSA or EC key.
std::optional<QSslKey> loadPrivateKey(const QString& path, QString* why = nullptr);
// The TLS side of an http::HttpListener. Clients are not asked for a
// certificate: counters prove themselves by signature.
QSslConfiguration serverTls(const QList<QSslCertificate>& chain, const QSslKey& key);

} // namespace counterdesk::http
