#include "WindowFit.h"

#include <QLayout>
#include <QWidget>

namespace counterdesk::ui::WindowFit {

void growToFit(QWidget* window)
{
    // Before the first show Qt sizes the window from its layout itself.
    QLayout* layout = window && window->isVisible() ? window->layout() : nullptr;
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace counterdesk::ui::WindowFit
