// A receipt printed through the Windows print system: the counter's printer
// remembered and found again by name, Qt's Windows print engine (GDI), the
// spooler and a printer driver, the page the layout asks for. Built only for
// Windows; scripts/check-windows.sh runs it under Wine.
//
// The printer: under Wine, Wine's own PostScript driver with a printer
// description of ours (a Wine prefix has no printer without a CUPS server,
// and Debian's Wine registers the driver only for CUPS printers); on Windows,
// "Microsoft Print to PDF", which every Windows 10 and 11 has. The job is
// written to a file (QPrinter::setOutputFileName is the Windows DOCINFO
// output file), and the file is read back: the driver's own header, one
// page, its size (a roll's size only on Windows: see receiptIsPrinted).
#include "ReceiptSamples.h"
#include "TestRunner.h"
#include "receipt/ReceiptBuilder.h"
#include "receipt/ReceiptPrinting.h"
#include "settings/Settings.h"

#include <QFile>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <cmath>
#include <windows.h>
#include <winspool.h>

using namespace counterdesk;
using counterdesk::ui::ReceiptPrinting;

namespace {

const QString kWinePrinter = QStringLiteral("CounterDesk receipt printer");
// The system's default printer under Wine, so that finding the receipt
// printer by name is not finding the default.
const QString kWineDefaultPrinter = QStringLiteral("CounterDesk office printer");
const QString kWindowsPdfPrinter = QStringLiteral("Microsoft Print to PDF");
constexpr wchar_t kWineDriver[] = L"Wine PostScript Driver";
constexpr char kPpdName[] = "counterdesk-test.ppd";

// A PostScript printer with A4 paper, for the Wine driver.
constexpr char kPpd[] = R"ppd(*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "CDTEST.PPD"
*Manufacturer: "CounterDesk"
*Product: "(CounterDesk test printer)"
*ModelName: "CounterDesk test printer"
*ShortNickName: "CounterDesk test printer"
*NickName: "CounterDesk test printer"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: False
*DefaultColorSpace: Gray
*TTRasterizer: Type42
*OpenUI *PageSize: PickOne
*DefaultPageSize: A4
*PageSize A4/A4: "<</PageSize[595 842]>>setpagedevice"
*CloseUI: *PageSize
*DefaultImageableArea: A4
*ImageableArea A4/A4: "0 0 595 842"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595 842"
*DefaultResolution: 300dpi
)ppd";

bool runningUnderWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
}

std::wstring driverDirectory()
{
    wchar_t dir[MAX_PATH] = {};
    DWORD needed = 0;
    if (!GetPrinterDriverDirectoryW(nullptr, nullptr, 1, reinterpret_cast<BYTE*>(dir), sizeof dir, &needed))
        return {};
    // Version 3 drivers (every driver since Windows 2000) live in "3".
    return std::wstring(dir) + L"\\3\\";
}

QString addWinePrinter(const QString& printerName)
{
    std::wstring name = printerName.toStdWString();
    std::wstring driver = kWineDriver;
    wchar_t port[] = L"FILE:";
    wchar_t processor[] = L"WinPrint";
    wchar_t datatype[] = L"RAW";
    PRINTER_INFO_2W info = {};
    info.pPrinterName = name.data();
    info.pPortName = port;
    info.pDriverName = driver.data();
    info.pPrintProcessor = processor;
    info.pDatatype = datatype;
    const HANDLE printer = AddPrinterW(nullptr, 2, reinterpret_cast<BYTE*>(&info));
    if (!printer && GetLastError() != ERROR_PRINTER_ALREADY_EXISTS)
        return QStringLiteral("AddPrinter \"%1\" failed (error %2)").arg(printerName).arg(GetLastError());
    if (printer)
        ClosePrinter(printer);
    return {};
}

// Adds the Wine PostScript driver (already copied into the driver directory
// by Wine's set-up) with our printer description, and two printers using
// it: the counter's receipt printer and the default one.
QString installWinePrinter()
{
    const std::wstring dir = driverDirectory();
    if (dir.empty())
        return QStringLiteral("no printer driver directory (error %1)").arg(GetLastError());
    const QString ppdPath = QString::fromStdWString(dir) + QLatin1String(kPpdName);
    QFile ppd(ppdPath);
    if (!ppd.open(QIODevice::WriteOnly) || ppd.write(kPpd) != qint64(sizeof kPpd - 1))
        return QStringLiteral("cannot write %1").arg(ppdPath);
    ppd.close();

    std::wstring driverPath = dir + L"wineps.drv";
    std::wstring dataPath = ppdPath.toStdWString();
    DRIVER_INFO_3W driver = {};
    driver.cVersion = 3;
    std::wstring driverName = kWineDriver;
    driver.pName = driverName.data();
    driver.pDriverPath = driverPath.data();
    driver.pConfigFile = driverPath.data();
    driver.pDataFile = dataPath.data();
    if (!AddPrinterDriverW(nullptr, 3, reinterpret_cast<BYTE*>(&driver)))
        return QStringLiteral("AddPrinterDriver failed (error %1)").arg(GetLastError());

    for (const QString& name : {kWineDefaultPrinter, kWinePrinter}) {
        const QString problem = addWinePrinter(name);
        if (!problem.isEmpty())
            return problem;
    }
    if (!SetDefaultPrinterW(kWineDefaultPrinter.toStdWString().c_str()))
        return QStringLiteral("SetDefaultPrinter failed (error %1)").arg(GetLastError());
    return {};
}

