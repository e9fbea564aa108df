#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

#include "RecordItem.h"
#include "common/BoundedQueue.h"
#include "common/Expected.h"

namespace wl::record {

// Everything producers hand to the writer thread, and the one flag they read to know whether a
// take is running. Producers never wait: a full queue drops the new item and counts it.
// Thread-safe.
class RecordingInbox {
public:
    RecordingInbox(std::size_t mediaCapacity, std::size_t controlCapacity);

    // The running take's generation (a new number for every start), 0 when not recording.
    std::uint64_t activeGeneration() const { return m_active.load(std::memory_order_acquire); }
    // A new take: reserve its generation, queue its start command, then activate it, so the
    // writer always sees the start before any media of the take. Callers serialise these.
    std::uint64_t reserveGeneration() { return ++m_lastGeneration; }
    void activate(std::uint64_t generation) {
        m_active.store(generation, std::memory_order_release);
    }
    // Ends the running take; returns its generation, 0 when none ran.
    std::uint64_t endTake();
    // Ends the take only if it is still `generation` (the writer stopping on an error).
    bool endTakeIf(std::uint64_t generation);

    // Producers: false when dropped (queue full; start and stop commands are always taken).
    bool pushMedia(MediaItem item);
    bool pushControl(ControlItem item);

    // Writer thread.
    std::optional<MediaItem> popMedia(std::chrono::microseconds timeout);
    std::optional<MediaItem> tryPopMedia() { return m_media.tryPop(); }
    std::deque<ControlItem> takeControl();
    std::size_t mediaQueued() const { return m_media.size(); }

    // Start and stop commands not yet handled and published in the writer's status.
    std::uint64_t pendingCommands() const { return m_pendingCommands.load(); }
    void commandDone() { m_pendingCommands.fetch_sub(1); }

    std::uint64_t droppedMedia() const { return m_droppedMedia.load(); }
    std::uint64_t droppedControl() const { return m_droppedControl.load(); }

private:
    BoundedQueue<MediaItem> m_media;
    const std::size_t m_controlCapacity;
    mutable std::mutex m_controlMutex;
    std::deque<ControlItem> m_control;
    std::atomic<std::uint64_t> m_active{0};
    std::atomic<std::uint64_t> m_lastGeneration{0};
    std::atomic<std::uint64_t> m_pendingCommands{0};
    std::atomic<std::uint64_t> m_droppedMedia{0};
    std::atomic<std::uint64_t> m_droppedControl{0};
};

} // namespace wl::record
