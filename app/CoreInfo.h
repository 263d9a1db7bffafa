// The version of the core, for About boxes and --version of every executable.
#pragma once

#include <QString>

namespace counterdesk {
QString coreVersion();
} // namespace counterdesk
