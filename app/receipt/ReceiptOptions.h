// ReceiptOptions: everything a receipt needs besides the transfer itself.
#pragma once

#include "money/DisplayLanguage.h"
#include "receipt/ReceiptLayout.h"

#include <QDateTime>
#include <QString>

namespace counterdesk {

struct ReceiptOptions
{
    QString shopName;
    QString shopAddress; // may hold line breaks
    QString agentCode;
    ReceiptLayout layout = ReceiptLayout::Roll80mm;
    // The customer's language, chosen apart from the agent's screens.
    DisplayLanguage language = DisplayLanguage::English;
    // Training transfers moved no money; their receipts must say so.
    bool training = false;
    // A reprint ("Receipt (Copy)", as Eloka prints it): the customer already
    // holds the original, so this one must not pass for a second payment.
    bool copy = false;
    // When a copy was printed; null leaves the line out (keeps tests exact).
    QDateTime printedAt;
};

} // namespace counterdesk
