// ReceiptLayout: the paper a receipt is made for, and what that paper needs.
//
// Counters print on 58 mm or 80 mm thermal rolls; an office printer takes A4
// (or Letter abroad). A roll has no fixed page height: the renderer cuts the
// page to the content. Every size here is in millimetres of paper.
#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace counterdesk {

enum class ReceiptLayout {
    Roll58mm,
    Roll80mm,
    A4,
    Letter,
};

class ReceiptPaper
{
public:
    // "58mm", "80mm", "a4", "letter": the text kept in settings.
    static QString name(ReceiptLayout layout);
    static std::optional<ReceiptLayout> fromName(QStringView name);

    static bool isRoll(ReceiptLayout layout);
    static qreal paperWidthMm(ReceiptLayout layout);
    // Only for A4 and Letter; a roll's height follows its content.
    static qreal paperHeightMm(ReceiptLayout layout);
    // Left and right (and, on sheets, top and bottom) margin.
    static qreal marginMm(ReceiptLayout layout);
    static qreal contentWidthMm(ReceiptLayout layout);
    // Base type size: small enough that 58 mm still holds a label and a value
    // side by side, large enough for the customer to read.
    static qreal basePointSize(ReceiptLayout layout);
    static qreal qrSizeMm(ReceiptLayout layout);

    static constexpr qreal kMmPerInch = 25.4;
};

} // namespace counterdesk
