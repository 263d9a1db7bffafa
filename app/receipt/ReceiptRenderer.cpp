#include "receipt/ReceiptRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QtMath>

namespace counterdesk {

namespace {

// 300 dpi: sharper than any receipt printer, small files.
constexpr int kPdfResolution = 300;
// A roll's page is laid out on one endless page, then cut to the content.
constexpr qreal kEndlessPage = 1.0e7;
// Feed a little paper after the last line so the cutter misses the text.
constexpr qreal kRollBottomMm = 6.0;
constexpr qreal kRollTopMm = 3.0;

qreal mmToPixels(qreal mm, const QPaintDevice& device)
{
    return mm / ReceiptPaper::kMmPerInch * device.logicalDpiY();
}

QMarginsF marginsMm(ReceiptLayout layout)
{
    const qreal side = ReceiptPaper::marginMm(layout);
    if (ReceiptPaper::isRoll(layout))
        return {side, kRollTopMm, side, kRollBottomMm};
    return {side, side, side, side};
}

} // namespace

qreal ReceiptRenderer::contentWidth(ReceiptLayout layout, const QPaintDevice& device)
{
    return ReceiptPaper::contentWidthMm(layout) / ReceiptPaper::kMmPerInch * device.logicalDpiX();
}

std::unique_ptr<QTextDocument> ReceiptRenderer::layOut(const QTextDocument& document, ReceiptLayout layout,
                                                       QPaintDevice& device)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    // Lay out in the device's own pixels, as QTextDocument::print() does, so
    // point sizes come out true on paper.
    copy->documentLayout()->setPaintDevice(&device);
    copy->setDocumentMargin(0); // the page margins already keep text off the edge
    qreal pageHeight = kEndlessPage;
    if (!ReceiptPaper::isRoll(layout)) {
        const QMarginsF m = marginsMm(layout);
        pageHeight = mmToPixels(ReceiptPaper::paperHeightMm(layout) - m.top() - m.bottom(), device);
    }
    copy->setPageSize(QSizeF(contentWidth(layout, device), pageHeight));
    return copy;
}

QPageLayout ReceiptRenderer::pageLayout(const QTextDocument& laidOut, ReceiptLayout layout,
                                        const QPaintDevice& device)
{
    const QMarginsF margins = marginsMm(layout);
    QPageSize size;
    if (layout == ReceiptLayout::A4) {
        size = QPageSize(QPageSize::A4);
    } else if (layout == ReceiptLayout::Letter) {
        size = QPageSize(QPageSize::Letter);
    } else {
        const qreal contentMm = laidOut.size().height() / device.logicalDpiY() * ReceiptPaper::kMmPerInch;
        const qreal heightMm = std::ceil(contentMm + margins.top() + margins.bottom());
        size = QPageSize(QSizeF(ReceiptPaper::paperWidthMm(layout), heightMm), QPageSize::Millimeter,
                         QStringLiteral("Receipt %1").arg(ReceiptPaper::name(layout)), QPageSize::ExactMatch);
    }
    return QPageLayout(size, QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}

bool ReceiptRenderer::render(const QTextDocument& document, ReceiptLayout layout, QPagedPaintDevice& device)
{
    std::unique_ptr<QTextDocument> laidOut = layOut(document, layout, device);
    device.setPageLayout(pageLayout(*laidOut, layout, device));

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal width = laidOut->pageSize().width();
    const qreal pageHeight =
        ReceiptPaper::isRoll(layout) ? laidOut->size().height() : laidOut->pageSize().height();
    const int pages = ReceiptPaper::isRoll(layout) ? 1 : laidOut->pageCount();
    QAbstractTextDocumentLayout::PaintContext context;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const qreal top = page * pageHeight;
        painter.translate(0, -top);
        context.clip = QRectF(0, top, width, pageHeight);
        painter.setClipRect(context.clip);
        laidOut->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}

bool ReceiptRenderer::writePdf(const QTextDocument& document, ReceiptLayout layout, const QString& filePath)
{
    QPdfWriter writer(filePath);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("CounterDesk"));
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    return render(document, layout, writer);
}

} // namespace counterdesk
