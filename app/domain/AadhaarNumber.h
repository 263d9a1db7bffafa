// AadhaarNumber: a 12-digit Aadhaar number, checked offline before it is
// sent to Eko's Generate Aadhaar OTP (field "aadhar").
//
// Customers read the number off the card in three groups, "2345 6789 0124";
// parse() accepts spaces and dashes between the digits and keeps the 12
// digits. UIDAI never issues a number starting 0 or 1, and the last digit is
// a Verhoeff check digit, so most slips of the finger (one wrong digit, two
// neighbours swapped) are caught at the counter instead of costing an OTP.
//
// The digits are personal data: digits() is only for the one request that
// sends them; screens, receipts, the journal and logs use masked().
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace counterdesk {

// Why a typed Aadhaar number was refused; ui/ words it.
enum class AadhaarNumberError {
    None,
    Empty,            // nothing but spaces and dashes
    InvalidCharacter, // letters, dots, Devanagari digits...
    WrongLength,      // not 12 digits
    BadFirstDigit,    // UIDAI never issues numbers starting 0 or 1
    ChecksumWrong,    // the Verhoeff check digit does not match: a digit is mistyped
};

struct AadhaarNumberParseResult;

class AadhaarNumber
{
public:
    static constexpr qsizetype kDigits = 12;

    // An empty number (isEmpty()), only so the type can sit in a QVariant or
    // a wizard field before the agent has typed one; parse() never makes it.
    AadhaarNumber() = default;

    // Trims, drops spaces and dashes, then needs exactly 12 ASCII digits,
    // the first 2-9, with a valid Verhoeff check digit.
    static AadhaarNumberParseResult parse(QStringView typed);
    // Exactly 12 ASCII digits, first 2-9, Verhoeff valid: the check for a
    // value that is already canonical (the sandbox's "aadhar" parameter).
    static bool isValid(QStringView digits);
    // "XXXX XXXX 1234" from the last four digits alone, for a screen that
    // kept only those; empty unless given exactly four ASCII digits.
    static QString maskedFromLastFour(QStringView lastFour);

    bool isEmpty() const { return m_digits.isEmpty(); }
    // The 12 digits. A secret: only for the one request that sends it.
    QString digits() const { return m_digits; }
    // UIDAI's masked-Aadhaar form, "XXXX XXXX 1234": for every screen,
    // receipt and record after entry. Empty for an empty number.
    QString masked() const;
    // "1234": the part that may be kept to show masked() again later.
    QString lastFour() const;

    friend bool operator==(const AadhaarNumber&, const AadhaarNumber&) = default;

private:
    explicit AadhaarNumber(QString digits)
        : m_digits(std::move(digits))
    {}

    QString m_digits;
};

struct AadhaarNumberParseResult
{
    std::optional<AadhaarNumber> value;
    AadhaarNumberError error = AadhaarNumberError::None;
    bool ok() const { return value.has_value(); }
};

} // namespace counterdesk

Q_DECLARE_METATYPE(counterdesk::AadhaarNumber)
