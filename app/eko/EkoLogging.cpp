#include "eko/EkoLogging.h"

namespace counterdesk::eko {

Q_LOGGING_CATEGORY(lcEko, "counterdesk.eko")

QString maskTail(const QString& value, int keep)
{
    if (value.size() <= keep)
        return QString(value.size(), u'*');
    return QString(value.size() - keep, u'*') + value.right(keep);
}

} // namespace counterdesk::eko
