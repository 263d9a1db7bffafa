// PinText: why a PIN was not accepted, and how long to wait, in words. Shared
// by the lock screen, the transfer PIN prompt and the settings' PIN change.
#pragma once

#include "security/PinGuard.h"

#include <QCoreApplication>

namespace counterdesk::ui {

class PinText
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::PinText)
public:
    static QString refusal(security::PinCheck check, const security::PinGuard& guard);
    // "Too many wrong PINs. Try again in 30 seconds." for a countdown.
    static QString wait(qint64 seconds);
};

} // namespace counterdesk::ui
