#include "AccountNumber.h"

#include "domain/AccountMask.h"
#include "domain/AsciiChar.h"

namespace counterdesk {

AccountNumberParseResult AccountNumber::parse(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    bool anythingButSpace = false;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        anythingButSpace = true;
        // ASCII only: no bank API takes Devanagari or other scripts' digits.
        if (!ascii::isDigit(c))
            return {std::nullopt, AccountNumberError::InvalidCharacter};
        digits += c;
    }
    if (!anythingButSpace)
        return {std::nullopt, AccountNumberError::Empty};
    if (digits.size() < kMinDigits)
        return {std::nullopt, AccountNumberError::TooShort};
    if (digits.size() > kMaxDigits)
        return {std::nullopt, AccountNumberError::TooLong};
    return {AccountNumber(std::move(digits)), AccountNumberError::None};
}

QString AccountNumber::masked() const
{
    return AccountMask::mask(m_digits);
}

} // namespace counterdesk
