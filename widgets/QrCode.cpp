#include "QrCode.h"

#include <memory>

#include <QPainter>
#include <qrencode.h>

namespace wl::widgets {

namespace {
struct QrCodeFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};
} // namespace

QImage QrCode::render(const QByteArray& text, int moduleSize) {
    if (text.isEmpty() || moduleSize < 1)
        return {};
    // Byte mode (8-bit): URLs keep their case; version 0 lets the library pick the smallest.
    std::unique_ptr<QRcode, QrCodeFree> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M));
    if (!code)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * kQuietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (code->data[y * modules + x] & 1) // bit 0: dark module
                painter.drawRect((x + kQuietZoneModules) * moduleSize,
                                 (y + kQuietZoneModules) * moduleSize, moduleSize, moduleSize);
        }
    }
    return image;
}

} // namespace wl::widgets
