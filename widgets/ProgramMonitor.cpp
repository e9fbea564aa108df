#include "ProgramMonitor.h"

#include <QPainter>

#include "Theme.h"

namespace wl::widgets {

namespace {
QColor statusColour(LiveStatus status) {
    switch (status) {
    case LiveStatus::Live:
        return Theme::programTally();
    case LiveStatus::Paused:
        return Theme::warning();
    case LiveStatus::Ended:
    case LiveStatus::Waiting:
        break;
    }
    return QColor(0x4a, 0x4f, 0x58);
}

QString clock(qint64 seconds) {
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ProgramMonitor::ProgramMonitor(QWidget* parent)
    : VideoSurface(parent) {
    setMinimumSize(320, 180);
}

QString ProgramMonitor::statusText(LiveStatus status) {
    switch (status) {
    case LiveStatus::Live:
        return tr("LIVE");
    case LiveStatus::Paused:
        return tr("PAUSED");
    case LiveStatus::Ended:
        return tr("ENDED");
    case LiveStatus::Waiting:
        break;
    }
    return tr("NOT LIVE");
}

void ProgramMonitor::setLiveStatus(LiveStatus status) {
    m_status = status;
    update();
}

void ProgramMonitor::setSourceName(const QString& name) {
    m_source = name;
    update();
}

void ProgramMonitor::setViewers(int viewers) {
    m_viewers = viewers;
    update();
}

void ProgramMonitor::setUptimeSeconds(qint64 seconds) {
    m_uptimeS = seconds;
    update();
}

void ProgramMonitor::setHealth(const QString& text, bool healthy) {
    m_health = text;
    m_healthy = healthy;
    update();
}

void ProgramMonitor::setBlack(bool black) {
    m_black = black;
    update();
}

void ProgramMonitor::paintOverlay(QPainter& painter, const QRect&) {
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::clamp(height() / 18, 12, 22));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int line = font.pixelSize() + 12;

    const QRect top(0, 0, width(), line);
    painter.fillRect(top, QColor(0, 0, 0, 170));
    const QString badge = statusText(m_status);
    const QRect badgeRect(8, 4, metrics.horizontalAdvance(badge) + 20, line - 8);
    painter.fillRect(badgeRect, statusColour(m_status));
    painter.setPen(Qt::white);
    painter.drawText(badgeRect, Qt::AlignCenter, badge);
    painter.drawText(
        top.adjusted(badgeRect.right() + 12, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft,
        m_black ? tr("PROGRAM — %1 — BLACK").arg(m_source) : tr("PROGRAM — %1").arg(m_source));
    painter.drawText(top.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignRight,
                     tr("%n viewer(s)   %1", nullptr, m_viewers).arg(clock(m_uptimeS)));

    QFont small = font;
    small.setBold(false);
    small.setPixelSize(std::max(11, font.pixelSize() - 3));
    painter.setFont(small);
    const QRect bottom(0, height() - line, width(), line);
    painter.fillRect(bottom, QColor(0, 0, 0, 170));
    painter.setPen(m_healthy ? Theme::text() : Theme::warning());
    painter.drawText(bottom.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft, m_health);

    const int w = Theme::kTallyWidth;
    const QColor border = Theme::programTally();
    painter.fillRect(QRect(0, 0, width(), w), border);
    painter.fillRect(QRect(0, height() - w, width(), w), border);
    painter.fillRect(QRect(0, 0, w, height()), border);
    painter.fillRect(QRect(width() - w, 0, w, height()), border);
}

} // namespace wl::widgets
