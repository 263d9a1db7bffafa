#include "security/SecureZero.h"

#include <openssl/crypto.h>

namespace counterdesk::security {

void SecureZero::clear(void* data, size_t size)
{
    if (data && size > 0)
        OPENSSL_cleanse(data, size);
}

void SecureZero::clear(QByteArray& bytes)
{
    // Only wipe a buffer nobody else shares: detaching a shared one would
    // just wipe a fresh copy and leave the original alone, so the owner of
    // that original must clear it too (every holder clears its own).
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes = QByteArray();
        return;
    }
    clear(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void SecureZero::clear(QString& text)
{
    if (!text.isEmpty() && !text.isDetached()) {
        text = QString();
        return;
    }
    clear(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace counterdesk::security
