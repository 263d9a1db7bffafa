#include "platform/WindowsCredentials.h"
#include "secrets/KeychainAccess.h"

#include <QObject>
#include <QTimer>

namespace counterdesk::secrets {

void runKeychainOp(KeychainOp op, const QString& service, const QString& key, const QByteArray& value,
                   int /*timeoutMs: Credential Manager answers at once*/, QObject* context,
                   std::function<void(KeychainResult, QByteArray)> done)
{
    // One generic credential per secret, "CounterDesk/<profile>/<kind>": what
    // the agent or an administrator sees in Control Panel's Credential Manager.
    const QString target = service + u'/' + key;
    platform::CredentialResult result;
    switch (op) {
    case KeychainOp::Read:
        result = platform::readCredential(target);
        break;
    case KeychainOp::Write:
        result = platform::writeCredential(target, key, value);
        break;
    case KeychainOp::Remove:
        result = platform::removeCredential(target);
        break;
    }
    KeychainResult mapped = KeychainResult::Failed;
    switch (result.status) {
    case platform::CredentialStatus::Ok:
        mapped = KeychainResult::Ok;
        break;
    case platform::CredentialStatus::NotFound:
        mapped = KeychainResult::NotFound;
        break;
    case platform::CredentialStatus::Unavailable:
        mapped = KeychainResult::Unreachable;
        break;
    case platform::CredentialStatus::Failed:
        mapped = KeychainResult::Failed;
        break;
    }
    QTimer::singleShot(0, context, [done, mapped, secret = result.value] { done(mapped, secret); });
}

} // namespace counterdesk::secrets
