// ReceiptRenderer: puts a receipt document on paper (a printer) or in a PDF.
//
// The page follows the layout: a roll is as wide as the roll and exactly as
// tall as the receipt, so the printer cuts after the last line; A4 and Letter
// are ordinary pages with margins. It takes any QPagedPaintDevice, so
// ui/receipt hands it a QPrinter and the CLI a QPdfWriter, both headless
// capable (Qt Gui only).
#pragma once

#include "receipt/ReceiptLayout.h"

#include <QPageLayout>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

namespace counterdesk {

class ReceiptRenderer
{
public:
    // A copy of the document laid out for the device at the layout's
    // content width (tests check its idealWidth() against that width).
    static std::unique_ptr<QTextDocument> layOut(const QTextDocument& document, ReceiptLayout layout,
                                                 QPaintDevice& device);
    // Content width in the device's pixels.
    static qreal contentWidth(ReceiptLayout layout, const QPaintDevice& device);
    // The page for a document already laid out by layOut() on that device.
    static QPageLayout pageLayout(const QTextDocument& laidOut, ReceiptLayout layout,
                                  const QPaintDevice& device);

    // Sets the device's page layout and paints every page. False if the
    // device would not start painting (no printer, unwritable file).
    static bool render(const QTextDocument& document, ReceiptLayout layout, QPagedPaintDevice& device);
    static bool writePdf(const QTextDocument& document, ReceiptLayout layout, const QString& filePath);
};

} // namespace counterdesk
