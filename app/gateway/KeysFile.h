// KeysFile: the partner's secrets, read from a root-only file of `name=value`
// lines (developer_key, access_key, counter_key) or from systemd's
// credentials ($CREDENTIALS_DIRECTORY/eko-keys, LoadCredential=).
//
// They are never in the database, a log line or /metrics; a file that group
// or others may read is refused outright (a copy the operator forgot to
// chmod is a leak waiting to happen, and starting anyway would hide it).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace counterdesk::gateway {

struct KeysFileRead
{
    QHash<QString, QByteArray> values;
    QString path;  // the file actually read
    QString error; // one line; empty when read
};

class KeysFile
{
public:
    // The systemd credential's name under $CREDENTIALS_DIRECTORY.
    static constexpr char kCredentialName[] = "eko-keys";
    // configured: eko_keys_file from the INI (may be empty when systemd passes the credential).
    static KeysFileRead read(const QString& configured);
};

} // namespace counterdesk::gateway
