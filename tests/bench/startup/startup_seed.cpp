// Prepares a CounterDesk settings file for the whole-process start-up
// benchmark, through the app's own Settings and ProfileStore, then exits
// (the benchmark itself maps no Qt; see bench_startup_process.cpp).
//
//   startup_seed SETTINGS_FILE training
//   startup_seed SETTINGS_FILE remote BASE_URL
//
// A chosen profile is what tells CounterDesk the first-run set-up is done
// (FirstRunWizard::isNeeded), so the main window opens with no wizard.
#include "profile/BuiltInProfiles.h"
#include "profile/ProfileStore.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QUrl>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const bool remote = arguments.size() == 4 && arguments.at(2) == QLatin1String("remote");
    if (!remote && !(arguments.size() == 3 && arguments.at(2) == QLatin1String("training"))) {
        std::fputs("usage: startup_seed SETTINGS_FILE training | SETTINGS_FILE remote BASE_URL\n", stderr);
        return 2;
    }
    const QString settingsFile = arguments.at(1);
    counterdesk::profile::ConnectionProfile profile = counterdesk::profile::BuiltInProfiles::training();
    if (remote) {
        // The UAT profile (its public keys: no keychain needed) on another address.
        profile = counterdesk::profile::BuiltInProfiles::uat();
        profile.baseUrl = QUrl(arguments.at(3));
        if (!counterdesk::profile::ProfileStore(settingsFile).save(profile)) {
            std::fputs("startup_seed: the profile store refused the remote profile\n", stderr);
            return 1;
        }
    }
    counterdesk::Settings settings(settingsFile);
    settings.setValue(counterdesk::SettingKey::ActiveProfile, profile.name);
    settings.sync();
    return 0;
}
