// ProfileNameText: a connection profile's name as the agent reads it. The
// built-in profiles (Training, UAT, Production) are named by CounterDesk, so
// their names are words in the screen's language; a profile the agent made
// keeps the name the agent gave it. The stored name (settings, journal rows,
// the keychain) never changes: this is only how it is shown.
#pragma once

#include <QString>

namespace counterdesk::ui {

QString shownProfileName(const QString& name);

} // namespace counterdesk::ui
