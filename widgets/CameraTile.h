#pragma once

#include <atomic>
#include <mutex>

#include <QImage>
#include <QWidget>

#include "sources/CameraStatus.h"

namespace wl::widgets {

// One camera in the multiview: its live picture, number, name and status. setImage() may be
// called from any thread (a decode worker); it stores the image and schedules one repaint.
class CameraTile : public QWidget {
    Q_OBJECT

public:
    CameraTile(int number, const QString& cameraId, QWidget* parent = nullptr);

    const QString& cameraId() const { return m_cameraId; }
    void setName(const QString& name);
    void setStatus(sources::CameraStatus status);
    sources::CameraStatus status() const { return m_status; }
    void setImage(const QImage& image);
    QSize sizeHint() const override { return {480, 270}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const int m_number;
    const QString m_cameraId;
    QString m_name;
    sources::CameraStatus m_status = sources::CameraStatus::Waiting;
    std::mutex m_imageMutex;
    QImage m_image;
    std::atomic<bool> m_repaintPending{false};
};

} // namespace wl::widgets
