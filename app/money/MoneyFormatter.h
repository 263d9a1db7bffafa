// MoneyFormatter: the one place that turns amounts and counts into text for
// people, and reads back the whole-rupee amount an agent types.
//
// Grouping is Indian (last three digits, then pairs: 1,10,000 and
// 12,34,56,789.50) and done here by hand rather than through QLocale, so the
// output is the same on every PC whatever its system locale or Qt's CLDR
// data, and tests never need to skip a missing locale.
//
// Hindi uses the same Latin digits, grouping and ₹ sign as English: that is
// what Indian banks print on Hindi passbooks, receipts and SMS, and what a
// customer compares against the note count. Devanagari digits (१,१०,०००)
// would be correct Hindi but unfamiliar on a money receipt.
#pragma once

#include "money/DisplayLanguage.h"
#include "money/Money.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace counterdesk {

// Why the amount an agent typed was refused; ui/text/ValueErrorText words it.
enum class AmountFieldError {
    None,
    Empty,            // nothing but spaces (or a lone ₹)
    NotWholeRupees,   // "110.50" or "110.00": the API takes whole rupees
    Negative,         // "-500"
    InvalidCharacter, // letters, symbols, inner spaces: "1O0", "5 00", "Rs 100"
    MisplacedComma,   // a comma not between two digits: ",100", "1,,000", "100,"
    Zero,             // "0", "0,000"
    TooLarge,         // more rupees than Money can hold
};

struct AmountFieldResult
{
    std::optional<Money> value;
    AmountFieldError error = AmountFieldError::None;
    bool ok() const { return value.has_value(); }
};

class MoneyFormatter
{
public:
    enum class PaiseDisplay {
        Always,      // "₹1,10,000.00": receipts and statements, columns line up
        OmitIfWhole, // "₹1,10,000", but "₹1,10,000.50": paise are never hidden
    };

    // "₹1,10,000.00", "-₹5.00". The minus is ASCII "-" before the sign, as
    // bank statements print it, and because thermal printer fonts that have
    // ₹ do not all have U+2212.
    static QString format(Money amount, DisplayLanguage language, PaiseDisplay paise = PaiseDisplay::Always);
    // The same without the rupee sign, for a column headed "Amount (₹)" or
    // the text of the amount field: "1,10,000.00", "-5.00".
    static QString formatNumber(Money amount, DisplayLanguage language,
                                PaiseDisplay paise = PaiseDisplay::Always);
    // A grouped integer for counts and totals of transfers: "1,10,000", "-42".
    static QString formatCount(qint64 count, DisplayLanguage language);

    // What an agent types in the amount field: whole rupees, optionally
    // grouped with commas (Indian or Western, commas carry no value), with
    // surrounding spaces and an optional leading ₹. Devanagari digits are
    // accepted too, since a Hindi keyboard layout types them. Limits
    // (wallet balance, per-transfer cap) are the wizard's job, not this.
    static AmountFieldResult parseAmountField(QStringView text);
};

} // namespace counterdesk
