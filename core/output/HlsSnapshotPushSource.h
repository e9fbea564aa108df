#pragma once

#include <memory>
#include <mutex>

#include "HlsPushSource.h"
#include "HlsSource.h"

namespace wl::output {

// The HLS push's view of the packager: the init segment and the playlist's complete segments of
// the newest HlsSnapshot. The view is rebuilt only when the snapshot changed (payloads are
// shared, never copied). Thread-safe.
class HlsSnapshotPushSource : public HlsPushSource {
public:
    explicit HlsSnapshotPushSource(const HlsSource& source);

    std::shared_ptr<const HlsPushView> pushView() const override;

private:
    const HlsSource& m_source;
    mutable std::mutex m_mutex;
    mutable std::shared_ptr<const HlsSnapshot> m_lastSnapshot;
    mutable std::shared_ptr<const HlsPushView> m_lastView;
};

} // namespace wl::output
