#include "receipt/ReceiptBuilder.h"

#include "money/AmountInWords.h"
#include "money/MoneyFormatter.h"
#include "receipt/ReceiptQrCode.h"
#include "receipt/ReceiptValues.h"
#include "receipt/ReceiptWords.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace counterdesk {

namespace {

// QTextDocument measures images in 96-dpi pixels and scales them for the
// paint device it lays out on (screen or printer).
constexpr qreal kDocumentDpi = 96.0;
// Each QR module becomes this many image pixels, so no viewer or printer
// driver has to blur a one-pixel module when it scales the picture.
constexpr int kQrPixelsPerModule = 8;
const QString kNotKnown = QStringLiteral("\u2014");

QFont receiptFont(qreal pointSize)
{
    QFont font;
    // Noto Sans has ₹ and Latin; the Devanagari families follow so Hindi
    // words fall back to a real Devanagari face on Linux (fonts-noto-core)
    // and Windows (Nirmala UI, Mangal) instead of boxes.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Devanagari"),
                      QStringLiteral("Nirmala UI"), QStringLiteral("Mangal"), QStringLiteral("Segoe UI"),
                      QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace

const QString ReceiptBuilder::kQrResource = QStringLiteral("counterdesk-receipt://qr.png");

std::unique_ptr<QTextDocument> ReceiptBuilder::build(const journal::Transfer& transfer,
                                                     const ReceiptOptions& options)
{
    auto document = std::make_unique<QTextDocument>();
    ReceiptBuilder builder(transfer, options, *document);
    builder.buildAll();
    return document;
}

ReceiptBuilder::ReceiptBuilder(const journal::Transfer& transfer, const ReceiptOptions& options,
                               QTextDocument& document)
    : m_transfer(transfer)
    , m_options(options)
    , m_document(document)
    , m_base(ReceiptPaper::basePointSize(options.layout))
{}

void ReceiptBuilder::buildAll()
{
    m_document.setDefaultFont(receiptFont(m_base));
    // Long names and unbroken server strings wrap anywhere rather than run
    // off a 48 mm roll.
    QTextOption option = m_document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document.setDefaultTextOption(option);
    // Design metrics lay text out alike on a 96-dpi screen and a 300-dpi
    // PDF, so the receipt view wraps exactly where the paper will.
    m_document.setUseDesignMetrics(true);
    m_document.setMetaInformation(QTextDocument::DocumentTitle, word(ReceiptWord::Title));

    addHeader();
    addMarkings();
    addDetails();
    addQrCode();
    addFooter();
}

QString ReceiptBuilder::word(ReceiptWord w) const
{
    return ReceiptWords::text(w, m_options.language);
}

QTextCharFormat ReceiptBuilder::charFormat(qreal pointSize, bool bold) const
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

void ReceiptBuilder::addCentred(const QString& text, qreal pointSize, bool bold)
{
    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    // The first block of a fresh document already exists; reuse it.
    if (m_document.isEmpty())
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block);
    cursor.setBlockCharFormat(charFormat(pointSize, bold));
    cursor.insertText(text, charFormat(pointSize, bold));
}

void ReceiptBuilder::addBoxed(const QString& heading, const QString& note)
{
    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::End);
    QTextTableFormat format;
    format.setBorder(1.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black);
    format.setCellSpacing(0);
    format.setCellPadding(3);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(3);
    format.setBottomMargin(3);
    QTextTable* box = cursor.insertTable(1, 1, format);
    QTextCursor cell = box->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    cell.setBlockFormat(block);
    cell.insertText(heading, charFormat(m_base * 1.5, true));
    if (!note.isEmpty()) {
        cell.insertBlock(block);
        cell.insertText(note, charFormat(m_base, false));
    }
}

void ReceiptBuilder::addRule()
{
    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                      QTextLength(QTextLength::PercentageLength, 100));
    cursor.insertBlock(block);
    cursor.setBlockCharFormat(charFormat(m_base * 0.5, false));
}

void ReceiptBuilder::addHeader()
{
    const QString shop = m_options.shopName.trimmed();
    addCentred(shop.isEmpty() ? QStringLiteral("CounterDesk") : shop, m_base * 1.4, true);
    if (!m_options.shopAddress.trimmed().isEmpty())
        addCentred(m_options.shopAddress.trimmed(), m_base, false);
    if (!m_options.agentCode.trimmed().isEmpty())
        addCentred(word(ReceiptWord::AgentCode) + QStringLiteral(": ") + m_options.agentCode.trimmed(),
                   m_base, false);
    addRule();
    QString title = word(ReceiptWord::Title);
    if (m_options.copy)
        title += QStringLiteral(" (") + word(ReceiptWord::Copy) + QLatin1Char(')');
    addCentred(title, m_base * 1.15, true);
}

void ReceiptBuilder::addMarkings()
{
    if (m_options.training)
        addBoxed(word(ReceiptWord::Training), word(ReceiptWord::TrainingNote));
    if (ReceiptValues::isProvisional(m_transfer.state))
        addBoxed(word(ReceiptWord::Provisional), word(ReceiptWord::ProvisionalNote));
    if (m_options.copy)
        addBoxed(word(ReceiptWord::Copy), word(ReceiptWord::CopyNote));
}

