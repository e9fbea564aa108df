#pragma once

#include <QImage>
#include <QString>

namespace wl::sources {

// Where camera preview images leave the core (the UI's multiview implements it). Called on a
// decode thread for every new preview; implementations must return quickly and never block
// (store the image and schedule a repaint on their own thread).
class PreviewSink {
public:
    virtual ~PreviewSink() = default;
    virtual void previewReady(const QString& cameraId, const QImage& image) = 0;
};

} // namespace wl::sources
