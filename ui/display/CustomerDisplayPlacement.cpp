#include "CustomerDisplayPlacement.h"

#include <QScreen>

namespace counterdesk::ui {

QScreen* CustomerDisplayPlacement::screenFor(const QString& chosenName, const QList<QScreen*>& screens,
                                             const QScreen* agentScreen)
{
    QScreen* firstOther = nullptr;
    for (QScreen* screen : screens) {
        if (screen == agentScreen)
            continue;
        if (!chosenName.isEmpty() && screen->name() == chosenName)
            return screen;
        if (!firstOther)
            firstOther = screen;
    }
    return firstOther;
}

} // namespace counterdesk::ui
