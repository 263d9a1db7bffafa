// ReceiptPrinting: the counter's receipt printer, remembered in settings.
//
// Agents print dozens of receipts a day on the same thermal printer, so the
// printer they chose last (and how many copies they want) is kept, and
// quick print sends straight to it without a dialog. The paper (58 mm, 80
// mm, A4, Letter) is the receipt layout setting: the page size comes from
// the layout, not from the printer driver's default sheet.
#pragma once

#include "receipt/ReceiptLayout.h"

class QPrinter;
class QTextDocument;

namespace counterdesk {
class Settings;
}

namespace counterdesk::ui {

class ReceiptPrinting
{
public:
    explicit ReceiptPrinting(Settings& settings);

    // Printer name and copy count from settings; the remembered printer if
    // it still exists, else the system default.
    void configure(QPrinter& printer) const;
    // After a print dialog: keep what the agent chose.
    void remember(const QPrinter& printer);
    // A printer was chosen once and is still installed.
    bool canQuickPrint() const;

    static bool print(const QTextDocument& document, ReceiptLayout layout, QPrinter& printer);

private:
    Settings& m_settings;
};

} // namespace counterdesk::ui
