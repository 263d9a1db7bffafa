#include "CoreInfo.h"

#include "BuildInfo.h"

namespace counterdesk {
QString coreVersion()
{
    return QString::fromLatin1(build::version);
}
} // namespace counterdesk
