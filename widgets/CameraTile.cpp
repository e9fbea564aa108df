#include "CameraTile.h"

#include <QMouseEvent>
#include <QPainter>

#include "AudioMeter.h"
#include "Theme.h"

namespace wl::widgets {

namespace {
constexpr int kFlashPhases = 8; // on/off pairs of 125 ms: one second of flashing

QColor statusColour(sources::CameraStatus status) {
    switch (status) {
    case sources::CameraStatus::Live:
        return Theme::live();
    case sources::CameraStatus::Offline:
        return Theme::error();
    case sources::CameraStatus::Waiting:
        break;
    }
    return Theme::dimText();
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
    : VideoSurface(parent)
    , m_number(number)
    , m_cameraId(cameraId) {
    setMinimumSize(192, 108);
    setCursor(Qt::PointingHandCursor);
    m_flashTimer.setInterval(125);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        if (++m_flashPhase >= kFlashPhases)
            m_flashTimer.stop();
        update();
    });
}

void CameraTile::setName(const QString& name) {
    m_name = name;
    setToolTip(tr("Camera %1: %2").arg(m_number).arg(name));
    update();
}

void CameraTile::setStatus(sources::CameraStatus status) {
    if (m_status == status)
        return;
    m_status = status;
    update();
}

void CameraTile::setTally(Tally tally) {
    if (m_tally == tally)
        return;
    m_tally = tally;
    update();
}

void CameraTile::setStats(const sources::CameraStats& stats, int delayMs) {
    m_stats = stats;
    m_delayMs = delayMs;
    update();
}

void CameraTile::setAudioLevel(const switcher::AudioLevel& level) {
    m_level = level;
    update();
}

void CameraTile::setIsoRecording(bool recording) {
    if (m_isoRecording == recording)
        return;
    m_isoRecording = recording;
    update();
}

void CameraTile::flashRefused() {
    m_flashPhase = 0;
    m_flashTimer.start();
    update();
}

QColor CameraTile::borderColour() const {
    if (m_flashTimer.isActive() && m_flashPhase % 2 == 0)
        return Theme::warning();
    switch (m_tally) {
    case Tally::Program:
        return Theme::programTally();
    case Tally::Preview:
        return Theme::previewTally();
    case Tally::None:
        break;
    }
    return Theme::idleBorder();
}

QString CameraTile::healthText() const {
    if (m_status != sources::CameraStatus::Live || m_stats.width == 0)
        return tr("no signal");
    return tr("%1×%2  %3 fps  %4 kb/s  delay %5 ms")
        .arg(m_stats.width)
        .arg(m_stats.height)
        .arg(m_stats.fps, 0, 'f', 0)
        .arg(m_stats.bitrateKbps, 0, 'f', 0)
        .arg(m_delayMs);
}

bool CameraTile::showsVideo() const {
    return m_status != sources::CameraStatus::Waiting;
}

void CameraTile::paintQualityBars(QPainter& painter, const QRect& area) const {
    // Four rising bars like a phone's signal: one per 25 points of the quality score.
    const int lit = m_status == sources::CameraStatus::Live ? (m_stats.quality + 24) / 25 : 0;
    const QColor colour = m_stats.quality >= 75   ? Theme::live()
                          : m_stats.quality >= 50 ? Theme::warning()
                                                  : Theme::error();
    const int barWidth = area.width() / 4 - 1;
    for (int i = 0; i < 4; ++i) {
        const int barHeight = area.height() * (i + 1) / 4;
        const QRect bar(area.left() + i * (barWidth + 1), area.bottom() - barHeight + 1, barWidth,
                        barHeight);
        painter.fillRect(bar, i < lit ? colour : QColor(0x55, 0x5a, 0x62));
    }
}

void CameraTile::paintOverlay(QPainter& painter, const QRect&) {
    const bool offline = m_status == sources::CameraStatus::Offline;
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::clamp(height() / 14, 11, 18));
    painter.setFont(font);
    const int line = font.pixelSize() + 8;

    if (m_status != sources::CameraStatus::Live) {
        // Offline: the last picture dimmed under the word; waiting: no picture at all.
        if (offline)
            painter.fillRect(rect(), QColor(0, 0, 0, 170));
        QFont big = font;
        big.setPixelSize(std::clamp(height() / 7, 14, 40));
        painter.setFont(big);
        painter.setPen(statusColour(m_status));
        painter.drawText(rect(), Qt::AlignCenter, statusText(m_status));
        painter.setFont(font);
    }

    // Top bar: number and name on the left, status and the ISO dot on the right.
    const QRect top(0, 0, width(), line);
    painter.fillRect(top, QColor(0, 0, 0, 170));
    painter.setPen(Theme::text());
    painter.drawText(top.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     QStringLiteral("%1  %2").arg(m_number).arg(m_name));
    painter.setPen(statusColour(m_status));
    const int dot = font.pixelSize() - 2;
    painter.drawText(top.adjusted(10, 0, -16 - dot, 0), Qt::AlignVCenter | Qt::AlignRight,
                     statusText(m_status));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_isoRecording ? Theme::programTally() : QColor(0x55, 0x5a, 0x62));
    painter.drawEllipse(QRect(width() - 10 - dot, (line - dot) / 2, dot, dot));
    painter.setRenderHint(QPainter::Antialiasing, false);

    // Bottom bar: the health line and the quality bars.
    const QRect bottom(0, height() - line, width(), line);
    painter.fillRect(bottom, QColor(0, 0, 0, 170));
    QFont small = font;
    small.setBold(false);
    small.setPixelSize(std::max(10, font.pixelSize() - 2));
    painter.setFont(small);
    painter.setPen(Theme::text());
    const int barsWidth = 4 * 5;
    painter.drawText(bottom.adjusted(10, 0, -barsWidth - 20, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     healthText());
    paintQualityBars(painter,
                     QRect(width() - barsWidth - 10, bottom.top() + 4, barsWidth, line - 8));

    // The audio meter on the right edge, between the bars.
    const QRect meter(width() - Theme::kTallyWidth - 14, line + 4, 10, height() - 2 * line - 8);
    if (meter.height() > 20)
        AudioMeter::paint(painter, meter, m_level);

    // Tally border last, on top of everything.
    const QColor border = borderColour();
    const int w = m_tally == Tally::None && !m_flashTimer.isActive() ? 2 : Theme::kTallyWidth;
    painter.fillRect(QRect(0, 0, width(), w), border);
    painter.fillRect(QRect(0, height() - w, width(), w), border);
    painter.fillRect(QRect(0, 0, w, height()), border);
    painter.fillRect(QRect(width() - w, 0, w, height()), border);
}

void CameraTile::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        emit clicked(m_cameraId);
}

void CameraTile::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        emit doubleClicked(m_cameraId);
}

} // namespace wl::widgets
