// ReceiptQrCode: the receipt's QR code, so support or the customer's phone
// can read TID, our reference and amount without retyping them.
#pragma once

#include "journal/Transfer.h"

#include <QByteArray>
#include <QImage>

namespace counterdesk {

class ReceiptQrCode
{
public:
    // "TID:<tid>;REF:<client_ref_id>;AMT:<rupees.paise>", UTF-8.
    static QByteArray payload(const journal::Transfer& transfer);
    // One pixel per module plus the four-module quiet zone that scanners
    // need; the document scales it. Null if the payload cannot be encoded.
    static QImage image(const QByteArray& payload);
};

} // namespace counterdesk
