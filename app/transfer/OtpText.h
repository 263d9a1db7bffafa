// OtpText: what an OTP typed by the agent must look like.
//
// Eko's OTPs are 6 digits in every example; 4-8 are accepted so a change on
// Eko's side does not strand a customer. Spaces (read out in pairs) are dropped.
#pragma once

#include <QString>

namespace counterdesk::transfer {

class OtpText
{
public:
    static QString digits(const QString& typed);
    static bool isWellFormed(const QString& typed);
};

} // namespace counterdesk::transfer
