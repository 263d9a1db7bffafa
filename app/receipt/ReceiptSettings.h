// ReceiptSettings: the receipt options this counter is set up with.
#pragma once

#include "journal/Transfer.h"
#include "receipt/ReceiptOptions.h"

namespace counterdesk {

class Settings;

class ReceiptSettings
{
public:
    // Shop, agent code, paper and language from settings; training from the
    // transfer's own profile (a training transfer in history stays marked
    // even after the counter switched to production).
    static ReceiptOptions options(const Settings& settings, const journal::Transfer& transfer, bool copy);
    static ReceiptLayout layout(const Settings& settings);
    static DisplayLanguage language(const Settings& settings);
};

} // namespace counterdesk
