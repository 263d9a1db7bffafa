#include "OtpText.h"

namespace counterdesk::transfer {

QString OtpText::digits(const QString& typed)
{
    QString out;
    for (QChar c : typed) {
        if (c != u' ')
            out.append(c);
    }
    return out;
}

bool OtpText::isWellFormed(const QString& typed)
{
    const QString d = digits(typed);
    if (d.size() < 4 || d.size() > 8)
        return false;
    for (QChar c : d) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace counterdesk::transfer
