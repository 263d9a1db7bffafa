#include "AppIcon.h"

#include <QApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <algorithm>
#include <array>

namespace counterdesk::ui {

namespace {

constexpr std::array iconSizes{16, 24, 32, 48, 64, 128, 256};

// Reads the PNG of a size when it is asked for and keeps nothing. A window
// manager reads a window's icon once, when the window is shown; QIcon's own
// engine would keep every size decoded for the life of the process (about
// 360 KiB), and its addFile() asks each image plugin about the file first,
// loading all of them (GIF, ICO, JPEG and libjpeg) before the window shows.
class PngIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        // The smallest PNG at least as large, else the largest, scaled.
        int side = iconSizes.back();
        for (const int candidate : iconSizes) {
            if (candidate >= size.width() && candidate >= size.height()) {
                side = candidate;
                break;
            }
        }
        QImageReader reader(QStringLiteral(":/icons/counterdesk-%1.png").arg(side), "png");
        reader.setAutoDetectImageFormat(false);
        QImage image = reader.read();
        if (image.isNull())
            return {};
        // Scaled down to fit, never up: as QIcon's own engine does.
        if (image.width() > size.width() || image.height() > size.height())
            image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QPixmap result = QPixmap::fromImage(image);
        if (mode != QIcon::Normal && QApplication::style()) {
            QStyleOption option;
            option.palette = QApplication::palette();
            result = QApplication::style()->generatedIconPixmap(mode, result, &option);
        }
        return result;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min({size.width(), size.height(), iconSizes.back()});
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int side : iconSizes)
            sizes.append(QSize(side, side));
        return sizes;
    }

    QIconEngine* clone() const override { return new PngIconEngine; }
};

} // namespace

QIcon appIcon()
{
    return QIcon(new PngIconEngine);
}

} // namespace counterdesk::ui
