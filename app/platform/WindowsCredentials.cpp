#include "WindowsCredentials.h"

// windows.h first: wincred.h uses its types (so no sorting here).
// clang-format off
#include <windows.h>
#include <wincred.h>
// clang-format on

namespace counterdesk::platform {
namespace {

CredentialStatus statusOf(DWORD error)
{
    switch (error) {
    case ERROR_NOT_FOUND:
        return CredentialStatus::NotFound;
    case ERROR_NO_SUCH_LOGON_SESSION: // a service account without a profile: no vault
        return CredentialStatus::Unavailable;
    default:
        return CredentialStatus::Failed;
    }
}

} // namespace

CredentialResult readCredential(const QString& target)
{
    PCREDENTIALW credential = nullptr;
    const std::wstring name = target.toStdWString();
    if (!CredReadW(name.c_str(), CRED_TYPE_GENERIC, 0, &credential))
        return {statusOf(GetLastError()), {}};
    CredentialResult result{CredentialStatus::Ok,
                            QByteArray(reinterpret_cast<const char*>(credential->CredentialBlob),
                                       static_cast<qsizetype>(credential->CredentialBlobSize))};
    // Wipe Windows' copy before giving it back; ours is cleared by SecretStore.
    SecureZeroMemory(credential->CredentialBlob, credential->CredentialBlobSize);
    CredFree(credential);
    return result;
}

CredentialResult writeCredential(const QString& target, const QString& userName, const QByteArray& secret)
{
    if (secret.size() > CRED_MAX_CREDENTIAL_BLOB_SIZE)
        return {CredentialStatus::Failed, {}};
    std::wstring name = target.toStdWString();
    std::wstring user = userName.toStdWString();
    QByteArray blob = secret; // CredWriteW wants a non-const pointer
    blob.detach();
    CREDENTIALW credential{};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = name.data();
    credential.UserName = user.data();
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    credential.CredentialBlobSize = static_cast<DWORD>(blob.size());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    const bool ok = CredWriteW(&credential, 0);
    const DWORD error = ok ? ERROR_SUCCESS : GetLastError();
    SecureZeroMemory(blob.data(), static_cast<SIZE_T>(blob.size()));
    return {ok ? CredentialStatus::Ok : statusOf(error), {}};
}

CredentialResult removeCredential(const QString& target)
{
    const std::wstring name = target.toStdWString();
    if (!CredDeleteW(name.c_str(), CRED_TYPE_GENERIC, 0))
        return {statusOf(GetLastError()), {}};
    return {CredentialStatus::Ok, {}};
}

} // namespace counterdesk::platform
