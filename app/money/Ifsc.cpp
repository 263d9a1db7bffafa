#include "Ifsc.h"

namespace counterdesk {

namespace {

constexpr qsizetype kLength = 11;

bool isUpperAsciiLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

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
        if (c >= u'a' && c <= u'z')
            code += QChar(c.unicode() - u'a' + u'A');
        else if (isUpperAsciiLetter(c) || (c >= u'0' && c <= u'9'))
            code += c;
        else
            return {std::nullopt, IfscError::InvalidCharacter};
    }

    if (code.size() != kLength)
        return {std::nullopt, IfscError::WrongLength};
    for (qsizetype i = 0; i < 4; ++i) {
        if (!isUpperAsciiLetter(code[i]))
            return {std::nullopt, IfscError::BadBankCode};
    }
    if (code[4] != u'0')
        return {std::nullopt, IfscError::FifthNotZero};
    return {Ifsc(std::move(code)), IfscError::None};
}

} // namespace counterdesk
