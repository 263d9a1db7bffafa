#include "eko/EkoLogging.h"

namespace counterdesk::eko {

Q_LOGGING_CATEGORY(lcEko, "counterdesk.eko")

QString maskTail(const QString& value, int keep)
{
    if (value.size() <= keep)
        return QString(value.size(), u'*');
    return QString(value.size() - keep, u'*') + value.right(keep);
}

QString redactedPath(const QString& path)
{
    QString out;
    out.reserve(path.size());
    qsizetype i = 0;
    while (i < path.size()) {
        qsizetype j = i;
        while (j < path.size() && path.at(j).isDigit())
            ++j;
        if (j - i >= 10) {
            out += maskTail(path.mid(i, j - i));
            i = j;
        } else if (j > i) {
            out += path.mid(i, j - i);
            i = j;
        } else {
            out += path.at(i);
            ++i;
        }
    }
    return out;
}

} // namespace counterdesk::eko
