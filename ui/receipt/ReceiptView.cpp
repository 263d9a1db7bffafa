#include "receipt/ReceiptView.h"

#include "MessageBox.h"
#include "receipt/ReceiptBuilder.h"
#include "receipt/ReceiptRenderer.h"
#include "receipt/ReceiptSettings.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtMath>

namespace counterdesk::ui {

namespace {

constexpr qreal kMmPerInch = 25.4;

QString defaultChooser(QWidget* parent, const QString& suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, ReceiptView::tr("Save receipt as PDF"), suggestedPath,
                                        ReceiptView::tr("PDF files (*.pdf)"));
}

} // namespace

ReceiptView::ReceiptView(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_printing(settings)
    , m_chooser(defaultChooser)
{
    m_text = new QTextEdit(this);
    m_text->setObjectName(QStringLiteral("receiptText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Receipt"));

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("receiptPaper"));
    m_paper->addItem(tr("58 mm roll"), static_cast<int>(ReceiptLayout::Roll58mm));
    m_paper->addItem(tr("80 mm roll"), static_cast<int>(ReceiptLayout::Roll80mm));
    m_paper->addItem(tr("A4"), static_cast<int>(ReceiptLayout::A4));
    m_paper->addItem(tr("Letter"), static_cast<int>(ReceiptLayout::Letter));
    auto* paperLabel = new QLabel(tr("P&aper:"), this);
    paperLabel->setBuddy(m_paper);

    // Each language names itself, so a customer can point at theirs.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("receiptLanguage"));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(DisplayLanguage::English));
    m_language->addItem(QStringLiteral("हिन्दी"), static_cast<int>(DisplayLanguage::Hindi));
    auto* languageLabel = new QLabel(tr("Receipt &language:"), this);
    languageLabel->setBuddy(m_language);

    m_quickPrintButton = new QPushButton(tr("&Quick print"), this);
    m_quickPrintButton->setObjectName(QStringLiteral("quickPrintButton"));
    m_quickPrintButton->setToolTip(tr("Print on the counter's receipt printer without asking"));
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_previewButton = new QPushButton(tr("Pre&view…"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_savePdfButton = new QPushButton(tr("Save P&DF…"), this);
    m_savePdfButton->setObjectName(QStringLiteral("savePdfButton"));

    auto* choices = new QHBoxLayout;
    choices->addWidget(paperLabel);
    choices->addWidget(m_paper);
    choices->addSpacing(12);
    choices->addWidget(languageLabel);
    choices->addWidget(m_language);
    choices->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_quickPrintButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_savePdfButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_quickPrintButton, &QPushButton::clicked, this, &ReceiptView::quickPrint);
    connect(m_printButton, &QPushButton::clicked, this, &ReceiptView::print);
    connect(m_previewButton, &QPushButton::clicked, this, &ReceiptView::preview);
    connect(m_savePdfButton, &QPushButton::clicked, this, &ReceiptView::saveAsPdf);
    connect(m_paper, &QComboBox::activated, this, &ReceiptView::onLayoutChosen);
    connect(m_language, &QComboBox::activated, this, &ReceiptView::onLanguageChosen);
}

ReceiptView::~ReceiptView()
{
    // The edit must let go of the document before it is destroyed.
    m_text->setDocument(nullptr);
}

void ReceiptView::showTransfer(const journal::Transfer& transfer, bool copy)
{
    showTransfer(transfer, ReceiptSettings::options(m_settings, transfer, copy));
}

void ReceiptView::showTransfer(const journal::Transfer& transfer, const ReceiptOptions& options)
{
    m_transfer = transfer;
    m_options = options;
    m_printedOnce = options.copy;
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(options.layout)));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(options.language)));
    rebuild();
}

void ReceiptView::setSavePathChooser(SavePathChooser chooser)
{
    m_chooser = std::move(chooser);
}

void ReceiptView::rebuild()
{
    std::unique_ptr<QTextDocument> document = ReceiptBuilder::build(m_transfer, m_options);
    m_text->setDocument(document.get());
    m_document = std::move(document);
    fitViewToPaper();
}

