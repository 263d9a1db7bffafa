// NameTokens: the words of a name, lower-cased, for the word-prefix index.
//
// A LIKE '%kumar%' over a million rows is a full scan; a (token, transfer)
// index answers "a word starting with kum" with a range seek instead.
// Devanagari vowel signs are marks, not letters, so marks stay inside words.
#pragma once

#include <QString>
#include <QStringList>

namespace counterdesk::journal {

class NameTokens
{
public:
    static QStringList split(const QString& text);
    // Exclusive upper bound of all strings starting with `prefix`.
    static QString prefixEnd(const QString& prefix);
    // A transfer's words in one text, each after a space (" sita devi"), so
    // that "a word starts with w" is instr(words, wordStart(w)) > 0: how a
    // search's further words are checked per candidate, from the row itself.
    static QString joined(const QStringList& tokens);
    static QString wordStart(const QString& word);
};

} // namespace counterdesk::journal
