#include "domain/AadhaarNumber.h"

#include "domain/AsciiChar.h"

#include <array>

namespace counterdesk {

namespace {

constexpr qsizetype kAadhaarVisible = 4;

// Verhoeff's check digit, which UIDAI puts at the end of every Aadhaar
// number. A plain "sum of digits mod 10" misses two neighbours typed the
// wrong way round (the commonest slip when a number is read out); Verhoeff
// works in the dihedral group D5, whose multiplication is not commutative,
// and permutes each digit by its position, so it catches every single wrong
// digit and every swap of adjacent digits.
//
// kMultiply[a][b] is a*b in D5 (elements 0-4 are rotations, 5-9 reflections).
constexpr std::array<std::array<std::size_t, 10>, 10> kMultiply{{
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
    {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
    {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
}};

// kPermute[i % 8][d]: the permutation (1 5 8 9 4 2 7 0)(3 6) applied i times
// to the digit d at position i, counted from the right starting at 0.
constexpr std::array<std::array<std::size_t, 10>, 8> kPermute{{
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
    {9, 4, 5, 3, 1, 2, 8, 7, 6, 0},
    {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
    {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
}};

// A number with its check digit is valid when the running product of its
// permuted digits, right to left, ends at the identity (0).
bool verhoeffValid(QStringView digits)
{
    std::size_t check = 0;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto digit = static_cast<std::size_t>(digits[n - 1 - i].unicode() - u'0');
        check = kMultiply[check][kPermute[static_cast<std::size_t>(i % 8)][digit]];
    }
    return check == 0;
}

bool allAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!ascii::isDigit(c))
            return false;
    }
    return true;
}

QString maskLastFour(QStringView lastFour)
{
    return QStringLiteral("XXXX XXXX ") + lastFour.toString();
}

} // namespace

AadhaarNumberParseResult AadhaarNumber::parse(QStringView typed)
{
    const QStringView s = typed.trimmed();
    // Only ASCII digits: a Devanagari digit pasted from a message would pass
    // a naive isDigit() and then fail at UIDAI with a less helpful answer.
    QString digits;
    digits.reserve(kDigits);
    for (const QChar c : s) {
        if (ascii::isDigit(c))
            digits += c;
        else if (c != u' ' && c != u'-')
            return {std::nullopt, AadhaarNumberError::InvalidCharacter};
    }
    if (digits.isEmpty())
        return {std::nullopt, AadhaarNumberError::Empty};
    if (digits.size() != kDigits)
        return {std::nullopt, AadhaarNumberError::WrongLength};
    if (digits[0] < u'2')
        return {std::nullopt, AadhaarNumberError::BadFirstDigit};
    if (!verhoeffValid(digits))
        return {std::nullopt, AadhaarNumberError::ChecksumWrong};
    return {AadhaarNumber(std::move(digits)), AadhaarNumberError::None};
}

bool AadhaarNumber::isValid(QStringView digits)
{
    return digits.size() == kDigits && allAsciiDigits(digits) && digits[0] >= u'2' && verhoeffValid(digits);
}

QString AadhaarNumber::maskedFromLastFour(QStringView lastFour)
{
    if (lastFour.size() != kAadhaarVisible || !allAsciiDigits(lastFour))
        return {};
    return maskLastFour(lastFour);
}

QString AadhaarNumber::masked() const
{
    if (m_digits.isEmpty())
        return {};
    return maskLastFour(QStringView(m_digits).right(kAadhaarVisible));
}

QString AadhaarNumber::lastFour() const
{
    return m_digits.right(kAadhaarVisible);
}

} // namespace counterdesk
