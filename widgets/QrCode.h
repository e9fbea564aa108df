#pragma once

#include <QByteArray>
#include <QImage>

namespace wl::widgets {

// A QR code (libqrencode, error correction level M) as a black-on-white picture with the quiet
// zone the standard asks for, so that a phone camera can read it off the laptop screen.
class QrCode {
public:
    static constexpr int kQuietZoneModules = 4;

    // `moduleSize`: pixels per module. A null image when the text does not fit a QR code.
    static QImage render(const QByteArray& text, int moduleSize = 6);
};

} // namespace wl::widgets
