#include "AccountNumber.h"

#include "domain/AccountMask.h"

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
        // ASCII only: isDigit() would also accept Devanagari and other
        // scripts' digits, which no bank API takes.
        if (c < u'0' || c > u'9')
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
