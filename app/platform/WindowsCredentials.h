// WindowsCredentials: generic credentials in the Windows Credential Manager
// (wincred: CredReadW, CredWriteW, CredDeleteW), for secrets::KeychainAccess.
//
// Built on Windows only. The values are kept per user and machine
// (CRED_PERSIST_LOCAL_MACHINE: not roamed to other PCs), protected by Windows
// with the user's logon credentials; nothing is written to a file of ours.
#pragma once

#include <QByteArray>
#include <QString>

namespace counterdesk::platform {

enum class CredentialStatus { Ok, NotFound, Unavailable, Failed };

struct CredentialResult
{
    CredentialStatus status = CredentialStatus::Failed;
    QByteArray value; // readCredential: the secret
};

CredentialResult readCredential(const QString& target);
CredentialResult writeCredential(const QString& target, const QString& userName, const QByteArray& secret);
CredentialResult removeCredential(const QString& target);

} // namespace counterdesk::platform
