// Ifsc: an Indian Financial System Code, the 11-character branch code a
// bank transfer is routed by: four letters for the bank, a zero reserved by
// the RBI, six letters or digits for the branch ("SBIN0001234").
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace counterdesk {

// Why a typed IFSC was refused; ui/text/ValueErrorText words it. Reasons
// are checked in this order, so the agent hears about the first problem.
enum class IfscError {
    None,
    Empty,            // nothing but spaces
    InvalidCharacter, // anything but A-Z and 0-9, inner spaces included
    WrongLength,      // not 11 characters
    BadBankCode,      // the first four are not all letters
    FifthNotZero,     // the fifth is not the digit 0 (often a letter O)
};

struct IfscParseResult;

class Ifsc
{
public:
    // An empty code, only for QVariant and not-yet-filled fields.
    Ifsc() = default;

    // Trims surrounding whitespace and upper-cases ASCII letters, then
    // checks ^[A-Z]{4}0[A-Z0-9]{6}$.
    static IfscParseResult parse(QStringView text);

    bool isEmpty() const { return m_code.isEmpty(); }
    // The canonical upper-case code, "SBIN0001234".
    QString toString() const { return m_code; }
    QString bankCode() const { return m_code.left(4); }  // "SBIN"
    QString branchCode() const { return m_code.mid(5); } // "001234"

    friend bool operator==(const Ifsc&, const Ifsc&) = default;

private:
    explicit Ifsc(QString code)
        : m_code(std::move(code))
    {}

    QString m_code;
};

struct IfscParseResult
{
    std::optional<Ifsc> value;
    IfscError error = IfscError::None;
    bool ok() const { return value.has_value(); }
};

} // namespace counterdesk

Q_DECLARE_METATYPE(counterdesk::Ifsc)
