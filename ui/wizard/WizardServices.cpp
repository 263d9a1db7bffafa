#include "WizardServices.h"

#include "settings/Settings.h"

namespace counterdesk::ui {

void WizardServices::readSettings(const Settings& agentSettings)
{
    confirmArmDelayMs = qMax(0, agentSettings.intValue(SettingKey::ConfirmArmDelayMs));
    requireAgentPin = agentSettings.boolValue(SettingKey::RequireAgentPin);
    language = agentSettings.value(SettingKey::UiLanguage).toString() == QLatin1String("hi")
                   ? DisplayLanguage::Hindi
                   : DisplayLanguage::English;
}

eko::ClientConfig WizardServices::trainingClientConfig(const QUrl& sandboxBaseUrl)
{
    eko::ClientConfig config;
    config.endpoints.setBaseUrl(sandboxBaseUrl);
    config.credentials.developerKey = QStringLiteral("becbbce45f79c6f5109f848acd540567");
    config.credentials.accessKey = QByteArrayLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
    config.credentials.initiatorId = QStringLiteral("9962981729");
    config.credentials.userCode = QStringLiteral("20810200");
    return config;
}

} // namespace counterdesk::ui
