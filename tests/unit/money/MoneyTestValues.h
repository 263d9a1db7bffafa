// Values the money tests share. Their files are compiled together in a unity
// batch (tests/runner/TestRunner.h), so each value is defined once, here.
#pragma once

#include "money/DisplayLanguage.h"

#include <QtGlobal>
#include <limits>

namespace counterdesk::testing {

inline constexpr qint64 kMax = std::numeric_limits<qint64>::max();
inline constexpr qint64 kMin = std::numeric_limits<qint64>::min();
inline constexpr auto En = DisplayLanguage::English;
inline constexpr auto Hi = DisplayLanguage::Hindi;

} // namespace counterdesk::testing
