// ServerTls: the TLS side of a listener (http::HttpListener) from a PEM
// certificate chain and its private key (RSA or EC), as counterdesk-gateway's
// tls_cert/tls_key and the sandbox's --tls-cert/--tls-key name them. Clients
// are not asked for a certificate: counters prove themselves by signature.
#pragma once

#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace counterdesk::http {

// nullopt, and why (English, for an operator), when a file cannot be read or
// holds no certificate or key.
std::optional<QSslConfiguration> serverTls(const QString& certFile, const QString& keyFile, QString* why);

} // namespace counterdesk::http
