// Money: an amount of Indian rupees held as integer paise.
//
// Every amount in CounterDesk goes through this type. It is never a double:
// the API sends amounts as strings such as "110.00", "4.0" or even
// "2.20834002375E9", and parse() reads those digits exactly. Formatting for
// people (rupee sign, Indian grouping) lives in MoneyFormatter, words in
// AmountInWords; ui/text/ValueErrorText words the parse errors.
#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <compare>
#include <optional>

namespace counterdesk {

class Money;

// |value| as unsigned, also for the most negative qint64 (whose absolute
// value does not fit in qint64): what formatting and words of an amount use.
constexpr quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? quint64(0) - static_cast<quint64>(value) : static_cast<quint64>(value);
}

// Why a parse failed; ui/text/ValueErrorText words it.
enum class MoneyParseError {
    None,
    Empty,      // "" or whitespace only
    Null,       // JSON null / missing value
    NotANumber, // "abc", "1.2.3", "1e", "1,000", true, [] or {}
    Negative,   // "-5.00" where a negative amount is not allowed
    TooPrecise, // "1.005": finer than one paisa
    OutOfRange, // does not fit in 64-bit paise
};

struct MoneyParseResult;

class Money
{
public:
    enum class Sign { NonNegativeOnly, AllowNegative };

    // How checkedMulDiv() treats a result that falls between two paise.
    // Named by direction from zero so the meaning does not flip for
    // negative amounts (refunds, reversals).
    enum class Rounding { TowardZero, HalfAwayFromZero, AwayFromZero };

    constexpr Money() = default;

    static constexpr Money fromPaise(qint64 paise) { return Money(paise); }
    // Precondition: |rupees| <= 92,233,720,368,547,758 (qint64 max / 100).
    // Kept unchecked and constexpr for literals in code; use
    // fromRupeesChecked() for anything that came from outside.
    static constexpr Money fromRupees(qint64 rupees) { return Money(rupees * 100); }
    static std::optional<Money> fromRupeesChecked(qint64 rupees);

    // Exact decimal parse of a server or user string. Accepts optional
    // surrounding whitespace, a sign, a decimal point, and an exponent (E9).
    // Nothing is ever rounded: a value finer than a paisa is TooPrecise.
    // When several errors apply, the first of NotANumber, Negative,
    // OutOfRange, TooPrecise is reported ("-1.005" is Negative).
    static MoneyParseResult parse(QStringView text, Sign sign = Sign::NonNegativeOnly);
    // A JSON field: a string as parse(), a number, or null.
    static MoneyParseResult fromJson(const QJsonValue& value, Sign sign = Sign::NonNegativeOnly);

    constexpr qint64 paise() const { return m_paise; }
    // Truncates toward zero: -5.50 gives -5 whole rupees.
    constexpr qint64 wholeRupees() const { return m_paise / 100; }
    constexpr bool isWholeRupees() const { return m_paise % 100 == 0; }
    constexpr bool isZero() const { return m_paise == 0; }
    constexpr bool isNegative() const { return m_paise < 0; }

    // Machine form with two decimals and no grouping, e.g. "110.00", "-5.00".
    // This is the form the sandbox sends on the wire and the journal stores.
    QString toPlainString() const;

    // The operators below assume amounts far from the qint64 limits (which
    // is ~92 lakh crore crore rupees); code that adds or scales numbers it
    // did not produce itself uses the checked forms, which return nullopt
    // instead of a wrapped (undefined) result.
    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSubtract(Money other) const;
    std::optional<Money> checkedMultiply(qint64 factor) const;
    // amount * numerator / denominator with exact integer maths and the
    // given rounding; nullopt on overflow or a zero denominator. The
    // intermediate product never overflows for realistic fee fractions.
    std::optional<Money> checkedMulDiv(qint64 numerator, qint64 denominator, Rounding rounding) const;
    // A percentage fee in basis points (100 bp = 1 %, 1 bp = 0.01 %), so
    // rates such as 1.2 % stay integers: checkedBasisPoints(120, ...).
    std::optional<Money> checkedBasisPoints(qint64 basisPoints, Rounding rounding) const;

    constexpr Money operator+(Money other) const { return Money(m_paise + other.m_paise); }
    constexpr Money operator-(Money other) const { return Money(m_paise - other.m_paise); }
    constexpr Money& operator+=(Money other)
    {
        m_paise += other.m_paise;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_paise -= other.m_paise;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(qint64 paise)
        : m_paise(paise)
    {}

    qint64 m_paise = 0;
};

struct MoneyParseResult
{
    std::optional<Money> value;
    MoneyParseError error = MoneyParseError::None;
    bool ok() const { return value.has_value(); }
};

} // namespace counterdesk

Q_DECLARE_METATYPE(counterdesk::Money)
