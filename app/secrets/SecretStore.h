// SecretStore: the developer key and access key of each connection profile,
// in the OS keychain (secrets/KeychainAccess: the Secret Service through
// QtKeychain on Linux, the Credential Manager on Windows).
//
// Rules (DESIGN.md "Connection, signing and secrets"):
//  - The environment (COUNTERDESK_DEVELOPER_KEY / COUNTERDESK_ACCESS_KEY)
//    wins, so scripts and CI can run without a keychain.
//  - When no keychain can be reached, backend() says SessionOnly and written
//    values live in this object's memory until it is destroyed. There is NO
//    plain-text fallback (QtKeychain's insecureFallback stays off).
//  - Values never reach a log; errors are enums.
//
// Callbacks run from the event loop, never inside the calling method.
#pragma once

#include "secrets/SecretKind.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace counterdesk::secrets {

struct SecretRead
{
    QByteArray value; // clear it (security::SecureZero) when done
    SecretSource source = SecretSource::None;
};

enum class SecretWrite {
    Saved,       // in the keychain
    SessionOnly, // no keychain: kept in memory for this session only
    Failed,      // the keychain refused (e.g. access denied); nothing kept
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    // service: the keychain's service name; tests pass their own.
    explicit SecretStore(const QString& service = QStringLiteral("CounterDesk"), QObject* parent = nullptr);
    ~SecretStore() override;

    SecretBackend backend() const { return m_backend; }
    // Tests and --no-keychain: never touch the OS keychain.
    void forceSessionOnly();
    // How long a keychain job may take before it is treated as unreachable.
    void setJobTimeoutMs(int ms) { m_timeoutMs = ms; }

    void read(const QString& profile, SecretKind kind, std::function<void(const SecretRead&)> done);
    void write(const QString& profile, SecretKind kind, const QByteArray& value,
               std::function<void(SecretWrite)> done);
    void remove(const QString& profile, SecretKind kind, std::function<void(bool ok)> done);

    // Synchronous check of the environment only.
    static QByteArray fromEnvironment(SecretKind kind);

Q_SIGNALS:
    void backendChanged(counterdesk::secrets::SecretBackend backend);

private:
    static QString entryKey(const QString& profile, SecretKind kind);
    void setBackend(SecretBackend backend);
    bool keychainUsable();

    QString m_service;
    SecretBackend m_backend = SecretBackend::Unknown;
    QHash<QString, QByteArray> m_session; // SessionOnly values, wiped in the destructor
    int m_timeoutMs = 10000;
};

} // namespace counterdesk::secrets
