// SecureZero: overwrite a PIN, OTP or key in memory before it is released.
//
// OPENSSL_cleanse is written so the compiler cannot drop it as a dead store
// (a plain memset before free may be optimised away), and it is portable, so
// no #ifdef is needed here. Qt containers share data: clear() detaches first
// only when the buffer is shared, so the caller's copy is the one wiped.
#pragma once

#include <QByteArray>
#include <QString>

namespace counterdesk::security {

class SecureZero
{
public:
    static void clear(QByteArray& bytes);
    static void clear(QString& text);
    static void clear(void* data, size_t size);
};

} // namespace counterdesk::security
