#include "domain/PanNumber.h"

#include "domain/AsciiChar.h"

namespace counterdesk {

namespace {

constexpr qsizetype kPanLetters = 5;
constexpr qsizetype kPanDigits = 4;
constexpr qsizetype kPanVisible = 4;

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
        const bool digitPlace = i >= kPanLetters && i < kPanLetters + kPanDigits;
        if (digitPlace ? !ascii::isDigit(c) : !ascii::isUpper(c))
            return false;
    }
    return true;
}

QString PanNumber::masked() const
{
    if (m_text.isEmpty())
        return {};
    return QString(m_text.size() - kPanVisible, u'X') + m_text.right(kPanVisible);
}

} // namespace counterdesk
