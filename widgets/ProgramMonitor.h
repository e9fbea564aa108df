#pragma once

#include "VideoSurface.h"
#include "session/LiveStatus.h"

namespace wl::widgets {

// The large program monitor: what the viewers see, framed in red, with the event's state
// (READY / LIVE / PAUSED / ENDED), the camera on air, the viewer count, the uptime and a one-line
// stream health that turns amber when the program or its encoder falls behind.
class ProgramMonitor : public VideoSurface {
    Q_OBJECT

public:
    explicit ProgramMonitor(QWidget* parent = nullptr);

    void setLiveStatus(LiveStatus status);
    LiveStatus liveStatus() const { return m_status; }
    void setSourceName(const QString& name);
    const QString& sourceName() const { return m_source; }
    void setViewers(int viewers);
    void setUptimeSeconds(qint64 seconds);
    void setHealth(const QString& text, bool healthy);
    void setBlack(bool black);

    static QString statusText(LiveStatus status);
    QSize sizeHint() const override { return {640, 360}; }

protected:
    void paintOverlay(QPainter& painter, const QRect& video) override;

private:
    LiveStatus m_status = LiveStatus::Waiting;
    QString m_source;
    int m_viewers = 0;
    qint64 m_uptimeS = 0;
    QString m_health;
    bool m_healthy = true;
    bool m_black = false;
};

} // namespace wl::widgets
