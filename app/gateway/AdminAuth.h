// AdminAuth: is this request from one of the status page's admins?
// (docs/gateway.md "Status page").
//
// HTTP Basic (RFC 7617): the browser sends the name and password with every
// request, which is safe only inside TLS, and the gateway serves plain HTTP
// on loopback only (GatewayConfig). The ledger keeps each admin's password as
// security::PinHash's salted PBKDF2 (`counterdesk-gateway admin
// set-password`), compared in constant time; the credential is never logged.
//
// PBKDF2 is slow on purpose, which makes each guess costly for an attacker
// and for us, so:
//  - a credential verified recently (5 minutes, same stored hash) is known
//    by an HMAC under a key that lives only in this process's memory, so a
//    reload does not pay the derivation again;
//  - after 10 failures within a minute this process answers 429 for the rest
//    of that minute without deriving anything;
//  - an unknown name is derived against a decoy hash, so its answer takes
//    as long as a wrong password's and does not tell which names exist.
#pragma once

#include "http/HttpRequest.h"
#include "security/PinHash.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace counterdesk::gateway {

class Ledger;

enum class AdminCheck {
    Accepted,
    Missing,      // no Basic credential: ask for one (401)
    Refused,      // wrong name or password (401)
    Throttled,    // too many failures just now (429)
    DatabaseDown, // the ledger does not answer (503)
};

class AdminAuth
{
public:
    AdminAuth();

    // ledger: the admins' hashes; used on one thread only, like this object.
    AdminCheck check(const http::HttpRequest& request, Ledger& ledger, qint64 nowMs);

    // What `admin set-password` accepts: 12 characters or more.
    static constexpr int kMinimumPasswordLength = 12;
    static bool isAcceptablePassword(const QString& password);

    static constexpr int kFailuresPerMinute = 10;

private:
    // *unreadable: the ledger did not answer (not a wrong password).
    bool verify(Ledger& ledger, const QByteArray& authorization, const QString& name, const QString& password,
                qint64 nowMs, bool* unreadable);

    QByteArray m_cacheKey;                // random, this process only
    QHash<QByteArray, qint64> m_verified; // HMAC(credential, stored hash) -> valid until (ms)
    QList<qint64> m_failures;             // times of the failures of the last minute
    security::PinHash m_decoy;            // made on first use
};

} // namespace counterdesk::gateway
