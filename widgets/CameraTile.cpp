#include "CameraTile.h"

#include <QPainter>

namespace wl::widgets {

namespace {
QColor statusColour(sources::CameraStatus status) {
    switch (status) {
    case sources::CameraStatus::Live:
        return QColor(0x2e, 0xb8, 0x4b);
    case sources::CameraStatus::Offline:
        return QColor(0xd9, 0x3a, 0x2b);
    case sources::CameraStatus::Waiting:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

QString statusText(sources::CameraStatus status) {
    switch (status) {
    case sources::CameraStatus::Live:
        return CameraTile::tr("LIVE");
    case sources::CameraStatus::Offline:
        return CameraTile::tr("OFFLINE");
    case sources::CameraStatus::Waiting:
        break;
    }
    return CameraTile::tr("WAITING");
}
} // namespace

CameraTile::CameraTile(int number, const QString& cameraId, QWidget* parent)
    : QWidget(parent)
    , m_number(number)
    , m_cameraId(cameraId) {
    setMinimumSize(240, 135);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CameraTile::setName(const QString& name) {
    m_name = name;
    update();
}

void CameraTile::setStatus(sources::CameraStatus status) {
    m_status = status;
    update();
}

void CameraTile::setImage(const QImage& image) {
    {
        std::lock_guard lock(m_imageMutex);
        m_image = image;
    }
    // Coalesce: however many frames arrive, at most one repaint is queued at a time.
    if (!m_repaintPending.exchange(true))
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_repaintPending = false;
                update();
            },
            Qt::QueuedConnection);
}

void CameraTile::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x14, 0x16, 0x1a));
    QImage image;
    {
        std::lock_guard lock(m_imageMutex);
        image = m_image;
    }
    if (!image.isNull() && m_status != sources::CameraStatus::Waiting) {
        const QSize fitted = image.size().scaled(size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                           fitted);
        painter.drawImage(target, image);
    }
    if (m_status == sources::CameraStatus::Offline)
        painter.fillRect(rect(), QColor(0, 0, 0, 150));

    const QColor colour = statusColour(m_status);
    painter.setPen(QPen(colour, 3));
    painter.drawRect(rect().adjusted(1, 1, -2, -2));

    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(12, height() / 14));
    painter.setFont(font);
    const int bar = font.pixelSize() + 10;
    painter.fillRect(QRect(0, height() - bar, width(), bar), QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    painter.drawText(QRect(8, height() - bar, width() - 16, bar), Qt::AlignVCenter | Qt::AlignLeft,
                     QStringLiteral("%1  %2").arg(m_number).arg(m_name));
    painter.setPen(colour);
    painter.drawText(QRect(8, height() - bar, width() - 16, bar), Qt::AlignVCenter | Qt::AlignRight,
                     statusText(m_status));
}

} // namespace wl::widgets
