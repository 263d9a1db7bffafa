#include "Settings.h"

#include "BuildInfo.h"
#include "platform/Platform.h"

#include <QSettings>
#include <array>

namespace counterdesk {

namespace {

struct KeyInfo
{
    SettingKey key;
    const char* name;
    QVariant defaultValue;
    SettingScope scope;
};

// THE table. Keep it in enum order: keyInfo() indexes it by the enum value,
// and the static_assert below catches a row added without its enum value.
const std::array<KeyInfo, 18>& keyTable()
{
    static const std::array<KeyInfo, 18> table{{
        {SettingKey::UiLanguage, "ui/language", QStringLiteral("en"), SettingScope::Agent},
        {SettingKey::ReceiptLanguage, "receipt/language", QStringLiteral("en"), SettingScope::Agent},
        {SettingKey::MainWindowGeometry, "mainWindow/geometry", QByteArray(), SettingScope::Local},
        {SettingKey::MainWindowState, "mainWindow/state", QByteArray(), SettingScope::Local},
        {SettingKey::ActiveProfile, "connection/activeProfile", QStringLiteral("Training"),
         SettingScope::Local},
        {SettingKey::ConfirmArmDelayMs, "transfer/confirmArmDelayMs", 1500, SettingScope::Agent},
        {SettingKey::IdleLockMinutes, "security/idleLockMinutes", 5, SettingScope::Agent},
        {SettingKey::RequireAgentPin, "security/requireAgentPin", false, SettingScope::Agent},
        {SettingKey::ReceiptPrinter, "receipt/printer", QString(), SettingScope::Local},
        {SettingKey::ShopName, "receipt/shopName", QString(), SettingScope::Local},
        {SettingKey::ShopAddress, "receipt/shopAddress", QString(), SettingScope::Local},
        {SettingKey::AgentCode, "receipt/agentCode", QString(), SettingScope::Agent},
        {SettingKey::ReceiptPaper, "receipt/paper", QStringLiteral("80mm"), SettingScope::Local},
        {SettingKey::ReceiptCopies, "receipt/copies", 1, SettingScope::Local},
        {SettingKey::ReceiptQuickPrint, "receipt/quickPrint", false, SettingScope::Local},
        {SettingKey::LastExportDirectory, "export/lastDirectory", QString(), SettingScope::Local},
        {SettingKey::CustomerDisplayShown, "customerDisplay/shown", false, SettingScope::Local},
        {SettingKey::CustomerDisplayScreen, "customerDisplay/screen", QString(), SettingScope::Local},
    }};
    static_assert(static_cast<int>(SettingKey::CustomerDisplayScreen) + 1 == 18,
                  "every SettingKey needs exactly one row in keyTable()");
    return table;
}

const KeyInfo& keyInfo(SettingKey key)
{
    return keyTable().at(static_cast<std::size_t>(key));
}

// Scope is the INI group, so a support person reading the file sees at once
// which values belong to this PC and which to the agent.
QString storedName(const KeyInfo& info)
{
    const QString group =
        info.scope == SettingScope::Agent ? QStringLiteral("agent") : QStringLiteral("local");
    return group + QLatin1Char('/') + QString::fromLatin1(info.name);
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QString::fromLatin1(build::organisationName),
                                             QString::fromLatin1(build::applicationName)))
{}

Settings::Settings(const QString& filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

Settings::~Settings()
{
    sync();
}

QVariant Settings::value(SettingKey key) const
{
    const KeyInfo& info = keyInfo(key);
    return m_settings->value(storedName(info), info.defaultValue);
}

void Settings::setValue(SettingKey key, const QVariant& value)
{
    m_settings->setValue(storedName(keyInfo(key)), value);
}

void Settings::reset(SettingKey key)
{
    m_settings->remove(storedName(keyInfo(key)));
}

bool Settings::isStored(SettingKey key) const
{
    return m_settings->contains(storedName(keyInfo(key)));
}

QString Settings::stringValue(SettingKey key) const
{
    const QVariant v = value(key);
    return v.canConvert<QString>() ? v.toString() : defaultValue(key).toString();
}

int Settings::intValue(SettingKey key) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : defaultValue(key).toInt();
}

bool Settings::boolValue(SettingKey key) const
{
    const QVariant v = value(key);
    // INI stores booleans as text; anything but a clear true/false falls back.
    const QString text = v.toString().trimmed().toLower();
    if (v.typeId() == QMetaType::Bool || text == QLatin1String("true") || text == QLatin1String("false")) {
        return v.toBool();
    }
    return defaultValue(key).toBool();
}

void Settings::sync()
{
    m_settings->sync();
    protectFile();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::keyName(SettingKey key)
{
    return storedName(keyInfo(key));
}

QVariant Settings::defaultValue(SettingKey key)
{
    return keyInfo(key).defaultValue;
}

SettingScope Settings::scope(SettingKey key)
{
    return keyInfo(key).scope;
}

QList<SettingKey> Settings::allKeys()
{
    QList<SettingKey> keys;
    for (const KeyInfo& info : keyTable()) {
        keys.append(info.key);
    }
    return keys;
}

// No secret is stored here, but the file still says which printer, which
// profile and which language a counter uses: nobody else on the PC needs it.
void Settings::protectFile()
{
    platform::restrictToOwner(m_settings->fileName());
}

} // namespace counterdesk
