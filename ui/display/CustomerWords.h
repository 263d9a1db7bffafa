// CustomerWords: the customer's language, apart from the agent's.
//
// The agent may work in English while the customer reads Hindi (or the other
// way round), so the customer display never uses tr(): that follows the
// translator installed app-wide for the agent. Instead each display holds its
// own QTranslator with the same catalogue (i18n::load), never installed, and
// asks it for the words the display marked with QT_TRANSLATE_NOOP. A language
// without a catalogue (English, the source) gives the source text.
#pragma once

#include "money/DisplayLanguage.h"

#include <QString>
#include <QTranslator>
#include <memory>

namespace counterdesk::ui {

class CustomerWords
{
public:
    // `code` is one of i18n::languages(); anything else is English.
    explicit CustomerWords(const QString& code = QStringLiteral("en"));
    ~CustomerWords();
    CustomerWords(CustomerWords&&) noexcept = default;
    CustomerWords& operator=(CustomerWords&&) noexcept = default;

    QString code() const { return m_code; }
    // For MoneyFormatter and AmountInWords, which take the language itself.
    DisplayLanguage moneyLanguage() const;
    // `source` as marked with QT_TRANSLATE_NOOP(context, source).
    QString say(const char* context, const char* source) const;

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_translator; // null for the source language
};

} // namespace counterdesk::ui
