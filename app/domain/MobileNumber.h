// MobileNumber: an Indian mobile number, always 10 digits starting 6-9.
//
// Agents type numbers the way customers read them out: "+91 98765-43210",
// "09876543210", "919876543210". parse() accepts those forms and keeps only
// the 10-digit national number, which is what the Eko API takes as
// customer_id. Anything else is refused with a reason, never guessed at.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace counterdesk {

// Why a typed mobile number was refused; ui/text/ValueErrorText words it.
enum class MobileNumberError {
    None,
    Empty,            // nothing but spaces
    InvalidCharacter, // letters, dots, brackets, a "+" not at the start
    NotIndian,        // "+44 ...": a country code other than +91
    WrongLength,      // not 10 digits once the +91 / 91 / 0 prefix is removed
    BadFirstDigit,    // Indian mobile numbers start with 6, 7, 8 or 9
};

struct MobileNumberParseResult;

class MobileNumber
{
public:
    // An empty number (isEmpty()), only so the type can sit in a QVariant or
    // a wizard field before the agent has typed one; parse() never makes it.
    MobileNumber() = default;

    // Strips spaces and dashes, then one prefix: "+91", "91" (only when
    // that leaves exactly 10 digits, i.e. 12 digits in all) or a trunk "0"
    // (11 digits in all). The rest must be 10 digits starting 6-9.
    static MobileNumberParseResult parse(QStringView text);
    // Exactly the canonical form, "9876543210": 10 ASCII digits starting
    // 6-9, no prefix or spaces. The check for values that are already
    // canonical (the request builder's customer_id, the sandbox's params).
    static bool isCanonical(QStringView digits);

    bool isEmpty() const { return m_digits.isEmpty(); }
    // The canonical 10 digits, "9876543210": for the API and the journal.
    QString toString() const { return m_digits; }
    // For screens: "98765 43210", the grouping people read out.
    QString toDisplayString() const;
    // For receipts and logs: "••••••3210" (U+2022), the same bullet as
    // AccountNumber::masked(), so every masked value on a receipt looks
    // alike. Empty for an empty number.
    QString masked() const;

    friend bool operator==(const MobileNumber&, const MobileNumber&) = default;

private:
    explicit MobileNumber(QString digits)
        : m_digits(std::move(digits))
    {}

    QString m_digits;
};

struct MobileNumberParseResult
{
    std::optional<MobileNumber> value;
    MobileNumberError error = MobileNumberError::None;
    bool ok() const { return value.has_value(); }
};

} // namespace counterdesk

Q_DECLARE_METATYPE(counterdesk::MobileNumber)