void ReceiptView::fitViewToPaper()
{
    if (ReceiptPaper::isRoll(m_options.layout)) {
        m_text->setLineWrapMode(QTextEdit::FixedPixelWidth);
        const qreal widthMm = ReceiptPaper::contentWidthMm(m_options.layout);
        // Paper has no document margin (the page margins do that job), the
        // screen keeps it: add it back so lines wrap where they will on paper.
        const qreal width = widthMm / kMmPerInch * m_text->logicalDpiX() + 2 * m_document->documentMargin();
        m_text->setLineWrapColumnOrWidth(qCeil(width));
    } else {
        m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    }
}

void ReceiptView::onLayoutChosen(int index)
{
    m_options.layout = static_cast<ReceiptLayout>(m_paper->itemData(index).toInt());
    // The paper is the counter's, so the choice sticks for the next receipt.
    m_settings.setValue(SettingKey::ReceiptPaper, ReceiptPaper::name(m_options.layout));
    rebuild();
}

void ReceiptView::onLanguageChosen(int index)
{
    // The language is this customer's; the setting keeps the counter's usual.
    m_options.language = static_cast<DisplayLanguage>(m_language->itemData(index).toInt());
    rebuild();
}

void ReceiptView::prepareForPrinting()
{
    if (m_printedOnce) {
        m_options.copy = true;
        m_options.printedAt = QDateTime::currentDateTimeUtc();
        rebuild();
    }
}

void ReceiptView::printDone()
{
    m_printedOnce = true;
    Q_EMIT printed();
}

bool ReceiptView::printOn(QPrinter& printer)
{
    if (!ReceiptPrinting::print(*m_document, m_options.layout, printer)) {
        MessageBox::warning(this, tr("Receipt not printed"),
                            tr("The printer %1 could not be started. Check that it is switched on and "
                               "has paper, then print again.")
                                .arg(printer.printerName()));
        return false;
    }
    printDone();
    return true;
}

void ReceiptView::quickPrint()
{
    if (!m_printing.canQuickPrint()) {
        print(); // no counter printer chosen yet: ask once, then remember
        return;
    }
    prepareForPrinting();
    QPrinter printer(QPrinter::HighResolution);
    m_printing.configure(printer);
    printOn(printer);
}

void ReceiptView::print()
{
    prepareForPrinting();
    QPrinter printer(QPrinter::HighResolution);
    m_printing.configure(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printOn(printer))
        m_printing.remember(printer);
}

void ReceiptView::preview()
{
    prepareForPrinting();
    QPrinter printer(QPrinter::HighResolution);
    m_printing.configure(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Receipt preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { ReceiptPrinting::print(*m_document, m_options.layout, *target); });
    // Accepted means the agent printed from the preview.
    if (dialog.exec() == QDialog::Accepted) {
        m_printing.remember(printer);
        printDone();
    }
}

QString ReceiptView::suggestedPdfPath() const
{
    QString dir = m_settings.stringValue(SettingKey::LastExportDirectory);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    QString name = m_transfer.clientRefId;
    name.removeIf([](QChar c) { return !c.isLetterOrNumber() && c != QLatin1Char('-'); });
    if (name.isEmpty())
        name = QStringLiteral("transfer");
    return QDir(dir).filePath(QStringLiteral("receipt-%1.pdf").arg(name));
}

void ReceiptView::saveAsPdf()
{
    QString path = m_chooser(this, suggestedPdfPath());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (!savePdf(path)) {
        MessageBox::warning(this, tr("Receipt not saved"),
                            tr("The PDF could not be written to %1. Choose another folder.").arg(path));
        return;
    }
    m_settings.setValue(SettingKey::LastExportDirectory, QFileInfo(path).absolutePath());
}

bool ReceiptView::savePdf(const QString& filePath)
{
    if (!m_document || !ReceiptRenderer::writePdf(*m_document, m_options.layout, filePath))
        return false;
    Q_EMIT pdfSaved(filePath);
    return true;
}

} // namespace counterdesk::ui
