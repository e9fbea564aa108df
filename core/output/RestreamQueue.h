#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <stop_token>

#include "media/Packet.h"

namespace wl::output {

// The packets waiting for one restream connection. The encoder thread pushes and never waits;
// when the queue is full (packets or bytes), it drops every packet until the next video
// keyframe, so the stream resumes decodable instead of with holes, and counts what it dropped.
// While no connection is open it ignores pushes (nothing piles up for a late, stale start).
class RestreamQueue {
public:
    RestreamQueue(std::size_t maxPackets, std::size_t maxBytes);

    // Encoder thread. Returns false when the packet was dropped.
    bool push(const media::Packet& packet);
    // Worker: waits up to `timeout` (or until a stop request) for the next packet.
    std::optional<media::Packet> popFor(std::chrono::milliseconds timeout, std::stop_token stop);
    // Worker, on a new connection: accepts packets from the next keyframe on (a connection
    // starts at the live edge on a keyframe).
    void open();
    // Worker, when not connected: discards what waits and ignores pushes until open().
    void close();
    // Wakes a waiting popFor (e.g. the destination was disabled).
    void wake();

    std::uint64_t droppedTotal() const;
    std::size_t size() const;
    std::size_t bytes() const;

private:
    const std::size_t m_maxPackets;
    const std::size_t m_maxBytes;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_ready;
    std::deque<media::Packet> m_packets;
    std::size_t m_bytes = 0;
    bool m_accepting = false;
    bool m_waitForKeyframe = true;
    bool m_congested = false; // dropping because the queue was full (counted)
    bool m_woken = false;
    std::uint64_t m_dropped = 0;
};

} // namespace wl::output
