// The stores the settings screens work on, on a temporary settings file,
// with a SecretStore that never touches a keychain (CI has none), and the
// Eko simulator on 127.0.0.1 for connection tests.
#pragma once

#include "profile/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"
#include "security/PinGuard.h"
#include "settings/Settings.h"
#include "settings/SettingsContext.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

struct SettingsFixture
{
    SettingsFixture()
        : file(dir.filePath(QStringLiteral("counterdesk.ini")))
        , settings(file)
        , profiles(file)
        , secrets(QStringLiteral("CounterDeskTest"))
        , pinGuard(file)
    {
        // Environment keys would win over what the tests type.
        qunsetenv("COUNTERDESK_DEVELOPER_KEY");
        qunsetenv("COUNTERDESK_ACCESS_KEY");
        secrets.forceSessionOnly();
    }

    bool startSandbox()
    {
        sandbox = std::make_unique<counterdesk::sandbox::SandboxServer>();
        return sandbox->start(counterdesk::sandbox::SandboxOptions{});
    }

    counterdesk::ui::SettingsContext context()
    {
        counterdesk::ui::SettingsContext c;
        c.settings = &settings;
        c.profiles = &profiles;
        c.secrets = &secrets;
        c.pinGuard = &pinGuard;
        c.network = &network;
        if (sandbox)
            c.sandboxBaseUrl = sandbox->baseUrl();
        return c;
    }

    QTemporaryDir dir;
    QString file;
    counterdesk::Settings settings;
    counterdesk::profile::ProfileStore profiles;
    counterdesk::secrets::SecretStore secrets;
    counterdesk::security::PinGuard pinGuard;
    QNetworkAccessManager network;
    std::unique_ptr<counterdesk::sandbox::SandboxServer> sandbox;
};
