#include "PreviewHub.h"

#include <algorithm>

namespace wl::sources {

void PreviewHub::add(PreviewSink* sink) {
    std::lock_guard lock(m_mutex);
    if (std::find(m_sinks.begin(), m_sinks.end(), sink) == m_sinks.end())
        m_sinks.push_back(sink);
}

void PreviewHub::remove(PreviewSink* sink) {
    std::lock_guard lock(m_mutex);
    m_sinks.erase(std::remove(m_sinks.begin(), m_sinks.end(), sink), m_sinks.end());
}

void PreviewHub::publish(const QString& cameraId, const QImage& image) {
    // Held while calling, so that remove() waits for a call in progress to finish.
    std::lock_guard lock(m_mutex);
    for (PreviewSink* sink : m_sinks)
        sink->previewReady(cameraId, image);
}

bool PreviewHub::hasSinks() const {
    std::lock_guard lock(m_mutex);
    return !m_sinks.empty();
}

} // namespace wl::sources
