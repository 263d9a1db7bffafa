// Catalogue: CounterDesk's own translations (translations/counterdesk_<code>.ts,
// built into this library under :/i18n), for the windows and the CLI alike.
#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace counterdesk::i18n {

// The languages CounterDesk speaks: "en" (the source) and those with a catalogue.
QStringList languages();
// Loads the catalogue of `code` ("hi") into `translator`. English has one
// too, of plural forms only. False for a code without a catalogue.
bool load(QTranslator& translator, const QString& code);
// The system's language as one of languages(): from LC_ALL, LC_MESSAGES or
// LANG on Linux, the user's UI language on Windows; "en" when it is another.
QString systemLanguage();

} // namespace counterdesk::i18n
