#include "NameTokens.h"

namespace counterdesk::journal {

QStringList NameTokens::split(const QString& text)
{
    QStringList tokens;
    QString current;
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            tokens += current.toLower();
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens += current.toLower();
    tokens.removeDuplicates();
    return tokens;
}

QString NameTokens::prefixEnd(const QString& prefix)
{
    // U+10FFFF is the largest code point, so in SQLite's BINARY (UTF-8 byte)
    // order it sorts after every string that starts with `prefix`.
    const char32_t maxCodePoint = 0x10FFFF;
    return prefix + QString::fromUcs4(&maxCodePoint, 1);
}

QString NameTokens::joined(const QStringList& tokens)
{
    QString text;
    for (const QString& t : tokens)
        text += u' ' + t;
    return text;
}

QString NameTokens::wordStart(const QString& word)
{
    return u' ' + word;
}

} // namespace counterdesk::journal
