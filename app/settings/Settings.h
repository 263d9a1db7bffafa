// Settings: QSettings behind the key table of SettingKey.h.
//
// Modelled on KeePassXC's Config: callers name a key from the enum, never a
// string; reading a key never stored gives the table's default. One instance
// is made by main() and passed down; tests make their own on a temporary
// file, so no test ever touches the agent's real settings.
#pragma once

#include "SettingKey.h"

#include <QString>
#include <QVariant>
#include <memory>

class QSettings;

namespace counterdesk {

class Settings
{
public:
    // The per-user settings file of this installation (INI format, so support
    // can read it on Windows too).
    Settings();
    // A settings file at an explicit path: tests and --settings.
    explicit Settings(const QString& filePath);
    ~Settings();

    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QVariant value(SettingKey key) const;
    void setValue(SettingKey key, const QVariant& value);
    // Forget the stored value: value() gives the default again.
    void reset(SettingKey key);
    bool isStored(SettingKey key) const;

    // Typed helpers for the common shapes; they fall back to the default when
    // the file holds something that does not convert (hand-edited file).
    QString stringValue(SettingKey key) const;
    int intValue(SettingKey key) const;
    bool boolValue(SettingKey key) const;

    // Writes pending changes and makes the file readable by its owner only.
    void sync();
    QString fileName() const;

    static QString keyName(SettingKey key);
    static QVariant defaultValue(SettingKey key);
    static SettingScope scope(SettingKey key);
    static QList<SettingKey> allKeys();

private:
    void protectFile();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace counterdesk
