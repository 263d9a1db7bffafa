#include "Money.h"

#include <QLocale>
#include <QVariant>

#include <limits>

namespace counterdesk {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// value * 10 + digit, refusing to overflow.
bool appendDigit(qint64& value, int digit)
{
    if (value > (kMax - digit) / 10)
        return false;
    value = value * 10 + digit;
    return true;
}

} // namespace

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

    // Mantissa: all its digits as one integer, remembering how many came
    // after the decimal point. "110.00" -> 11000 with 2 fraction digits.
    qint64 mantissa = 0;
    int fractionDigits = 0;
    int digitCount = 0;
    bool seenPoint = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (isDigit(c)) {
            // Leading zeros and trailing fraction zeros are harmless; only
            // significant digits can overflow.
            if (!appendDigit(mantissa, c.digitValue()))
                return {std::nullopt, MoneyParseError::OutOfRange};
            ++digitCount;
            if (seenPoint)
                ++fractionDigits;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (digitCount == 0)
        return {std::nullopt, MoneyParseError::NotANumber};

    int exponent = 0;
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'+')) {
            negativeExponent = s[i] == u'-';
            ++i;
        }
        int exponentDigits = 0;
        for (; i < s.size() && isDigit(s[i]); ++i) {
            exponent = exponent * 10 + s[i].digitValue();
            if (exponent > 40)
                return {std::nullopt, MoneyParseError::OutOfRange};
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return {std::nullopt, MoneyParseError::NotANumber};
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != s.size())
        return {std::nullopt, MoneyParseError::NotANumber};

    // paise = mantissa * 10^(2 - fractionDigits + exponent)
    int shift = 2 - fractionDigits + exponent;
    qint64 paise = mantissa;
    for (; shift > 0; --shift) {
        if (paise > kMax / 10)
            return {std::nullopt, MoneyParseError::OutOfRange};
        paise *= 10;
    }
    for (; shift < 0; ++shift) {
        if (paise % 10 != 0)
            return {std::nullopt, MoneyParseError::TooPrecise};
        paise /= 10;
    }

    if (negative && paise != 0) {
        if (sign == Sign::NonNegativeOnly)
            return {std::nullopt, MoneyParseError::Negative};
        paise = -paise;
    }
    return {Money(paise), MoneyParseError::None};
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
    const bool negative = m_paise < 0;
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(m_paise) : static_cast<quint64>(m_paise);
    const quint64 rupees = magnitude / 100;
    const quint64 paise = magnitude % 100;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(rupees) + u'.' +
           QStringLiteral("%1").arg(paise, 2, 10, QChar(u'0'));
}

} // namespace counterdesk
