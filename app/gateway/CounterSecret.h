// CounterSecret: a counter's id and secret, and the only thing the ledger
// keeps of the secret (its SHA-256).
//
// The protocol (eko/CounterSigner) keys each request's HMAC with the secret's
// text, so the gateway must be able to produce the secret when it checks a
// request, yet the database must not hold it. The secret is therefore derived:
// HMAC-SHA256(counter_key, id + salt), where counter_key lives beside the Eko
// keys (root-only file or systemd credential, never the database). The ledger
// holds the id, the salt and the hash: a stolen database dump signs nothing,
// and the hash tells at once when counter_key was changed under the ledger.
#pragma once

#include <QByteArray>
#include <QString>

namespace counterdesk::gateway {

class CounterSecret
{
public:
    static QString newCounterId(); // "ctr_" + 16 hex digits
    static QString newSalt();      // 32 hex digits
    // "cds_" + unpadded base64url of the HMAC.
    static QByteArray derive(QByteArrayView counterKey, const QString& counterId, const QString& salt);
    static QString hash(QByteArrayView secret); // lowercase hex SHA-256
};

} // namespace counterdesk::gateway
