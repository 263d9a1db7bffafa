#include "receipt/ReceiptQrCode.h"

#include <memory>
#include <qrencode.h>

namespace counterdesk {

namespace {

constexpr int kQuietZone = 4;

struct QrCodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

QByteArray ReceiptQrCode::payload(const journal::Transfer& transfer)
{
    return QStringLiteral("TID:%1;REF:%2;AMT:%3")
        .arg(transfer.tid, transfer.clientRefId, transfer.amount.toPlainString())
        .toUtf8();
}

QImage ReceiptQrCode::image(const QByteArray& payload)
{
    // Level M survives a smudged thermal print and keeps the code small.
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeString8bit(payload.constData(), 0, QR_ECLEVEL_M));
    if (!code)
        return {};
    const int modules = code->width;
    const int side = modules + 2 * kQuietZone;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < modules; ++y) {
        uchar* line = image.scanLine(y + kQuietZone);
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte is the module colour (qrencode.h).
            const bool dark = (code->data[y * modules + x] & 1) != 0;
            line[x + kQuietZone] = dark ? 0 : 255;
        }
    }
    return image;
}

} // namespace counterdesk
