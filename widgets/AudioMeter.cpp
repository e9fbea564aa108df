#include "AudioMeter.h"

#include <algorithm>

#include <QPainter>

#include "Theme.h"

namespace wl::widgets {

namespace {
constexpr double kYellowDb = -18.0;
constexpr double kRedDb = -6.0;
constexpr int kHoldUpdates = 20; // about a second at the UI's meter rate
} // namespace

AudioMeter::AudioMeter(QWidget* parent)
    : QWidget(parent) {
    setMinimumWidth(18);
    setToolTip(tr("Program audio level (dBFS)"));
}

double AudioMeter::fraction(double db) {
    return std::clamp((db - kFloorDb) / -kFloorDb, 0.0, 1.0);
}

void AudioMeter::setLevel(const switcher::AudioLevel& level) {
    m_level = level;
    const double peak = std::max(level.channels[0].peakDb, level.channels[1].peakDb);
    if (peak >= m_holdDb || ++m_holdTicks > kHoldUpdates) {
        m_holdDb = peak;
        m_holdTicks = 0;
    }
    update();
}

void AudioMeter::paint(QPainter& painter, const QRect& area, const switcher::AudioLevel& level,
                       double holdDb) {
    painter.fillRect(area, QColor(0, 0, 0, 160));
    const int gap = 2;
    const int barWidth = std::max(2, (area.width() - 3 * gap) / 2);
    const int height = area.height() - 2 * gap;
    const int yellowAt = static_cast<int>(fraction(kYellowDb) * height);
    const int redAt = static_cast<int>(fraction(kRedDb) * height);
    for (int c = 0; c < 2; ++c) {
        const int x = area.left() + gap + c * (barWidth + gap);
        const int bottom = area.bottom() - gap;
        const int filled = static_cast<int>(fraction(level.channels[c].peakDb) * height);
        // Segments in their colour band, so a loud signal shows green, yellow and red at once.
        auto band = [&](int from, int to, const QColor& colour) {
            const int top = std::min(filled, to);
            if (top > from)
                painter.fillRect(QRect(x, bottom - top + 1, barWidth, top - from), colour);
        };
        band(0, yellowAt, Theme::live());
        band(yellowAt, redAt, Theme::warning());
        band(redAt, height, Theme::programTally());
        const int rms = static_cast<int>(fraction(level.channels[c].rmsDb) * height);
        if (rms > 0)
            painter.fillRect(QRect(x, bottom - rms, barWidth, 1), Qt::white);
        if (holdDb > kFloorDb) {
            const int hold = static_cast<int>(fraction(holdDb) * height);
            painter.fillRect(QRect(x, bottom - hold, barWidth, 2),
                             holdDb > kRedDb ? Theme::programTally() : Theme::text());
        }
    }
}

void AudioMeter::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), Theme::background());
    paint(painter, rect(), m_level, m_holdDb);
}

} // namespace wl::widgets
