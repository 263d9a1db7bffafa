#include "profile/ClientFactory.h"

#include "profile/BuiltInProfiles.h"
#include "secrets/SecretStore.h"
#include "security/LogRedactor.h"
#include "security/SecureZero.h"

#include <QTimer>

namespace counterdesk::profile {

namespace {

void wipe(eko::Credentials& keys)
{
    security::SecureZero::clear(keys.developerKey);
    security::SecureZero::clear(keys.accessKey);
}

// The two keys while their reads are under way; wiped whatever happens.
struct PendingKeys
{
    eko::Credentials keys;
    int left = 2;
    ~PendingKeys() { wipe(keys); }
};

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
    m_secrets->read(profile.name, secrets::SecretKind::DeveloperKey,
                    [pending, arrived](const secrets::SecretRead& read) {
                        QByteArray value = read.value;
                        if (pending->keys.developerKey.isEmpty())
                            pending->keys.developerKey = QString::fromUtf8(value);
                        security::SecureZero::clear(value);
                        arrived();
                    });
    m_secrets->read(profile.name, secrets::SecretKind::AccessKey,
                    [pending, arrived](const secrets::SecretRead& read) {
                        QByteArray value = read.value;
                        if (pending->keys.accessKey.isEmpty())
                            pending->keys.accessKey = value;
                        security::SecureZero::clear(value);
                        arrived();
                    });
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
        if (keys.developerKey.isEmpty() || keys.accessKey.isEmpty())
            return ClientConfigError::NoCredentials;
        out.config.endpoints = table;
        out.config.credentials.developerKey = keys.developerKey;
        out.config.credentials.accessKey = keys.accessKey;
        out.config.credentials.initiatorId = profile.initiatorId;
        out.config.credentials.userCode = profile.userCode;
        out.config.timeoutMs = profile.timeoutSeconds * 1000;
        out.config.profileName = profile.name;
        out.config.profileKind = profile.kind;
        return ClientConfigError::None;
    }();
    wipe(keys);
    return out;
}

} // namespace counterdesk::profile
