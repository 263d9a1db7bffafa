#include "receipt/ReceiptSettings.h"

#include "receipt/ReceiptValues.h"
#include "settings/Settings.h"

namespace counterdesk {

ReceiptOptions ReceiptSettings::options(const Settings& settings, const journal::Transfer& transfer,
                                        bool copy)
{
    ReceiptOptions options;
    options.shopName = settings.stringValue(SettingKey::ShopName);
    options.shopAddress = settings.stringValue(SettingKey::ShopAddress);
    options.agentCode = settings.stringValue(SettingKey::AgentCode);
    options.layout = layout(settings);
    options.language = language(settings);
    options.training = ReceiptValues::isTraining(transfer);
    options.copy = copy;
    return options;
}

ReceiptLayout ReceiptSettings::layout(const Settings& settings)
{
    return ReceiptPaper::fromName(settings.stringValue(SettingKey::ReceiptPaper))
        .value_or(ReceiptLayout::Roll80mm);
}

DisplayLanguage ReceiptSettings::language(const Settings& settings)
{
    return settings.stringValue(SettingKey::ReceiptLanguage) == QLatin1String("hi")
               ? DisplayLanguage::Hindi
               : DisplayLanguage::English;
}

} // namespace counterdesk
