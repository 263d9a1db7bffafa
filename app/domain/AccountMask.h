// AccountMask: the one way a bank account number is shown or stored
// anywhere - "••••1234" (four U+2022 bullets, then the last four digits).
//
// Eko lists accounts already masked ("XXXXXX8454"), the agent types them in
// full, older journal rows hold "XXXXXXXX1234": all of them mask to the same
// text, so the receipt, the history, the wizard and the journal agree, and
// masking twice changes nothing. The journal never stores more than this;
// the last four digits (tail()) are what the agent searches by.
#pragma once

#include <QString>

namespace counterdesk {

class AccountMask
{
public:
    static constexpr qsizetype kVisibleDigits = 4;

    // "••••1234"; empty when the text has no digit at all.
    static QString mask(const QString& account);
    // The last four digits, "1234": the journal's search key.
    static QString tail(const QString& account);
};

} // namespace counterdesk
