// SettingsContext: what the settings screens work on, made once by the main
// window and passed in, so tests can hand over stores on temporary files and
// a SecretStore that never touches the OS keychain.
#pragma once

#include <QUrl>

class QNetworkAccessManager;

namespace counterdesk {
class Settings;
}
namespace counterdesk::profile {
class ProfileStore;
}
namespace counterdesk::secrets {
class SecretStore;
}
namespace counterdesk::security {
class PinGuard;
}

namespace counterdesk::ui {

class LanguageManager;

struct SettingsContext
{
    Settings* settings = nullptr;
    profile::ProfileStore* profiles = nullptr;
    secrets::SecretStore* secrets = nullptr;
    security::PinGuard* pinGuard = nullptr;
    QNetworkAccessManager* network = nullptr;
    LanguageManager* languages = nullptr; // optional: switch the screens' language at once
    QUrl sandboxBaseUrl;                  // where Training's sandbox listens, when it runs
};

} // namespace counterdesk::ui
