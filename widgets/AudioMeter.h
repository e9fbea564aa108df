#pragma once

#include <QWidget>

#include "switcher/AudioLevels.h"

namespace wl::widgets {

// A stereo peak/RMS meter in dBFS (−60 … 0): green, yellow above −18, red above −6, with a
// peak hold. As a widget for the program; paint() draws the same meter inside a camera tile.
class AudioMeter : public QWidget {
    Q_OBJECT

public:
    static constexpr double kFloorDb = -60.0;

    explicit AudioMeter(QWidget* parent = nullptr);

    void setLevel(const switcher::AudioLevel& level);
    const switcher::AudioLevel& level() const { return m_level; }
    QSize sizeHint() const override { return {28, 200}; }

    // Two vertical bars filling `area`, bottom = kFloorDb, top = 0 dBFS.
    static void paint(QPainter& painter, const QRect& area, const switcher::AudioLevel& level,
                      double holdDb = kFloorDb);
    // 0..1 along the scale.
    static double fraction(double db);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    switcher::AudioLevel m_level;
    double m_holdDb = kFloorDb;
    int m_holdTicks = 0;
};

} // namespace wl::widgets
