#include "CustomerWords.h"

#include "i18n/Catalogue.h"

namespace counterdesk::ui {

CustomerWords::CustomerWords(const QString& code)
    : m_code(i18n::languages().contains(code) ? code : QStringLiteral("en"))
{
    auto translator = std::make_unique<QTranslator>();
    if (i18n::load(*translator, m_code))
        m_translator = std::move(translator);
    else
        m_code = QStringLiteral("en"); // no catalogue: the source words, and say so
}

CustomerWords::~CustomerWords() = default;

DisplayLanguage CustomerWords::moneyLanguage() const
{
    return m_code == u"hi" ? DisplayLanguage::Hindi : DisplayLanguage::English;
}

QString CustomerWords::say(const char* context, const char* source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace counterdesk::ui
