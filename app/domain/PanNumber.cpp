#include "domain/PanNumber.h"

namespace counterdesk {

namespace {

constexpr qsizetype kLetters = 5;
constexpr qsizetype kDigits = 4;
constexpr qsizetype kVisible = 4;

bool isAsciiCapital(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

PanNumberParseResult PanNumber::parse(QStringView typed)
{
    QString text = typed.trimmed().toString().toUpper();
    text.remove(u' ');
    if (text.isEmpty())
        return {std::nullopt, PanNumberError::Empty};
    if (!isValid(text))
        return {std::nullopt, PanNumberError::WrongFormat};
    return {PanNumber(std::move(text)), PanNumberError::None};
}

bool PanNumber::isValid(QStringView canonical)
{
    // [A-Z]{5}[0-9]{4}[A-Z], spelled out: only ASCII, whatever toUpper()
    // made of a non-Latin letter.
    if (canonical.size() != kLength)
        return false;
    for (qsizetype i = 0; i < kLength; ++i) {
        const QChar c = canonical[i];
        const bool digitPlace = i >= kLetters && i < kLetters + kDigits;
        if (digitPlace ? !isAsciiDigit(c) : !isAsciiCapital(c))
            return false;
    }
    return true;
}

QString PanNumber::masked() const
{
    if (m_text.isEmpty())
        return {};
    return QString(m_text.size() - kVisible, u'X') + m_text.right(kVisible);
}

} // namespace counterdesk
