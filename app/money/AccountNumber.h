// AccountNumber: a bank account number as the recipient's bank issued it,
// 9 to 18 digits. Kept as text, never as a number: leading zeros are part
// of many account numbers ("000123456789") and must reach the API intact.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace counterdesk {

// Why a typed account number was refused; ui/text/ValueErrorText words it.
enum class AccountNumberError {
    None,
    Empty,            // nothing but spaces
    InvalidCharacter, // anything but digits and spaces ("1234-5678", "12AB")
    TooShort,         // fewer than 9 digits
    TooLong,          // more than 18 digits
};

struct AccountNumberParseResult;

class AccountNumber
{
public:
    static constexpr qsizetype kMinDigits = 9;
    static constexpr qsizetype kMaxDigits = 18;

    // An empty number, only for QVariant and not-yet-filled fields.
    AccountNumber() = default;

    // Spaces anywhere are dropped (passbooks print numbers in groups of
    // four); everything else must be an ASCII digit.
    static AccountNumberParseResult parse(QStringView text);

    bool isEmpty() const { return m_digits.isEmpty(); }
    // All the digits, leading zeros kept: "000123456789".
    QString toString() const { return m_digits; }
    // "••••6789" (U+2022): always four bullets, whatever the length, so a
    // receipt or a log line does not even reveal how long the number is.
    // Empty for an empty number.
    QString masked() const;
    QString lastFourDigits() const { return m_digits.right(4); }

    friend bool operator==(const AccountNumber&, const AccountNumber&) = default;

private:
    explicit AccountNumber(QString digits)
        : m_digits(std::move(digits))
    {}

    QString m_digits;
};

struct AccountNumberParseResult
{
    std::optional<AccountNumber> value;
    AccountNumberError error = AccountNumberError::None;
    bool ok() const { return value.has_value(); }
};

} // namespace counterdesk

Q_DECLARE_METATYPE(counterdesk::AccountNumber)
