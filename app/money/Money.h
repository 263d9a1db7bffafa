// Money: an amount of Indian rupees held as integer paise.
//
// Every amount in CounterDesk goes through this type. It is never a double:
// the API sends amounts as strings such as "110.00", "4.0" or even
// "2.20834002375E9", and parse() reads those digits exactly. Formatting for
// people (rupee sign, Indian grouping, words) lives in MoneyFormatter.
#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace counterdesk {

class Money;

// Why a parse failed; the UI words it (see MoneyFormatter).
enum class MoneyParseError {
    None,
    Empty,      // "" or whitespace only
    Null,       // JSON null / missing value
    NotANumber, // "abc", "1.2.3", "1e"
    Negative,   // "-5.00" where a negative amount is not allowed
    TooPrecise, // "1.005": finer than one paisa
    OutOfRange, // does not fit in 64-bit paise
};

struct MoneyParseResult;

class Money
{
public:
    enum class Sign { NonNegativeOnly, AllowNegative };

    constexpr Money() = default;

    static constexpr Money fromPaise(qint64 paise) { return Money(paise); }
    static constexpr Money fromRupees(qint64 rupees) { return Money(rupees * 100); }

    // Exact decimal parse of a server or user string. Accepts optional
    // surrounding whitespace, a decimal point, and an exponent (E9).
    static MoneyParseResult parse(QStringView text, Sign sign = Sign::NonNegativeOnly);
    // A JSON field: a string as parse(), an integral number, or null.
    static MoneyParseResult fromJson(const QJsonValue& value, Sign sign = Sign::NonNegativeOnly);

    constexpr qint64 paise() const { return m_paise; }
    constexpr qint64 wholeRupees() const { return m_paise / 100; }
    constexpr bool isWholeRupees() const { return m_paise % 100 == 0; }
    constexpr bool isZero() const { return m_paise == 0; }
    constexpr bool isNegative() const { return m_paise < 0; }

    // Machine form with two decimals and no grouping, e.g. "110.00", "-5.00".
    // This is the form the sandbox sends on the wire and the journal stores.
    QString toPlainString() const;

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
    {
    }

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