// "%%BoundingBox: 0 0 W H" of the Wine driver, or the first "/MediaBox
// [0 0 W H]" of a PDF: the page size in points.
QSizeF pageSizeOf(const QByteArray& job)
{
    static const QRegularExpression box(
        QStringLiteral(R"((?:%%BoundingBox:|/MediaBox\s*\[)\s*0\s+0\s+([\d.]+)\s+([\d.]+))"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(job));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

} // namespace

class TestReceiptPrintWindows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_printer;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (runningUnderWine()) {
            const QString problem = installWinePrinter();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            m_printer = kWinePrinter;
        } else {
            m_printer = kWindowsPdfPrinter;
        }
        QVERIFY2(
            QPrinterInfo::availablePrinterNames().contains(m_printer),
            qPrintable(QStringLiteral("no printer \"%1\" in Windows' printers: %2")
                           .arg(m_printer, QPrinterInfo::availablePrinterNames().join(QLatin1String(", ")))));
    }

    // The agent chose the printer once (in the print dialog); quick print
    // finds it again by name in Windows' printers.
    void counterPrinterIsRemembered()
    {
        Settings settings(m_dir.filePath(QStringLiteral("counter.ini")));
        ReceiptPrinting printing(settings);
        QVERIFY(!printing.canQuickPrint());

        QPrinter chosen(QPrinter::HighResolution);
        chosen.setPrinterName(m_printer);
        chosen.setCopyCount(2);
        printing.remember(chosen);

        ReceiptPrinting nextRun(settings);
        QVERIFY(nextRun.canQuickPrint());
        if (m_printer == kWinePrinter)
            QCOMPARE(QPrinterInfo::defaultPrinterName(), kWineDefaultPrinter);
        QPrinter printer(QPrinter::HighResolution);
        nextRun.configure(printer);
        QCOMPARE(printer.printerName(), m_printer);
        QCOMPARE(printer.outputFormat(), QPrinter::NativeFormat);
        QCOMPARE(printer.copyCount(), 2);
    }

    void receiptIsPrinted_data()
    {
        QTest::addColumn<ReceiptLayout>("layout");
        QTest::addColumn<double>("widthMm");
        QTest::newRow("80 mm roll") << ReceiptLayout::Roll80mm << 80.0;
        QTest::newRow("A4") << ReceiptLayout::A4 << 210.0;
    }

    // Printed as quick print does, through the Windows driver: one page, A4
    // for A4, and for a roll as wide as the roll and shorter than A4 (as long
    // as the receipt).
    void receiptIsPrinted()
    {
        QFETCH(ReceiptLayout, layout);
        QFETCH(double, widthMm);
        Settings settings(m_dir.filePath(QStringLiteral("print.ini")));
        settings.setValue(SettingKey::ReceiptPrinter, m_printer);
        ReceiptPrinting printing(settings);
        ReceiptOptions options;
        options.shopName = QStringLiteral("Sharma Mobile & Recharge");
        options.layout = layout;
        const auto document =
            ReceiptBuilder::build(receipttest::sampleTransfer(journal::TransferState::Success), options);

        QPrinter printer(QPrinter::HighResolution);
        printing.configure(printer);
        const QString job = m_dir.filePath(QStringLiteral("%1.prn").arg(QTest::currentDataTag()));
        printer.setOutputFileName(job); // not .pdf: Qt keeps the Windows driver
        QCOMPARE(printer.outputFormat(), QPrinter::NativeFormat);
        QVERIFY(ReceiptPrinting::print(*document, layout, printer));

        QFile file(job);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(job));
        const QByteArray written = file.readAll();
        if (m_printer == kWinePrinter) {
            QVERIFY2(written.startsWith("%!PS-Adobe-3.0"), written.left(40).constData());
            QVERIFY(written.contains("%%Creator: Wine PostScript Driver"));
            QVERIFY2(written.contains("%%Pages: 1\n") || written.contains("%%Pages: 1\r\n"),
                     "the receipt is not one page");
        } else {
            QVERIFY2(written.startsWith("%PDF-"), written.left(40).constData());
        }
        const QSizeF points = pageSizeOf(written);
        QVERIFY2(points.isValid(), "no page size in the job");
        const QSizeF mm = points * (25.4 / 72);
        if (layout == ReceiptLayout::A4) {
            QVERIFY2(std::abs(mm.width() - widthMm) < 2 && std::abs(mm.height() - 297) < 2,
                     qPrintable(QStringLiteral("page %1 x %2 mm").arg(mm.width()).arg(mm.height())));
        } else if (m_printer != kWinePrinter) {
            // Qt asks for a roll as a custom paper (DMPAPER_USER with its width
            // and length), which Windows drivers honour. Wine's PostScript
            // driver keeps its default sheet for any paper its description
            // does not list, so under Wine a roll comes out on A4.
            QVERIFY2(std::abs(mm.width() - widthMm) < 2 && mm.height() < 297,
                     qPrintable(QStringLiteral("page %1 x %2 mm").arg(mm.width()).arg(mm.height())));
        }
    }
};

COUNTERDESK_TEST_MAIN(TestReceiptPrintWindows)
#include "tst_receiptprint_windows.moc"
