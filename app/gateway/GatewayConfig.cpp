#include "gateway/GatewayConfig.h"

#include "eko/EndpointTable.h"
#include "gateway/KeysFile.h"
#include "http/ServerTls.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSslCertificate>
#include <QSslKey>

namespace counterdesk::gateway {

namespace {

const QStringList kKnownKeys = {
    QStringLiteral("listen"),
    QStringLiteral("database"),
    QStringLiteral("eko_base_url"),
    QStringLiteral("eko_keys_file"),
    QStringLiteral("eko_ca_file"),
    QStringLiteral("eko_proxy"),
    QStringLiteral("initiator_id"),
    QStringLiteral("user_code"),
    QStringLiteral("tls_cert"),
    QStringLiteral("tls_key"),
    QStringLiteral("requests_per_minute"),
    QStringLiteral("concurrent_initiates"),
    QStringLiteral("max_clock_skew"),
    QStringLiteral("eko_timeout"),
    QStringLiteral("event_batch_ms"),
};

// "127.0.0.1:8443", "[::1]:8443", "0.0.0.0:443".
bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = static_cast<quint16>(p);
    return true;
}

bool readWhole(const QSettings& ini, const QString& key, int lowest, int* out, QString* error)
{
    if (!ini.contains(key))
        return true;
    bool ok = false;
    const int value = ini.value(key).toString().toInt(&ok);
    if (!ok || value < lowest) {
        *error = QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                             "[gateway] %1 = %2: expected a whole number of %3 or more")
                     .arg(key, ini.value(key).toString())
                     .arg(lowest);
        return false;
    }
    *out = value;
    return true;
}

bool readPositive(const QSettings& ini, const QString& key, int* out, QString* error)
{
    return readWhole(ini, key, 1, out, error);
}

} // namespace

