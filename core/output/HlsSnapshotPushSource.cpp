#include "HlsSnapshotPushSource.h"

namespace wl::output {

HlsSnapshotPushSource::HlsSnapshotPushSource(const HlsSource& source)
    : m_source(source) {
}

std::shared_ptr<const HlsPushView> HlsSnapshotPushSource::pushView() const {
    auto snapshot = m_source.snapshot();
    std::lock_guard lock(m_mutex);
    if (snapshot == m_lastSnapshot)
        return m_lastView;
    auto view = std::make_shared<HlsPushView>();
    view->started = snapshot->started;
    view->ended = snapshot->ended;
    view->initName = snapshot->initName;
    view->initSegment = snapshot->initSegment;
    for (const HlsSegment* segment : snapshot->playlistSegments())
        view->segments.push_back(HlsPushSegment{segment->sequence, segment->name,
                                                segment->durationSeconds,
                                                segment->programDateTimeUs, segment->bytes});
    m_lastSnapshot = std::move(snapshot);
    m_lastView = view->started ? std::move(view) : nullptr;
    return m_lastView;
}

} // namespace wl::output
