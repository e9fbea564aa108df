#pragma once

#include "VideoSurface.h"

namespace wl::widgets {

// The studio-mode preview monitor, framed in green: the camera that the next take puts on air,
// and how far a running transition is.
class PreviewMonitor : public VideoSurface {
    Q_OBJECT

public:
    explicit PreviewMonitor(QWidget* parent = nullptr);

    // Empty id: nothing in preview (the picture is cleared).
    void setSource(const QString& cameraId, const QString& name);
    const QString& cameraId() const { return m_cameraId; }
    void setTransitionPosition(double position);
    QSize sizeHint() const override { return {640, 360}; }

protected:
    bool showsVideo() const override { return !m_cameraId.isEmpty(); }
    void paintOverlay(QPainter& painter, const QRect& video) override;

private:
    QString m_cameraId;
    QString m_name;
    double m_position = 0;
};

} // namespace wl::widgets
