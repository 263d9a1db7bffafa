#include "domain/AccountMask.h"

namespace counterdesk {

QString AccountMask::mask(const QString& account)
{
    const QString last = tail(account);
    if (last.isEmpty())
        return {};
    return QString(kVisibleDigits, QChar(u'\u2022')) + last;
}

QString AccountMask::tail(const QString& account)
{
    QString digits;
    for (const QChar c : account) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits.right(kVisibleDigits);
}

} // namespace counterdesk
