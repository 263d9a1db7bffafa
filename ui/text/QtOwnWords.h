// QtOwnWords: the words Qt itself puts on CounterDesk's windows — standard
// buttons, the right-click menus of text fields and scroll bars, the print,
// preview and file dialogs, and QCommandLineParser's in counterdesk-gateway's
// --help — listed so lupdate carries them into our own
// catalogue (translations/counterdesk_hi.ts) under Qt's contexts.
//
// Debian 12 ships no qtbase_hi.qm (and Qt 6.4 has none upstream), so without
// this those words stay English on a Hindi screen. LanguageManager installs
// Qt's own catalogue after ours when one exists, and Qt asks the last
// installed first: Qt's translation wins wherever it has one, ours fills the
// rest. tests/gui/tst_hindiwalk checks that each word has a Hindi
// translation and that no English word is left on a Hindi window.
#pragma once

#include <QList>

namespace counterdesk::ui {

struct QtOwnWord
{
    const char* context; // Qt's class, as its tr() sees it
    const char* source;  // Qt's English text, to the letter
};

QList<QtOwnWord> qtOwnWords();

} // namespace counterdesk::ui
