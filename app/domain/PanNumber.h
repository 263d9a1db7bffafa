// PanNumber: an Income Tax PAN, "ABCDE1234F", checked offline before Eko's
// Validate PAN (field "pan_number").
//
// Agents type it from the card in any case and sometimes with a space after
// the letters; parse() trims, uppercases and drops inner spaces, then needs
// five letters, four digits and a letter. The PAN is personal data:
// toString() is only for the one request that sends it; everything else
// shows masked().
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace counterdesk {

// Why a typed PAN was refused; ui/ words it.
enum class PanNumberError {
    None,
    Empty,       // nothing but spaces
    WrongFormat, // not five letters, four digits, one letter
};

struct PanNumberParseResult;

class PanNumber
{
public:
    static constexpr qsizetype kLength = 10;

    // An empty PAN (isEmpty()), only so the type can sit in a QVariant or a
    // wizard field; parse() never makes it.
    PanNumber() = default;

    static PanNumberParseResult parse(QStringView typed);
    // Exactly the canonical form "ABCDE1234F" (ASCII capitals and digits, no
    // spaces): the check for a value that is already canonical (the sandbox).
    static bool isValid(QStringView canonical);

    bool isEmpty() const { return m_text.isEmpty(); }
    // "ABCDE1234F". A secret: only for the one request that sends it.
    QString toString() const { return m_text; }
    // "XXXXXX234F": all but the last four replaced by 'X', the way Eko and
    // the tax department show a PAN back. Empty for an empty PAN.
    QString masked() const;

    friend bool operator==(const PanNumber&, const PanNumber&) = default;

private:
    explicit PanNumber(QString text)
        : m_text(std::move(text))
    {}

    QString m_text;
};

struct PanNumberParseResult
{
    std::optional<PanNumber> value;
    PanNumberError error = PanNumberError::None;
    bool ok() const { return value.has_value(); }
};

} // namespace counterdesk

Q_DECLARE_METATYPE(counterdesk::PanNumber)
