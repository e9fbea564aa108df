#pragma once

#include <mutex>
#include <vector>

#include "PreviewSink.h"

namespace wl::sources {

// Fans preview images out to the sinks registered at the moment. After remove() returns, the
// removed sink is never called again, so a window can unregister in its destructor.
class PreviewHub {
public:
    void add(PreviewSink* sink);
    void remove(PreviewSink* sink);
    void publish(const QString& cameraId, const QImage& image);
    bool hasSinks() const;

private:
    mutable std::mutex m_mutex;
    std::vector<PreviewSink*> m_sinks;
};

} // namespace wl::sources
