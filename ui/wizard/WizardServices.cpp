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
    customerLanguage = agentSettings.stringValue(SettingKey::ReceiptLanguage);
}

} // namespace counterdesk::ui
