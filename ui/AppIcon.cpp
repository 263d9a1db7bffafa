#include "AppIcon.h"

namespace counterdesk::ui {

QIcon appIcon()
{
    static const QIcon icon = [] {
        QIcon rendered;
        for (const int size : {16, 24, 32, 48, 64, 128, 256})
            rendered.addFile(QStringLiteral(":/icons/counterdesk-%1.png").arg(size), QSize(size, size));
        return rendered;
    }();
    return icon;
}

} // namespace counterdesk::ui
