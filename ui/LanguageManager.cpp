#include "LanguageManager.h"

#include "i18n/Catalogue.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

namespace counterdesk::ui {

namespace {
Q_LOGGING_CATEGORY(lcLanguage, "counterdesk.ui.language")

const QString englishCode = QStringLiteral("en");
} // namespace

LanguageManager::LanguageManager(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    return {
        {englishCode, QStringLiteral("English")},
        {QStringLiteral("hi"), QStringLiteral("हिन्दी")},
    };
}

bool LanguageManager::isAvailable(const QString& code)
{
    for (const Language& language : availableLanguages()) {
        if (language.code == code) {
            return true;
        }
    }
    return false;
}

void LanguageManager::applySaved()
{
    const QString saved = m_settings.stringValue(SettingKey::UiLanguage);
    if (!isAvailable(saved) || !install(saved)) {
        install(englishCode);
    }
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!isAvailable(code)) {
        return false;
    }
    if (code != m_current && !install(code)) {
        return false;
    }
    m_settings.setValue(SettingKey::UiLanguage, code);
    m_settings.sync();
    return true;
}

bool LanguageManager::install(const QString& code)
{
    if (code == englishCode) {
        // The sources are English: only their plural forms ("1 transfer")
        // come from a catalogue, and Qt's own strings need none.
        removeTranslators();
        QLocale::setDefault(QLocale::system());
        auto plurals = std::make_unique<QTranslator>();
        if (i18n::load(*plurals, code)) {
            m_appTranslator = std::move(plurals);
            QCoreApplication::installTranslator(m_appTranslator.get());
        }
        m_current = code;
        Q_EMIT languageChanged(code);
        return true;
    }

    // Load into fresh translators first, so a missing file leaves the
    // current language untouched.
    auto appTranslator = std::make_unique<QTranslator>();
    if (!i18n::load(*appTranslator, code)) {
        qCWarning(lcLanguage) << "no translation for" << code;
        return false;
    }
    // Qt's own strings (standard buttons, context menus, the print and file
    // dialogs). Debian 12 ships no qtbase_hi.qm, and neither does Qt upstream
    // at 6.4: our catalogue carries the ones our windows show (text/QtOwnWords).
    // Where Qt has a catalogue it is installed last, so it is asked first and
    // ours fills only what it lacks.
    auto qtTranslator = std::make_unique<QTranslator>();
    const bool qtLoaded = qtTranslator->load(QStringLiteral("qtbase_") + code,
                                             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qtLoaded) {
        qCDebug(lcLanguage) << "no qtbase translation for" << code << "- Qt's own words from our catalogue";
    }

    removeTranslators();
    m_appTranslator = std::move(appTranslator);
    QCoreApplication::installTranslator(m_appTranslator.get());
    if (qtLoaded) {
        m_qtTranslator = std::move(qtTranslator);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    m_qtLoaded = qtLoaded;
    // Dates, month names and Qt's own number fields follow the screens'
    // language (text/DateText, HistoryText::language()); money keeps its
    // one formatter (MoneyFormatter), which does not ask QLocale.
    QLocale::setDefault(QLocale(QLocale::codeToLanguage(code), QLocale::India));
    m_current = code;
    Q_EMIT languageChanged(code);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    m_qtLoaded = false;
}

} // namespace counterdesk::ui
