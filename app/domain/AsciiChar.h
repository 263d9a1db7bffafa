// ASCII-only character tests for what an agent types into identifiers
// (mobile numbers, Aadhaar, PAN, amounts). QChar::isDigit() and isUpper()
// also accept Devanagari, full-width and other scripts' digits and letters,
// which Eko rejects, so these rules use ASCII ranges only.
#pragma once

#include <QChar>

namespace counterdesk::ascii {

constexpr bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

constexpr bool isUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

} // namespace counterdesk::ascii
