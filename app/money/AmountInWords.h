// AmountInWords: an amount written out in words for receipts, as Indian
// cheques and bank slips do, in the Indian system (thousand, lakh, crore).
//
// Style, the same in both languages so a bilingual receipt reads alike:
//   rupees, then "and" + paise if any, then "only" / "मात्र":
//   "One lakh ten thousand rupees only"
//   "One hundred ten rupees and fifty paise only"
//   "एक लाख दस हज़ार रुपये मात्र", "एक सौ दस रुपये और पचास पैसे मात्र"
// English is sentence case, tens and units hyphenated ("twenty-one"), and
// uses no "and" inside a number, so the only "and" joins rupees and paise.
// Singular forms for exactly one: "One rupee only", "एक रुपया मात्र",
// "One paisa only", "एक पैसा मात्र". Zero is "Zero rupees only" /
// "शून्य रुपये मात्र". A negative amount is prefixed "Minus " / "ऋण ".
// Beyond 99 crore the crore count is itself written in the Indian system
// ("One hundred crore", "One lakh crore"), as Indian banks do.
#pragma once

#include "money/DisplayLanguage.h"
#include "money/Money.h"

#include <QString>

namespace counterdesk {

class AmountInWords
{
public:
    // The full receipt phrase for an amount (see above).
    static QString toWords(Money amount, DisplayLanguage language);
    // Only the number, lower case in English: 110000 -> "one lakh ten
    // thousand" / "एक लाख दस हज़ार"; 0 -> "zero" / "शून्य"; negative numbers
    // get the "minus" / "ऋण" prefix.
    static QString numberToWords(qint64 number, DisplayLanguage language);
};

} // namespace counterdesk
