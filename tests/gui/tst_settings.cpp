// Settings: defaults from the one table, values surviving a restart, scope
// groups in the file, and a file nobody else can read.
#include "TestRunner.h"
#include "settings/Settings.h"

#include <QFile>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using counterdesk::SettingKey;
using counterdesk::Settings;
using counterdesk::SettingScope;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
    }

    void defaultsComeFromTheTable()
    {
        Settings settings(m_path);
        QCOMPARE(settings.stringValue(SettingKey::UiLanguage), QStringLiteral("en"));
        QCOMPARE(settings.stringValue(SettingKey::ReceiptLanguage), QStringLiteral("en"));
        QCOMPARE(settings.stringValue(SettingKey::ActiveProfile), QStringLiteral("Training"));
        QCOMPARE(settings.intValue(SettingKey::ConfirmArmDelayMs), 1500);
        QCOMPARE(settings.intValue(SettingKey::IdleLockMinutes), 5);
        QCOMPARE(settings.boolValue(SettingKey::RequireAgentPin), false);
        QVERIFY(settings.value(SettingKey::MainWindowGeometry).toByteArray().isEmpty());
        for (SettingKey key : Settings::allKeys()) {
            QVERIFY(!settings.isStored(key));
            QCOMPARE(settings.value(key), Settings::defaultValue(key));
        }
    }

    void everyKeyHasOneUniqueName()
    {
        QSet<QString> names;
        for (SettingKey key : Settings::allKeys()) {
            const QString name = Settings::keyName(key);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(Settings::allKeys().size(), static_cast<qsizetype>(SettingKey::CustomerDisplayScreen) + 1);
    }

    // Secrets belong in the keychain: a key named like one is a mistake.
    void noKeyLooksLikeASecret()
    {
        for (SettingKey key : Settings::allKeys()) {
            const QString name = Settings::keyName(key).toLower();
            for (const char* word :
                 {"secret", "accesskey", "access_key", "developerkey", "password", "otp"}) {
                QVERIFY2(!name.contains(QLatin1String(word)), qPrintable(name));
            }
        }
    }

    void valuesSurviveARestart()
    {
        {
            Settings settings(m_path);
            settings.setValue(SettingKey::UiLanguage, QStringLiteral("hi"));
            settings.setValue(SettingKey::ConfirmArmDelayMs, 0);
            settings.setValue(SettingKey::MainWindowGeometry, QByteArray("\x01\x02\x03", 3));
        }
        Settings again(m_path);
        QCOMPARE(again.stringValue(SettingKey::UiLanguage), QStringLiteral("hi"));
        QCOMPARE(again.intValue(SettingKey::ConfirmArmDelayMs), 0);
        QCOMPARE(again.value(SettingKey::MainWindowGeometry).toByteArray(), QByteArray("\x01\x02\x03", 3));
        QVERIFY(again.isStored(SettingKey::UiLanguage));
        QVERIFY(!again.isStored(SettingKey::ReceiptLanguage));
    }

    void resetGivesTheDefaultBack()
    {
        Settings settings(m_path);
        settings.setValue(SettingKey::IdleLockMinutes, 30);
        QCOMPARE(settings.intValue(SettingKey::IdleLockMinutes), 30);
        settings.reset(SettingKey::IdleLockMinutes);
        QCOMPARE(settings.intValue(SettingKey::IdleLockMinutes), 5);
        QVERIFY(!settings.isStored(SettingKey::IdleLockMinutes));
    }

    // A hand-edited file must not turn into a 0 ms arm delay.
    void garbageFallsBackToTheDefault()
    {
        {
            QSettings raw(m_path, QSettings::IniFormat);
            raw.setValue(Settings::keyName(SettingKey::ConfirmArmDelayMs), QStringLiteral("soon"));
            raw.setValue(Settings::keyName(SettingKey::RequireAgentPin), QStringLiteral("maybe"));
        }
        Settings settings(m_path);
        QCOMPARE(settings.intValue(SettingKey::ConfirmArmDelayMs), 1500);
        QCOMPARE(settings.boolValue(SettingKey::RequireAgentPin), false);
    }

    void scopeIsTheGroupInTheFile()
    {
        QCOMPARE(Settings::scope(SettingKey::UiLanguage), SettingScope::Agent);
        QCOMPARE(Settings::scope(SettingKey::MainWindowGeometry), SettingScope::Local);
        QCOMPARE(Settings::scope(SettingKey::ActiveProfile), SettingScope::Local);
        {
            Settings settings(m_path);
            settings.setValue(SettingKey::UiLanguage, QStringLiteral("hi"));
            settings.setValue(SettingKey::ReceiptPrinter, QStringLiteral("TVS RP3160"));
        }
        QSettings raw(m_path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("agent/ui/language")).toString(), QStringLiteral("hi"));
        QCOMPARE(raw.value(QStringLiteral("local/receipt/printer")).toString(), QStringLiteral("TVS RP3160"));
    }

    void fileIsReadableByItsOwnerOnly()
    {
        if (QSysInfo::productType() == QLatin1String("windows")) {
            QSKIP("Windows keeps the profile folder private by ACL");
        }
        Settings settings(m_path);
        settings.setValue(SettingKey::UiLanguage, QStringLiteral("hi"));
        settings.sync();
        QCOMPARE(settings.fileName(), m_path);
        const QFile::Permissions others =
            QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFile::permissions(m_path) & others, QFile::Permissions());
        QVERIFY(QFile::permissions(m_path) & QFile::ReadOwner);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