GatewayConfigLoad loadGatewayConfig(const QString& path, bool needEkoKeys)
{
    GatewayConfigLoad load;
    GatewayConfig& c = load.config;
    if (path.isEmpty()) {
        load.error = QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                                 "no configuration: pass --config FILE");
        return load;
    }
    if (!QFileInfo(path).isFile()) {
        load.error = QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                                 "configuration %1: no such file")
                         .arg(path);
        return load;
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        load.error = QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                                 "configuration %1: not an INI file")
                         .arg(path);
        return load;
    }
    if (!ini.childGroups().contains(QStringLiteral("gateway"))) {
        load.error = QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                                 "configuration %1: no [gateway] section")
                         .arg(path);
        return load;
    }
    ini.beginGroup(QStringLiteral("gateway"));
    for (const QString& key : ini.childKeys()) {
        if (!kKnownKeys.contains(key)) {
            load.error = QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                                     "[gateway] %1: unknown key (a typo?)")
                             .arg(key);
            return load;
        }
    }
    const auto text = [&ini](const char* key) {
        return ini.value(QLatin1String(key)).toString().trimmed();
    };

    if (ini.contains(QStringLiteral("listen")) &&
        !parseListen(text("listen"), &c.listenAddress, &c.listenPort)) {
        load.error =
            QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                        "[gateway] listen = %1: expected ADDRESS:PORT, e.g. 127.0.0.1:8443")
                .arg(text("listen"));
        return load;
    }
    c.database = text("database");
    if (c.database.isEmpty()) {
        load.error =
            QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                        "[gateway] database is not set (a libpq connection string, e.g. "
                                        "\"host=/run/postgresql dbname=counterdesk\")");
        return load;
    }
    c.ekoBaseUrl = QUrl(text("eko_base_url"), QUrl::StrictMode);
    if (!c.ekoBaseUrl.isValid() || c.ekoBaseUrl.isRelative() || c.ekoBaseUrl.host().isEmpty()) {
        load.error =
            QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                        "[gateway] eko_base_url = %1: expected an absolute URL such as "
                                        "https://api.eko.in:25002/ekoicici/v3")
                .arg(text("eko_base_url"));
        return load;
    }
    if (!eko::EndpointTable::isAllowedUrl(c.ekoBaseUrl)) {
        load.error = QCoreApplication::translate(
                         "counterdesk::gateway::GatewayConfig",
                         "[gateway] eko_base_url = %1: must be https:// (plain http only to loopback)")
                         .arg(c.ekoBaseUrl.toDisplayString());
        return load;
    }
    if (const QString caFile = text("eko_ca_file"); !caFile.isEmpty()) {
        QString why;
        const std::optional<QList<QSslCertificate>> trusted = http::loadCertificates(caFile, &why);
        if (!trusted) {
            load.error = QStringLiteral("[gateway] eko_ca_file = %1: %2").arg(caFile, why);
            return load;
        }
        c.ekoTrustedCa = *trusted;
    }
    if (const QString proxy = text("eko_proxy"); !proxy.isEmpty()) {
        const QUrl url(proxy, QUrl::StrictMode);
        if (url.scheme() != QLatin1String("http") || url.host().isEmpty() || url.port() <= 0 ||
            !url.userInfo().isEmpty() || !(url.path().isEmpty() || url.path() == QLatin1String("/"))) {
            load.error =
                QCoreApplication::translate(
                    "counterdesk::gateway::GatewayConfig",
                    "[gateway] eko_proxy = %1: expected http://HOST:PORT, an HTTP proxy that needs no "
                    "password (allow this server at the proxy)")
                    // Never a password in the message (it goes to the journal).
                    .arg(url.isValid() ? url.toDisplayString(QUrl::RemoveUserInfo) : proxy.section(u'@', -1));
            return load;
        }
        c.ekoProxy = QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), static_cast<quint16>(url.port()));
    }
    c.eko.initiatorId = text("initiator_id");
    c.eko.userCode = text("user_code");
    if (c.eko.initiatorId.isEmpty()) {
        load.error = QCoreApplication::translate(
            "counterdesk::gateway::GatewayConfig",
            "[gateway] initiator_id is not set (the partner's registered mobile)");
        return load;
    }
    if (c.eko.userCode.isEmpty()) {
        load.error = QCoreApplication::translate(
            "counterdesk::gateway::GatewayConfig",
            "[gateway] user_code is not set (the default retailer code for counters "
            "added without --user-code)");
        return load;
    }
    const QString certFile = text("tls_cert");
    const QString keyFile = text("tls_key");
    if (certFile.isEmpty() != keyFile.isEmpty()) {
        load.error =
            QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                        "[gateway] tls_cert and tls_key go together: set both or neither");
        return load;
    }
    if (!certFile.isEmpty()) {
        const std::optional<QList<QSslCertificate>> chain = http::loadCertificates(certFile);
        if (!chain) {
            load.error =
                QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                            "[gateway] tls_cert = %1: not a readable PEM certificate")
                    .arg(certFile);
            return load;
        }
        QString why;
        const std::optional<QSslKey> key = http::loadPrivateKey(keyFile, &why);
        if (!key) {
            load.error = QStringLiteral("[gateway] tls_key = %1: %2").arg(keyFile, why);
            return load;
        }
        c.tls = http::serverTls(*chain, *key);
    } else if (!c.listenAddress.isLoopback()) {
        load.error = QCoreApplication::translate(
                         "counterdesk::gateway::GatewayConfig",
                         "[gateway] listen = %1: plain HTTP only on loopback; set tls_cert and tls_key")
                         .arg(c.listenAddress.toString());
        return load;
    }
    int skew = c.limits.maxClockSkewSeconds;
    int timeoutSeconds = c.limits.ekoTimeoutMs / 1000;
    if (!readPositive(ini, QStringLiteral("requests_per_minute"), &c.limits.requestsPerMinute, &load.error) ||
        !readPositive(ini, QStringLiteral("concurrent_initiates"), &c.limits.concurrentInitiates,
                      &load.error) ||
        !readPositive(ini, QStringLiteral("max_clock_skew"), &skew, &load.error) ||
        !readPositive(ini, QStringLiteral("eko_timeout"), &timeoutSeconds, &load.error) ||
        !readWhole(ini, QStringLiteral("event_batch_ms"), 0, &c.limits.eventBatchMs, &load.error))
        return load;
    c.limits.maxClockSkewSeconds = skew;
    c.limits.ekoTimeoutMs = timeoutSeconds * 1000;

    const KeysFileRead keys = KeysFile::read(text("eko_keys_file"));
    if (!keys.error.isEmpty()) {
        load.error = keys.error;
        return load;
    }
    c.counterKey = keys.values.value(QStringLiteral("counter_key"));
    if (c.counterKey.size() < 32) {
        load.error = QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                                 "%1: counter_key= is missing or shorter than 32 characters "
                                                 "(make one with: head -c 32 /dev/urandom | base64)")
                         .arg(keys.path);
        return load;
    }
    c.eko.developerKey = QString::fromLatin1(keys.values.value(QStringLiteral("developer_key")));
    c.eko.accessKey = keys.values.value(QStringLiteral("access_key"));
    if (needEkoKeys && (c.eko.developerKey.isEmpty() || c.eko.accessKey.isEmpty())) {
        load.error = QCoreApplication::translate("counterdesk::gateway::GatewayConfig",
                                                 "%1: developer_key= and access_key= are both needed")
                         .arg(keys.path);
        return load;
    }
    return load;
}

} // namespace counterdesk::gateway
