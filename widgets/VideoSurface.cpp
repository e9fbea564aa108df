#include "VideoSurface.h"

#include <QPainter>

#include "Theme.h"

namespace wl::widgets {

VideoSurface::VideoSurface(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void VideoSurface::setImage(const QImage& image) {
    {
        std::lock_guard lock(m_mutex);
        m_image = image; // implicitly shared: no pixel copy under the lock
        ++m_serial;
    }
    // Coalesce: however many pictures arrive, at most one repaint is queued at a time.
    if (!m_repaintPending.exchange(true))
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_repaintPending = false;
                update();
            },
            Qt::QueuedConnection);
}

void VideoSurface::clearImage() {
    {
        std::lock_guard lock(m_mutex);
        m_image = QImage();
        ++m_serial;
    }
    update();
}

void VideoSurface::paintEvent(QPaintEvent*) {
    QImage image;
    std::uint64_t serial = 0;
    {
        std::lock_guard lock(m_mutex);
        image = m_image;
        serial = m_serial;
    }
    QPainter painter(this);
    painter.fillRect(rect(), Theme::videoBackground());
    const QSize frame = image.isNull() ? QSize(16, 9) : image.size();
    const QSize fitted = frame.scaled(size(), Qt::KeepAspectRatio);
    const QRect video(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                      fitted);
    if (!image.isNull() && showsVideo()) {
        painter.drawImage(video, image);
        if (serial != m_paintedSerial) {
            m_paintedSerial = serial;
            m_framesPainted.fetch_add(1, std::memory_order_relaxed);
        }
    }
    paintOverlay(painter, video);
}

} // namespace wl::widgets
