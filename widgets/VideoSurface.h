#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>

#include <QImage>
#include <QWidget>

namespace wl::widgets {

// A widget that paints the newest video picture handed to it from any thread, then lets the
// subclass paint its overlay. setImage() never waits for the UI thread: it swaps the image under
// a tiny lock and queues at most one repaint, so however fast pictures come, the UI thread paints
// each window refresh once with the newest one.
class VideoSurface : public QWidget {
    Q_OBJECT

public:
    explicit VideoSurface(QWidget* parent = nullptr);

    // Any thread.
    void setImage(const QImage& image);
    // UI thread: forget the picture (e.g. the camera went away).
    void clearImage();
    // Paints that showed a picture not painted before (the multiview benchmark reads it).
    std::uint64_t framesPainted() const { return m_framesPainted.load(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    // Whether the picture is shown at all (e.g. a waiting camera shows none).
    virtual bool showsVideo() const { return true; }
    // Paints on top of the video; `video` is where the picture was (or would be) drawn.
    virtual void paintOverlay(QPainter& painter, const QRect& video) = 0;

private:
    std::mutex m_mutex;
    QImage m_image;
    std::uint64_t m_serial = 0; // guarded by m_mutex
    std::uint64_t m_paintedSerial = 0;
    std::atomic<bool> m_repaintPending{false};
    std::atomic<std::uint64_t> m_framesPainted{0};
};

} // namespace wl::widgets
