#include "RecordingInbox.h"

namespace wl::record {

RecordingInbox::RecordingInbox(std::size_t mediaCapacity, std::size_t controlCapacity)
    : m_media(mediaCapacity, OverflowPolicy::DropNewest)
    , m_controlCapacity(controlCapacity == 0 ? 1 : controlCapacity) {
}

std::uint64_t RecordingInbox::endTake() {
    return m_active.exchange(0, std::memory_order_acq_rel);
}

bool RecordingInbox::endTakeIf(std::uint64_t generation) {
    std::uint64_t expected = generation;
    return m_active.compare_exchange_strong(expected, 0, std::memory_order_acq_rel);
}

bool RecordingInbox::pushMedia(MediaItem item) {
    // Oldest-first dropping would tear holes into every stream; dropping the newest keeps what
    // is queued decodable and the source resynchronises on its next keyframe.
    if (m_media.push(std::move(item)).accepted)
        return true;
    m_droppedMedia.fetch_add(1);
    return false;
}

bool RecordingInbox::pushControl(ControlItem item) {
    std::lock_guard lock(m_controlMutex);
    // Start and stop always get in; journal events are bounded.
    const bool journal = std::holds_alternative<JournalCommand>(item);
    if (journal && m_control.size() >= m_controlCapacity) {
        m_droppedControl.fetch_add(1);
        return false;
    }
    if (!journal)
        m_pendingCommands.fetch_add(1);
    m_control.push_back(std::move(item));
    return true;
}

std::optional<MediaItem> RecordingInbox::popMedia(std::chrono::microseconds timeout) {
    return m_media.popFor(timeout);
}

std::deque<ControlItem> RecordingInbox::takeControl() {
    std::lock_guard lock(m_controlMutex);
    std::deque<ControlItem> items;
    items.swap(m_control);
    return items;
}

} // namespace wl::record
