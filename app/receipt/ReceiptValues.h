// ReceiptValues: how each value is written on a receipt.
#pragma once

#include "domain/Rail.h"
#include "journal/Transfer.h"
#include "journal/TransferState.h"

#include <QDateTime>
#include <QString>

namespace counterdesk {

class ReceiptValues
{
public:
    // "23-11-2026 19:35:12 IST": India Standard Time whatever the PC's zone,
    // since the customer compares it with the bank's SMS. Latin digits and a
    // 24-hour clock read the same in both languages.
    static QString istDateTime(const QDateTime& when);
    // "••••••3210" through MobileNumber; something unparsable keeps only
    // its last four characters, so a bad value still never prints in full.
    static QString maskedMobile(const QString& mobile);
    // The journal keeps Eko's masked form ("XXXXXX6789"); printed in the
    // same bullets as the mobile so every masked value looks alike.
    static QString maskedAccount(const QString& masked);
    static QString productName(Rail rail);
    // Not final (submitting, pending, unknown, refund pending): the receipt
    // must say PROVISIONAL (DESIGN.md, money safety).
    static bool isProvisional(journal::TransferState state);
    // Made in training mode: known by the row's stored profile kind, never
    // by the profile's name (a custom profile may be called "Training").
    static bool isTraining(const journal::Transfer& transfer);
};

} // namespace counterdesk
