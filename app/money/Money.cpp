#include "Money.h"

#include "domain/AsciiChar.h"

#include <QLocale>
#include <QVarLengthArray>
#include <QVariant>
#include <QtNumeric>
#include <algorithm>
#include <limits>

namespace counterdesk {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
// Magnitude of the most negative qint64, which has no positive counterpart.
constexpr quint64 kMaxNegativeMagnitude = quint64(kMax) + 1;
// Any exponent beyond this is already far outside qint64 paise (or finer
// than a paisa for any digit string we can hold); saturating here keeps the
// exponent arithmetic itself from overflowing on "1E99999999999".
constexpr qint64 kExponentLimit = 1'000'000;

// Gives the signed value of a magnitude, or nullopt if it does not fit.
std::optional<qint64> withSign(quint64 magnitudeValue, bool negative)
{
    if (negative) {
        if (magnitudeValue > kMaxNegativeMagnitude)
            return std::nullopt;
        return static_cast<qint64>(quint64(0) - magnitudeValue);
    }
    if (magnitudeValue > quint64(kMax))
        return std::nullopt;
    return static_cast<qint64>(magnitudeValue);
}

} // namespace

std::optional<Money> Money::fromRupeesChecked(qint64 rupees)
{
    qint64 paise = 0;
    if (qMulOverflow(rupees, qint64(100), &paise))
        return std::nullopt;
    return Money(paise);
}

MoneyParseResult Money::parse(QStringView text, Sign sign)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return {std::nullopt, MoneyParseError::Empty};

    qsizetype i = 0;
    bool negative = false;
    if (s[i] == u'-' || s[i] == u'+') {
        negative = s[i] == u'-';
        ++i;
    }

    // The mantissa is kept as a digit string, not accumulated into an
    // integer: "1.00000000000000000000" and "0.10000000000000000000000" are
    // exact, valid amounts whose digit count alone would overflow qint64.
    QVarLengthArray<char, 32> digits;
    qsizetype integerDigits = 0;
    bool seenPoint = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (ascii::isDigit(c)) {
            digits.append(static_cast<char>(c.unicode() - u'0'));
            if (!seenPoint)
                ++integerDigits;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (digits.isEmpty())
        return {std::nullopt, MoneyParseError::NotANumber};

    qint64 exponent = 0;
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'+')) {
            negativeExponent = s[i] == u'-';
            ++i;
        }
        int exponentDigits = 0;
        for (; i < s.size() && ascii::isDigit(s[i]); ++i) {
            if (exponent < kExponentLimit)
                exponent = exponent * 10 + (s[i].unicode() - u'0');
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return {std::nullopt, MoneyParseError::NotANumber};
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != s.size())
        return {std::nullopt, MoneyParseError::NotANumber};

    bool anyNonZero = false;
    for (const char d : digits)
        anyNonZero = anyNonZero || d != 0;
    // "-0.00" is zero, not a negative amount.
    if (negative && anyNonZero && sign == Sign::NonNegativeOnly)
        return {std::nullopt, MoneyParseError::Negative};
    if (!anyNonZero)
        return {Money(0), MoneyParseError::None};

    // Shift the decimal point two places right (rupees -> paise) plus the
    // exponent: digits before `pointAt` are whole paise, the rest must be 0.
    const qint64 pointAt = qint64(integerDigits) + 2 + exponent;
    const qint64 digitCount = digits.size();

    quint64 paise = 0;
    const quint64 limit = negative ? kMaxNegativeMagnitude : quint64(kMax);
    for (qint64 k = 0; k < std::min(pointAt, digitCount); ++k) {
        const auto d = static_cast<quint64>(digits[k]);
        if (paise > (limit - d) / 10)
            return {std::nullopt, MoneyParseError::OutOfRange};
        paise = paise * 10 + d;
    }
    // Zeros implied by a positive exponent ("2.2E9"); once paise is non-zero
    // at most 19 of them can fit, so the loop ends early on a huge exponent.
    for (qint64 k = digitCount; k < pointAt; ++k) {
        if (paise > limit / 10)
            return {std::nullopt, MoneyParseError::OutOfRange};
        paise *= 10;
    }
    for (qint64 k = std::max<qint64>(pointAt, 0); k < digitCount; ++k) {
        if (digits[k] != 0)
            return {std::nullopt, MoneyParseError::TooPrecise};
    }

    // withSign cannot fail: the loops above kept paise within `limit`.
    return {Money(*withSign(paise, negative)), MoneyParseError::None};
}

