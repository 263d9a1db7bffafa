#include "receipt/ReceiptLayout.h"

namespace counterdesk {

QString ReceiptPaper::name(ReceiptLayout layout)
{
    switch (layout) {
    case ReceiptLayout::Roll58mm:
        return QStringLiteral("58mm");
    case ReceiptLayout::Roll80mm:
        return QStringLiteral("80mm");
    case ReceiptLayout::A4:
        return QStringLiteral("a4");
    case ReceiptLayout::Letter:
        return QStringLiteral("letter");
    }
    return QStringLiteral("80mm");
}

std::optional<ReceiptLayout> ReceiptPaper::fromName(QStringView name)
{
    for (ReceiptLayout layout :
         {ReceiptLayout::Roll58mm, ReceiptLayout::Roll80mm, ReceiptLayout::A4, ReceiptLayout::Letter}) {
        if (name.compare(ReceiptPaper::name(layout), Qt::CaseInsensitive) == 0)
            return layout;
    }
    return std::nullopt;
}

bool ReceiptPaper::isRoll(ReceiptLayout layout)
{
    return layout == ReceiptLayout::Roll58mm || layout == ReceiptLayout::Roll80mm;
}

qreal ReceiptPaper::paperWidthMm(ReceiptLayout layout)
{
    switch (layout) {
    case ReceiptLayout::Roll58mm:
        return 58.0;
    case ReceiptLayout::Roll80mm:
        return 80.0;
    case ReceiptLayout::A4:
        return 210.0;
    case ReceiptLayout::Letter:
        return 215.9;
    }
    return 80.0;
}

qreal ReceiptPaper::paperHeightMm(ReceiptLayout layout)
{
    return layout == ReceiptLayout::Letter ? 279.4 : 297.0;
}

qreal ReceiptPaper::marginMm(ReceiptLayout layout)
{
    // Thermal heads print 48 mm of a 58 mm roll and 72 mm of an 80 mm one.
    switch (layout) {
    case ReceiptLayout::Roll58mm:
        return 5.0;
    case ReceiptLayout::Roll80mm:
        return 4.0;
    case ReceiptLayout::A4:
    case ReceiptLayout::Letter:
        return 20.0;
    }
    return 5.0;
}

qreal ReceiptPaper::contentWidthMm(ReceiptLayout layout)
{
    return paperWidthMm(layout) - 2 * marginMm(layout);
}

qreal ReceiptPaper::basePointSize(ReceiptLayout layout)
{
    switch (layout) {
    case ReceiptLayout::Roll58mm:
        return 7.5;
    case ReceiptLayout::Roll80mm:
        return 9.0;
    case ReceiptLayout::A4:
    case ReceiptLayout::Letter:
        return 11.0;
    }
    return 9.0;
}

qreal ReceiptPaper::qrSizeMm(ReceiptLayout layout)
{
    return isRoll(layout) ? 26.0 : 32.0;
}

} // namespace counterdesk
