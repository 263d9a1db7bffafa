#include "domain/MobileNumber.h"

#include "domain/AsciiChar.h"

namespace counterdesk {

namespace {

constexpr qsizetype kMobileDigits = 10;
constexpr char16_t kBullet = u'\u2022';

} // namespace

MobileNumberParseResult MobileNumber::parse(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return {std::nullopt, MobileNumberError::Empty};

    // Only ASCII digits: a Devanagari or full-width digit pasted from a
    // message would otherwise pass a naive isDigit() and reach the API.
    QString digits;
    digits.reserve(s.size());
    bool plus = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (ascii::isDigit(c))
            digits += c;
        else if (c == u' ' || c == u'-')
            continue;
        else if (c == u'+' && i == 0)
            plus = true;
        else
            return {std::nullopt, MobileNumberError::InvalidCharacter};
    }
    // " - " is as empty as "": there is nothing to dial.
    if (digits.isEmpty())
        return {std::nullopt, plus ? MobileNumberError::WrongLength : MobileNumberError::Empty};

    if (plus) {
        // With "+" the country code is explicit, so it must be 91.
        if (!digits.startsWith(u"91"))
            return {std::nullopt, MobileNumberError::NotIndian};
        digits.remove(0, 2);
    } else if (digits.size() == kMobileDigits + 2 && digits.startsWith(u"91")) {
        digits.remove(0, 2);
    } else if (digits.size() == kMobileDigits + 1 && digits.startsWith(u'0')) {
        digits.remove(0, 1);
    }

    if (digits.size() != kMobileDigits)
        return {std::nullopt, MobileNumberError::WrongLength};
    if (!isCanonical(digits))
        return {std::nullopt, MobileNumberError::BadFirstDigit};
    return {MobileNumber(std::move(digits)), MobileNumberError::None};
}

bool MobileNumber::isCanonical(QStringView digits)
{
    if (digits.size() != kMobileDigits || digits[0] < u'6' || digits[0] > u'9')
        return false;
    for (const QChar c : digits) {
        if (!ascii::isDigit(c))
            return false;
    }
    return true;
}

QString MobileNumber::toDisplayString() const
{
    if (m_digits.size() != kMobileDigits)
        return m_digits;
    return m_digits.left(5) + u' ' + m_digits.mid(5);
}

QString MobileNumber::masked() const
{
    if (m_digits.isEmpty())
        return {};
    return QString(m_digits.size() - 4, QChar(kBullet)) + m_digits.right(4);
}

} // namespace counterdesk