MoneyParseResult Money::fromJson(const QJsonValue& value, Sign sign)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {std::nullopt, MoneyParseError::Null};
    case QJsonValue::String:
        return parse(value.toString(), sign);
    case QJsonValue::Double: {
        // Qt keeps integral JSON numbers as integers. A number with a
        // fraction has already been through a double, so it is rebuilt as
        // the shortest text that reads back to the same double ("0.61") and
        // parsed exactly; anything finer than a paisa is refused, not rounded.
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            return parse(QString::number(v.toLongLong()), sign);
        return parse(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest), sign);
    }
    case QJsonValue::Bool:
    case QJsonValue::Array:
    case QJsonValue::Object:
        return {std::nullopt, MoneyParseError::NotANumber};
    }
    return {std::nullopt, MoneyParseError::NotANumber};
}

QString Money::toPlainString() const
{
    // Work on the magnitude as unsigned so the most negative value is safe.
    const quint64 all = magnitudeOf(m_paise);
    const quint64 rupees = all / 100;
    const quint64 paise = all % 100;
    return (m_paise < 0 ? QStringLiteral("-") : QString()) + QString::number(rupees) + u'.' +
           QStringLiteral("%1").arg(paise, 2, 10, QChar(u'0'));
}

std::optional<Money> Money::checkedAdd(Money other) const
{
    qint64 sum = 0;
    if (qAddOverflow(m_paise, other.m_paise, &sum))
        return std::nullopt;
    return Money(sum);
}

std::optional<Money> Money::checkedSubtract(Money other) const
{
    qint64 difference = 0;
    if (qSubOverflow(m_paise, other.m_paise, &difference))
        return std::nullopt;
    return Money(difference);
}

std::optional<Money> Money::checkedMultiply(qint64 factor) const
{
    qint64 product = 0;
    if (qMulOverflow(m_paise, factor, &product))
        return std::nullopt;
    return Money(product);
}

std::optional<Money> Money::checkedMulDiv(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    if (denominator == 0)
        return std::nullopt;
    // An odd number of negative operands gives a negative result; a zero
    // magnitude comes out as plain 0 either way.
    const bool negative = ((m_paise < 0) != (numerator < 0)) != (denominator < 0);
    const quint64 a = magnitudeOf(m_paise);
    const quint64 n = magnitudeOf(numerator);
    const quint64 d = magnitudeOf(denominator);

    // a * n / d split as (q * d + r) * n / d = q * n + r * n / d, so the
    // only products are q * n (bounded by the result) and r * n < d * n.
    const quint64 q = a / d;
    const quint64 r = a % d;
    quint64 whole = 0;
    quint64 partial = 0;
    if (qMulOverflow(q, n, &whole) || qMulOverflow(r, n, &partial))
        return std::nullopt;
    quint64 result = 0;
    if (qAddOverflow(whole, partial / d, &result))
        return std::nullopt;
    const quint64 remainder = partial % d;

    bool roundUp = false;
    switch (rounding) {
    case Rounding::TowardZero:
        break;
    case Rounding::HalfAwayFromZero:
        // remainder >= d / 2, written so it cannot overflow.
        roundUp = remainder >= d - remainder;
        break;
    case Rounding::AwayFromZero:
        roundUp = remainder != 0;
        break;
    }
    if (roundUp && qAddOverflow(result, quint64(1), &result))
        return std::nullopt;

    const std::optional<qint64> paise = withSign(result, negative);
    if (!paise)
        return std::nullopt;
    return Money(*paise);
}

std::optional<Money> Money::checkedBasisPoints(qint64 basisPoints, Rounding rounding) const
{
    return checkedMulDiv(basisPoints, 10'000, rounding);
}

} // namespace counterdesk
