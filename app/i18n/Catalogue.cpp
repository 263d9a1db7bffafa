#include "i18n/Catalogue.h"

#include <QLocale>
#include <QTranslator>

namespace counterdesk::i18n {

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("hi")};
}

bool load(QTranslator& translator, const QString& code)
{
    // English is the source language; its catalogue holds only the plural
    // forms ("%n transfer(s)" -> "1 transfer", "2 transfers").
    if (!languages().contains(code))
        return false;
    return translator.load(QStringLiteral(":/i18n/counterdesk_") + code + QStringLiteral(".qm"));
}

QString systemLanguage()
{
    const QString code = QLocale::languageToCode(QLocale::system().language());
    return languages().contains(code) ? code : QStringLiteral("en");
}

} // namespace counterdesk::i18n
