// KeychainAccess: one operation on the OS keychain, finished from the event
// loop. SecretStore decides what a result means (session-only fallback,
// environment first); this only reaches the keychain.
//
// Two implementations, one per build: KeychainQt.cpp (QtKeychain: the Secret
// Service on Linux) and KeychainWindows.cpp (Windows Credential Manager
// through platform/WindowsCredentials, because QtKeychain is not among the
// libraries the Windows SDK builds).
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QObject;

namespace counterdesk::secrets {

enum class KeychainOp { Read, Write, Remove };

enum class KeychainResult {
    Ok,          // done (Read: value set)
    NotFound,    // no such entry
    Unreachable, // no keychain here, or it did not answer in time
    Failed,      // the keychain refused (access denied, ...)
};

// Runs `op` on the entry `key` of `service`; `done` is called once, from the
// event loop, in `context`'s thread, never inside this call. A keychain that
// has not answered after timeoutMs counts as Unreachable. `value` is the
// secret to write (Write) and is not kept.
void runKeychainOp(KeychainOp op, const QString& service, const QString& key, const QByteArray& value,
                   int timeoutMs, QObject* context, std::function<void(KeychainResult, QByteArray)> done);

} // namespace counterdesk::secrets
