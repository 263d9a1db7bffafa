#include "AccountMask.h"

namespace counterdesk::journal {

namespace {
constexpr qsizetype kVisibleDigits = 4;
} // namespace

QString AccountMask::mask(const QString& account)
{
    qsizetype digits = 0;
    for (QChar c : account) {
        if (c.isDigit())
            ++digits;
    }
    QString out = account;
    qsizetype toHide = digits - kVisibleDigits;
    for (qsizetype i = 0; i < out.size() && toHide > 0; ++i) {
        if (out[i].isDigit()) {
            out[i] = u'X';
            --toHide;
        }
    }
    return out;
}

QString AccountMask::tail(const QString& account)
{
    QString digits;
    for (QChar c : account) {
        if (c.isDigit())
            digits += c;
    }
    return digits.right(kVisibleDigits);
}

} // namespace counterdesk::journal
