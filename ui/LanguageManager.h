// LanguageManager: switches the language of the running application.
//
// Installing or removing a QTranslator makes Qt send LanguageChange to every
// widget; each widget rewords itself in changeEvent(). So a switch needs no
// restart, and the choice is saved in Settings for the next start.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace counterdesk {
class Settings;
}

namespace counterdesk::ui {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;       // "en", "hi"
        QString nativeName; // shown in its own script, never translated
    };

    explicit LanguageManager(Settings& settings, QObject* parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> availableLanguages();
    static bool isAvailable(const QString& code);

    // Loads the language saved in the settings (English if unknown).
    void applySaved();
    // Switches now and remembers the choice. Returns false for an unknown
    // code or a missing translation (then nothing changes).
    bool setLanguage(const QString& code);
    QString currentLanguage() const { return m_current; }
    // Whether Qt's own strings (standard dialogs) are translated too.
    bool hasQtTranslation() const { return m_qtLoaded; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    bool install(const QString& code);
    void removeTranslators();

    Settings& m_settings;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current = QStringLiteral("en");
    bool m_qtLoaded = false;
};

} // namespace counterdesk::ui
