// The secrets a connection profile needs, and how reachable their store is.
#pragma once

#include <QString>

namespace counterdesk::secrets {

enum class SecretKind {
    DeveloperKey,  // Eko's developer_key header
    AccessKey,     // signs every request; REFERENCE.md §2.4 says it belongs on a server
    CounterSecret, // a Gateway profile's own credential, issued by counterdesk-gateway (docs/gateway.md)
};

// Where secrets can be kept on this PC, as the console tells the agent.
enum class SecretBackend {
    Unknown,     // not asked yet
    Keychain,    // OS keychain: Secret Service, Credential Manager, macOS Keychain
    SessionOnly, // no keychain reachable: kept in memory until the program ends, never on disk
};

// Where a value read came from; Environment wins over everything (automation).
enum class SecretSource {
    None,        // not found anywhere
    Environment, // COUNTERDESK_DEVELOPER_KEY / _ACCESS_KEY / _COUNTER_SECRET
    Session,     // typed earlier in this session (keychain unavailable)
    Keychain,
};

// "developer_key" / "access_key" / "counter_secret": the keychain entry suffix and the name in messages.
QString secretKindName(SecretKind kind);
// "COUNTERDESK_DEVELOPER_KEY" / "COUNTERDESK_ACCESS_KEY" / "COUNTERDESK_COUNTER_SECRET".
const char* secretEnvironmentVariable(SecretKind kind);

} // namespace counterdesk::secrets
