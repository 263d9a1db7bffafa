// GatewayConfig: counterdesk-gateway's INI file (docs/gateway.md "Configuration").
//
// Every mistake is found here, before anything listens or writes, and named
// in one line that says which key and why, so an operator reading journald
// can fix it without the source. The Eko keys are read here too (KeysFile):
// a key file that group or others can read is refused.
#pragma once

#include "eko/EkoTypes.h"

#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace counterdesk::gateway {

struct GatewayLimits
{
    int requestsPerMinute = 600;   // per counter, every call
    int concurrentInitiates = 2;   // per counter, Initiates not yet answered
    int maxClockSkewSeconds = 300; // counter-timestamp vs the gateway's clock
    int ekoTimeoutMs = 30000;      // per HTTP attempt to Eko
    // How long the answer to a call that moves no money may wait in memory
    // before its event is written with others (0: each at once).
    int eventBatchMs = 20;
};

struct GatewayConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8443;
    QString database; // a libpq connection string
    QUrl ekoBaseUrl;
    // eko_ca_file: certificates trusted for eko_base_url besides the system's
    // (a test double with its own certificate; Eko itself needs none).
    QList<QSslCertificate> ekoTrustedCa;
    // eko_proxy: an HTTP proxy the forwards to Eko go through (CONNECT), where
    // the partner's network lets only its proxy out; NoProxy when unset.
    QNetworkProxy ekoProxy{QNetworkProxy::NoProxy};
    eko::Credentials eko;  // developer and access key (from the keys file), initiator_id, user_code
    QByteArray counterKey; // derives each counter's secret (CounterSecret); from the keys file
    std::optional<QSslConfiguration> tls; // from tls_cert and tls_key, read once at load
    GatewayLimits limits;

    bool usesTls() const { return tls.has_value(); }
};

struct GatewayConfigLoad
{
    GatewayConfig config;
    QString error; // one line, English; empty when the file is good
    bool ok() const { return error.isEmpty(); }
};

// needKeys: `serve` needs the Eko keys; every command needs the counter key.
GatewayConfigLoad loadGatewayConfig(const QString& path, bool needEkoKeys);

} // namespace counterdesk::gateway
