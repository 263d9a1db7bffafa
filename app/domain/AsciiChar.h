// ASCII-only character tests for identifiers an agent types or Eko sends
// (mobile numbers, Aadhaar, PAN, amounts, IFSC, account numbers, TIDs,
// client_ref_id). QChar::isDigit(), isUpper() and isLetterOrNumber() also
// accept Devanagari, full-width and other scripts' digits and letters, which
// Eko rejects, so these rules use ASCII ranges only.
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

constexpr bool isLower(QChar c)
{
    return c.unicode() >= u'a' && c.unicode() <= u'z';
}

constexpr bool isLetterOrDigit(QChar c)
{
    return isDigit(c) || isUpper(c) || isLower(c);
}

} // namespace counterdesk::ascii
