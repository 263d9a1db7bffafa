// AppIcon: CounterDesk's icon, in every size the app shows it.
//
// Rendered from resources/icons/counterdesk.svg by scripts/render-icons.sh:
// PNGs, so the app needs no SVG renderer (no Qt Svg library in memory, and
// one module fewer for the Windows build).
#pragma once

#include <QIcon>

namespace counterdesk::ui {

QIcon appIcon();

} // namespace counterdesk::ui
