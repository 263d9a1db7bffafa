#include "profile/ClientFactory.h"

#include "http/ServerTls.h"
#include "profile/BuiltInProfiles.h"
#include "secrets/SecretStore.h"
#include "security/LogRedactor.h"
#include "security/SecureZero.h"

#include <QSslCertificate>
#include <QTimer>
#include <optional>

namespace counterdesk::profile {

namespace {

void wipe(eko::Credentials& keys)
{
    security::SecureZero::clear(keys.developerKey);
    security::SecureZero::clear(keys.accessKey);
    security::SecureZero::clear(keys.counterSecret);
}

// The profile's secrets while their reads are under way; wiped whatever happens.
struct PendingKeys
{
    eko::Credentials keys;
    int left = 0;
    ~PendingKeys() { wipe(keys); }
};

// Where a secret read from the store goes, unless one was typed.
void keep(eko::Credentials& keys, secrets::SecretKind kind, const QByteArray& value)
{
    switch (kind) {
    case secrets::SecretKind::DeveloperKey:
        if (keys.developerKey.isEmpty())
            keys.developerKey = QString::fromUtf8(value);
        return;
    case secrets::SecretKind::AccessKey:
        if (keys.accessKey.isEmpty())
            keys.accessKey = value;
        return;
    case secrets::SecretKind::CounterSecret:
        if (keys.counterSecret.isEmpty())
            keys.counterSecret = value;
        return;
    }
}

} // namespace

ClientFactory::ClientFactory(secrets::SecretStore* secrets, QNetworkAccessManager* network)
    : m_secrets(secrets)
    , m_network(network)
{
    Q_ASSERT(m_secrets);
    Q_ASSERT(m_network);
}

void ClientFactory::create(const ConnectionProfile& profile, const QUrl& sandboxBaseUrl, Done done,
                           eko::Credentials typed) const
{
    auto pending = std::make_shared<PendingKeys>();
    pending->keys.developerKey = typed.developerKey;
    pending->keys.accessKey = typed.accessKey;
    pending->keys.counterSecret = typed.counterSecret;
    wipe(typed);
    // A copy of the two pointers: the factory object itself may be gone by
    // the time the keychain answers.
    const ClientFactory factory = *this;
    if (!profile.needsSecrets()) {
        // Nothing to read, but the answer still comes from the event loop,
        // like a keychain's would, so callers have one path to get right.
        QTimer::singleShot(0, m_secrets, [factory, profile, sandboxBaseUrl, done, pending] {
            factory.finish(profile, pending->keys, sandboxBaseUrl, done);
        });
        return;
    }
    const auto arrived = [factory, profile, sandboxBaseUrl, done, pending] {
        if (--pending->left == 0)
            factory.finish(profile, pending->keys, sandboxBaseUrl, done);
    };
    const QList<secrets::SecretKind> kinds = profile.secretKinds();
    pending->left = int(kinds.size());
    for (const secrets::SecretKind kind : kinds) {
        m_secrets->read(profile.name, kind, [pending, arrived, kind](const secrets::SecretRead& read) {
            QByteArray value = read.value;
            keep(pending->keys, kind, value);
            security::SecureZero::clear(value);
            arrived();
        });
    }
}

void ClientFactory::finish(const ConnectionProfile& profile, eko::Credentials& keys,
                           const QUrl& sandboxBaseUrl, const Done& done) const
{
    ClientConfigBuild build = configFor(profile, keys, sandboxBaseUrl);
    ClientBuild out;
    out.error = build.error;
    if (build.ok())
        out.client = std::make_unique<eko::EkoClient>(m_network, build.config);
    wipe(build.config.credentials);
    done(std::move(out));
}

ClientConfigBuild ClientFactory::configFor(const ConnectionProfile& profile, eko::Credentials& keys,
                                           const QUrl& sandboxBaseUrl)
{
    if (profile.isGateway())
        return gatewayConfigFor(profile, keys);
    if (profile.isTraining()) {
        // The sandbox accepts only the public UAT keys (BuiltInProfiles).
        wipe(keys);
        keys.developerKey = BuiltInProfiles::uatDeveloperKey();
        keys.accessKey = BuiltInProfiles::uatAccessKey();
    } else if (profile.kind == ProfileKind::Uat) {
        // UAT comes with Eko's public staging keys (REFERENCE.md §2.3) until
        // the partner enters their own.
        if (keys.developerKey.isEmpty())
            keys.developerKey = BuiltInProfiles::uatDeveloperKey();
        if (keys.accessKey.isEmpty())
            keys.accessKey = BuiltInProfiles::uatAccessKey();
    }
    // Registered before anything else can go wrong: once read, a key must
    // never reach a log, whether or not a client is made with it.
    security::LogRedactor::addSecret(keys.developerKey);
    security::LogRedactor::addSecret(keys.accessKey);

    ClientConfigBuild out;
    out.error = [&] {
        const QUrl base = profile.isTraining() ? sandboxBaseUrl : profile.baseUrl;
        if (const ClientConfigError error = fillAddress(out.config, profile, base);
            error != ClientConfigError::None)
            return error;
        if (keys.developerKey.isEmpty() || keys.accessKey.isEmpty())
            return ClientConfigError::NoCredentials;
        out.config.credentials.developerKey = keys.developerKey;
        out.config.credentials.accessKey = keys.accessKey;
        out.config.credentials.initiatorId = profile.initiatorId;
        out.config.credentials.userCode = profile.userCode;
        return ClientConfigError::None;
    }();
    wipe(keys);
    return out;
}

// A counter of a partner's gateway: no Eko key, whatever was typed or kept;
// its own id and secret sign (docs/gateway.md), and the gateway adds the Eko
// identity, so the profile's initiator_id and user_code are never sent.
ClientConfigBuild ClientFactory::gatewayConfigFor(const ConnectionProfile& profile, eko::Credentials& keys)
{
    security::LogRedactor::addSecret(keys.counterSecret);
    ClientConfigBuild out;
    out.error = [&] {
        if (const ClientConfigError error = fillAddress(out.config, profile, profile.baseUrl);
            error != ClientConfigError::None)
            return error;
        if (profile.counterId.isEmpty())
            return ClientConfigError::NoCounterId;
        if (!profile.caFile.isEmpty()) {
            const std::optional<QList<QSslCertificate>> trusted = http::loadCertificates(profile.caFile);
            if (!trusted)
                return ClientConfigError::BadCaFile;
            out.config.trustedCaCertificates = *trusted;
        }
        if (keys.counterSecret.isEmpty())
            return ClientConfigError::NoCounterSecret;
        out.config.credentials.signedBy = eko::SignedBy::GatewayCounter;
        out.config.credentials.counterId = profile.counterId;
        out.config.credentials.counterSecret = keys.counterSecret;
        return ClientConfigError::None;
    }();
    wipe(keys);
    return out;
}

// What every profile's client shares: the checked address, the endpoint
// table (the gateway serves Eko's paths under its own base URL), the
// timeout and the profile it belongs to.
ClientConfigError ClientFactory::fillAddress(eko::ClientConfig& config, const ConnectionProfile& profile,
                                             const QUrl& base)
{
    if (!base.isValid() || base.host().isEmpty())
        return ClientConfigError::NoBaseUrl;
    if (!eko::EndpointTable::isAllowedUrl(base))
        return ClientConfigError::InsecureUrl;
    eko::EndpointTable table = eko::EndpointTable::builtIn();
    if (!profile.endpointsFile.isEmpty()) {
        const eko::EndpointTableLoad load = eko::EndpointTable::fromFile(profile.endpointsFile, &table);
        if (!load.ok())
            return ClientConfigError::BadEndpointsFile;
        table = load.table;
    }
    table.setBaseUrl(base);
    config.endpoints = table;
    config.timeoutMs = profile.timeoutSeconds * 1000;
    config.profileName = profile.name;
    config.profileKind = profile.kind;
    return ClientConfigError::None;
}

} // namespace counterdesk::profile
