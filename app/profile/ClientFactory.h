// ClientFactory: the one place a connection profile becomes a ready Eko
// client: for the GUI, the transfer wizard, the settings' connection test
// and the CLI alike, so they cannot drift apart again.
//
// It reads the profile's keys from the SecretStore (environment, session or
// keychain), falls back on Eko's public UAT keys for a UAT profile that has
// none, gives Training the public UAT identity against the in-process
// sandbox, and honours every profile's timeout and endpoint-table override.
// A Gateway profile gets a client that signs as the counter (its id and the
// counter secret, docs/gateway.md), trusts the profile's ca_file besides the
// system's CAs, and never holds an Eko key. Every key it hands to a client is registered with LogRedactor
// first, so no log line can carry it, and its own copies are wiped once the client holds them.
//
// create() is asynchronous because a keychain may ask the user to unlock it;
// `done` always runs from the event loop, never inside create(), and not at
// all once the SecretStore is gone.
#pragma once

#include "eko/EkoClient.h"
#include "profile/ConnectionProfile.h"

#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace counterdesk::secrets {
class SecretStore;
}

namespace counterdesk::profile {

enum class ClientConfigError {
    None,
    NoBaseUrl,        // a non-training profile without base_url (or Training without a sandbox)
    InsecureUrl,      // http:// to a host other than loopback: refused, never "just this once"
    BadEndpointsFile, // the override table is unreadable or invalid
    NoCredentials,    // developer key or access key missing
    NoCounterId,      // a Gateway profile without counter_id
    NoCounterSecret,  // a Gateway profile whose counter secret is in neither the keychain nor the environment
    BadCaFile,        // a Gateway profile's ca_file is unreadable or holds no PEM certificate
};

struct ClientConfigBuild
{
    eko::ClientConfig config;
    ClientConfigError error = ClientConfigError::None;
    bool ok() const { return error == ClientConfigError::None; }
};

struct ClientBuild
{
    std::unique_ptr<eko::EkoClient> client; // null unless ok()
    ClientConfigError error = ClientConfigError::None;
    bool ok() const { return error == ClientConfigError::None && client; }
};

class ClientFactory
{
public:
    using Done = std::function<void(ClientBuild build)>;

    // Both must outlive the clients made here; the store must also outlive
    // every create() still waiting for a key.
    ClientFactory(secrets::SecretStore* secrets, QNetworkAccessManager* network);

    // sandboxBaseUrl: where the in-process sandbox listens (Training only).
    // typed: keys typed but not saved yet (the settings' connection test);
    // each one given wins over the stored one. Training ignores both the
    // store and `typed`: the sandbox knows only the public UAT keys.
    void create(const ConnectionProfile& profile, const QUrl& sandboxBaseUrl, Done done,
                eko::Credentials typed = {}) const;

    // The synchronous rule behind create(), for keys already in hand: picks
    // the keys (Training and the UAT fallback), checks the address and the
    // endpoint table, and fills in the profile's identity and timeout.
    // `keys` is wiped here; the returned config holds the only copy. For a
    // Gateway profile only keys.counterSecret is used.
    static ClientConfigBuild configFor(const ConnectionProfile& profile, eko::Credentials& keys,
                                       const QUrl& sandboxBaseUrl = {});

private:
    static ClientConfigBuild gatewayConfigFor(const ConnectionProfile& profile, eko::Credentials& keys);
    static ClientConfigError fillAddress(eko::ClientConfig& config, const ConnectionProfile& profile,
                                         const QUrl& base);
    void finish(const ConnectionProfile& profile, eko::Credentials& keys, const QUrl& sandboxBaseUrl,
                const Done& done) const;

    secrets::SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
};

} // namespace counterdesk::profile
