// PinHash: the agent PIN as it is stored: a salted, slow hash and the
// parameters that made it, never the PIN itself.
//
// PBKDF2-HMAC-SHA256 with a high iteration count: a 4-6 digit PIN has few
// possibilities, so only the slowness of each guess (and PinGuard's lock-out)
// protects it if the settings file is copied. The parameters are stored with
// the hash so the count can be raised later without breaking old PINs.
#pragma once

#include <QByteArray>
#include <QString>

namespace counterdesk::security {

struct PinHash
{
    QString algorithm = QStringLiteral("pbkdf2-sha256");
    int iterations = 0;
    QByteArray salt; // random, 16 bytes
    QByteArray hash; // 32 bytes

    bool isValid() const { return iterations > 0 && !salt.isEmpty() && hash.size() == 32; }

    // 600 000: OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a quarter
    // of a second on a counter PC, once per unlock.
    static constexpr int kDefaultIterations = 600000;

    // An empty PinHash (isValid() false) if OpenSSL fails.
    static PinHash create(const QString& pin, int iterations = kDefaultIterations);
    // Constant-time comparison of the recomputed hash.
    bool matches(const QString& pin) const;
    // 4 to 8 digits.
    static bool isAcceptablePin(const QString& pin);
};

} // namespace counterdesk::security
