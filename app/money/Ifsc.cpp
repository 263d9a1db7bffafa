#include "Ifsc.h"

#include "domain/AsciiChar.h"

namespace counterdesk {

namespace {

constexpr qsizetype kLength = 11;

} // namespace

IfscParseResult Ifsc::parse(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return {std::nullopt, IfscError::Empty};

    // Upper-case by hand, ASCII only: QString::toUpper() would turn "ß"
    // into "SS" and let non-Latin letters through to the checks below.
    QString code;
    code.reserve(s.size());
    for (const QChar c : s) {
        if (ascii::isLower(c))
            code += QChar(c.unicode() - u'a' + u'A');
        else if (ascii::isUpper(c) || ascii::isDigit(c))
            code += c;
        else
            return {std::nullopt, IfscError::InvalidCharacter};
    }

    if (code.size() != kLength)
        return {std::nullopt, IfscError::WrongLength};
    for (qsizetype i = 0; i < 4; ++i) {
        if (!ascii::isUpper(code[i]))
            return {std::nullopt, IfscError::BadBankCode};
    }
    if (code[4] != u'0')
        return {std::nullopt, IfscError::FifthNotZero};
    return {Ifsc(std::move(code)), IfscError::None};
}

} // namespace counterdesk
