#include "PreviewMonitor.h"

#include <QPainter>

#include "Theme.h"

namespace wl::widgets {

PreviewMonitor::PreviewMonitor(QWidget* parent)
    : VideoSurface(parent) {
    setMinimumSize(320, 180);
}

void PreviewMonitor::setSource(const QString& cameraId, const QString& name) {
    if (m_cameraId == cameraId && m_name == name)
        return;
    const bool changed = m_cameraId != cameraId;
    m_cameraId = cameraId;
    m_name = name;
    if (changed)
        clearImage(); // never show the previous camera's picture under the new name
    update();
}

void PreviewMonitor::setTransitionPosition(double position) {
    if (qFuzzyCompare(m_position + 1, position + 1))
        return;
    m_position = position;
    update();
}

void PreviewMonitor::paintOverlay(QPainter& painter, const QRect&) {
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::clamp(height() / 18, 12, 22));
    painter.setFont(font);
    const int line = font.pixelSize() + 12;
    const QRect top(0, 0, width(), line);
    painter.fillRect(top, QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    painter.drawText(top.adjusted(12, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     m_cameraId.isEmpty() ? tr("PREVIEW — nothing selected")
                                          : tr("PREVIEW — %1").arg(m_name));
    if (m_position > 0) {
        painter.drawText(top.adjusted(10, 0, -12, 0), Qt::AlignVCenter | Qt::AlignRight,
                         tr("transition %1%").arg(qRound(m_position * 100)));
        painter.fillRect(QRect(0, height() - 8, static_cast<int>(width() * m_position), 4),
                         Theme::warning());
    }
    const int w = Theme::kTallyWidth;
    const QColor border = Theme::previewTally();
    painter.fillRect(QRect(0, 0, width(), w), border);
    painter.fillRect(QRect(0, height() - w, width(), w), border);
    painter.fillRect(QRect(0, 0, w, height()), border);
    painter.fillRect(QRect(width() - w, 0, w, height()), border);
}

} // namespace wl::widgets