void ReceiptBuilder::addRow(ReceiptWord label, const QString& value, bool bold)
{
    const int row = m_table->rows();
    m_table->appendRows(1);
    QTextCursor labelCursor = m_table->cellAt(row, 0).firstCursorPosition();
    labelCursor.insertText(word(label), charFormat(m_base, false));
    QTextCursor valueCursor = m_table->cellAt(row, 1).firstCursorPosition();
    valueCursor.insertText(value.isEmpty() ? kNotKnown : value, charFormat(m_base, bold));
}

void ReceiptBuilder::addWideRow(const QString& text)
{
    const int row = m_table->rows();
    m_table->appendRows(1);
    m_table->mergeCells(row, 0, 1, 2);
    QTextCursor cursor = m_table->cellAt(row, 0).firstCursorPosition();
    QTextCharFormat format = charFormat(m_base, false);
    format.setFontItalic(true);
    cursor.insertText(text, format);
}

void ReceiptBuilder::addDetails()
{
    const DisplayLanguage lang = m_options.language;
    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::End);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(1.5);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 42), QTextLength(QTextLength::PercentageLength, 58)});
    format.setTopMargin(3);
    m_table = cursor.insertTable(1, 2, format);
    // insertTable() needs at least one row; the first row holds the status.
    m_table->cellAt(0, 0).firstCursorPosition().insertText(word(ReceiptWord::Status),
                                                           charFormat(m_base, true));
    m_table->cellAt(0, 1).firstCursorPosition().insertText(ReceiptWords::status(m_transfer.state, lang),
                                                           charFormat(m_base * 1.15, true));

    addRow(ReceiptWord::DateTime, ReceiptValues::istDateTime(m_transfer.createdAt));
    addRow(ReceiptWord::Product, ReceiptValues::productName(m_transfer.rail));
    addRow(ReceiptWord::Sender, m_transfer.senderName);
    addRow(ReceiptWord::SenderMobile, ReceiptValues::maskedMobile(m_transfer.senderMobile));
    addRow(ReceiptWord::Recipient, m_transfer.recipientName);
    addRow(ReceiptWord::Bank, m_transfer.recipientBank);
    addRow(ReceiptWord::Account, ReceiptValues::maskedAccount(m_transfer.recipientAccountMasked));
    addRow(ReceiptWord::Ifsc, m_transfer.recipientIfsc);
    // channel_desc as the server described it; "2" alone would mislead
    // (REFERENCE.md §1.1: channel codes disagree between sources).
    addRow(ReceiptWord::Channel, m_transfer.channelDesc);

    addRow(ReceiptWord::Amount, MoneyFormatter::format(m_transfer.amount, lang), true);
    addRow(ReceiptWord::Fee, m_transfer.fee ? MoneyFormatter::format(*m_transfer.fee, lang) : kNotKnown);
    std::optional<Money> total;
    if (m_transfer.fee)
        total = m_transfer.amount.checkedAdd(*m_transfer.fee);
    addRow(ReceiptWord::Total, total ? MoneyFormatter::format(*total, lang) : kNotKnown, true);
    addWideRow(word(ReceiptWord::InWords) + QStringLiteral(": ") +
               AmountInWords::toWords(m_transfer.amount, lang));

    addRow(ReceiptWord::Tid, m_transfer.tid);
    addRow(ReceiptWord::BankRef, m_transfer.bankRefNum);
    addRow(ReceiptWord::OurRef, m_transfer.clientRefId);
    addRow(ReceiptWord::BalanceAfter,
           m_transfer.balanceAfter ? MoneyFormatter::format(*m_transfer.balanceAfter, lang) : kNotKnown);
    if (m_options.printedAt.isValid())
        addRow(ReceiptWord::PrintedAt, ReceiptValues::istDateTime(m_options.printedAt));
}

void ReceiptBuilder::addQrCode()
{
    const QImage qr = ReceiptQrCode::image(ReceiptQrCode::payload(m_transfer));
    if (qr.isNull())
        return;
    m_document.addResource(QTextDocument::ImageResource, QUrl(kQrResource),
                           qr.scaled(qr.width() * kQrPixelsPerModule, qr.height() * kQrPixelsPerModule,
                                     Qt::IgnoreAspectRatio, Qt::FastTransformation));
    QTextCursor cursor(&m_document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(4);
    cursor.insertBlock(block);
    QTextImageFormat image;
    image.setName(kQrResource);
    const qreal side = ReceiptPaper::qrSizeMm(m_options.layout) / ReceiptPaper::kMmPerInch * kDocumentDpi;
    image.setWidth(side);
    image.setHeight(side);
    cursor.insertImage(image);
}

void ReceiptBuilder::addFooter()
{
    addCentred(word(ReceiptWord::ThankYou), m_base, true);
    // Repeated at the foot: a torn-off roll still shows it.
    if (m_options.training)
        addCentred(QStringLiteral("*** ") + word(ReceiptWord::Training) + QStringLiteral(" ***"), m_base,
                   true);
    if (m_options.copy)
        addCentred(QStringLiteral("*** ") + word(ReceiptWord::Copy) + QStringLiteral(" ***"), m_base, true);
}

} // namespace counterdesk
