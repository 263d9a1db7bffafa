#include "security/PinHash.h"

#include "security/SecureZero.h"

#include <QRegularExpression>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace counterdesk::security {
namespace {

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    QByteArray utf8 = pin.toUtf8();
    QByteArray out(32, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(
        utf8.constData(), static_cast<int>(utf8.size()),
        reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()), iterations,
        EVP_sha256(), static_cast<int>(out.size()), reinterpret_cast<unsigned char*>(out.data()));
    SecureZero::clear(utf8);
    if (ok != 1)
        return {};
    return out;
}

} // namespace

PinHash PinHash::create(const QString& pin, int iterations)
{
    PinHash result;
    QByteArray salt(16, '\0');
    if (iterations <= 0 ||
        RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), static_cast<int>(salt.size())) != 1)
        return result;
    QByteArray hash = derive(pin, salt, iterations);
    if (hash.isEmpty())
        return result;
    result.iterations = iterations;
    result.salt = salt;
    result.hash = hash;
    return result;
}

bool PinHash::matches(const QString& pin) const
{
    if (!isValid() || algorithm != QLatin1String("pbkdf2-sha256"))
        return false;
    QByteArray candidate = derive(pin, salt, iterations);
    const bool same =
        candidate.size() == hash.size() &&
        CRYPTO_memcmp(candidate.constData(), hash.constData(), static_cast<size_t>(hash.size())) == 0;
    SecureZero::clear(candidate);
    return same;
}

bool PinHash::isAcceptablePin(const QString& pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    return digits.match(pin).hasMatch();
}

} // namespace counterdesk::security
