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
};

} // namespace counterdesk::journal
