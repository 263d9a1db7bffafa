// DisplayLanguage: the language a screen or a receipt is shown in.
//
// The agent's screens and the customer's receipt may be in different
// languages, so every formatter that produces words takes one explicitly
// instead of reading a global locale.
#pragma once

#include <QMetaType>

namespace counterdesk {

enum class DisplayLanguage {
    English,
    Hindi,
};

} // namespace counterdesk

Q_DECLARE_METATYPE(counterdesk::DisplayLanguage)
