#include "receipt/ReceiptPrinting.h"

#include "receipt/ReceiptRenderer.h"
#include "settings/Settings.h"

#include <QPrinter>
#include <QPrinterInfo>
#include <algorithm>

namespace counterdesk::ui {

namespace {

// A misread settings file must not print a hundred receipts.
constexpr int kMaxCopies = 5;

} // namespace

ReceiptPrinting::ReceiptPrinting(Settings& settings)
    : m_settings(settings)
{}

void ReceiptPrinting::configure(QPrinter& printer) const
{
    const QString name = m_settings.stringValue(SettingKey::ReceiptPrinter);
    if (!name.isEmpty() && !QPrinterInfo::printerInfo(name).isNull())
        printer.setPrinterName(name);
    printer.setCopyCount(std::clamp(m_settings.intValue(SettingKey::ReceiptCopies), 1, kMaxCopies));
    printer.setDocName(QStringLiteral("CounterDesk receipt"));
}

void ReceiptPrinting::remember(const QPrinter& printer)
{
    if (printer.outputFormat() != QPrinter::NativeFormat)
        return; // "Print to file" is not the counter's printer
    m_settings.setValue(SettingKey::ReceiptPrinter, printer.printerName());
    m_settings.setValue(SettingKey::ReceiptCopies, std::clamp(printer.copyCount(), 1, kMaxCopies));
}

bool ReceiptPrinting::canQuickPrint() const
{
    const QString name = m_settings.stringValue(SettingKey::ReceiptPrinter);
    return !name.isEmpty() && !QPrinterInfo::printerInfo(name).isNull();
}

bool ReceiptPrinting::print(const QTextDocument& document, ReceiptLayout layout, QPrinter& printer)
{
    return ReceiptRenderer::render(document, layout, printer);
}

} // namespace counterdesk::ui
