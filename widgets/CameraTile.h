#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include "VideoSurface.h"
#include "sources/CameraStats.h"
#include "sources/CameraStatus.h"
#include "switcher/AudioLevels.h"

namespace wl::widgets {

// One camera in the multiview: its live picture, number (its hotkey), name and status, the tally
// border (red on program, green on preview), quality bars and a health line, an audio meter and
// the ISO recording dot. A switch that the engine refused makes the tile flash.
class CameraTile : public VideoSurface {
    Q_OBJECT

public:
    enum class Tally { None, Preview, Program };

    CameraTile(int number, const QString& cameraId, QWidget* parent = nullptr);

    int number() const { return m_number; }
    const QString& cameraId() const { return m_cameraId; }
    void setName(const QString& name);
    const QString& name() const { return m_name; }
    void setStatus(sources::CameraStatus status);
    sources::CameraStatus status() const { return m_status; }
    void setTally(Tally tally);
    Tally tally() const { return m_tally; }
    void setStats(const sources::CameraStats& stats, int delayMs);
    void setAudioLevel(const switcher::AudioLevel& level);
    void setIsoRecording(bool recording);
    bool isoRecording() const { return m_isoRecording; }
    // Flashes the border for a moment: the switch to this camera was refused.
    void flashRefused();
    bool isFlashing() const { return m_flashTimer.isActive(); }

    // The colour of the border as painted now.
    QColor borderColour() const;
    // The health line: "1920×1080  30 fps  4500 kb/s  delay 0 ms".
    QString healthText() const;
    QSize sizeHint() const override { return {480, 270}; }

signals:
    void clicked(const QString& cameraId);
    void doubleClicked(const QString& cameraId);

protected:
    bool showsVideo() const override;
    void paintOverlay(QPainter& painter, const QRect& video) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void paintQualityBars(QPainter& painter, const QRect& area) const;

    const int m_number;
    const QString m_cameraId;
    QString m_name;
    sources::CameraStatus m_status = sources::CameraStatus::Waiting;
    Tally m_tally = Tally::None;
    sources::CameraStats m_stats;
    int m_delayMs = 0;
    switcher::AudioLevel m_level;
    bool m_isoRecording = false;
    QTimer m_flashTimer;
    int m_flashPhase = 0;
};

} // namespace wl::widgets
