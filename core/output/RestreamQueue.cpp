#include "RestreamQueue.h"

namespace wl::output {

RestreamQueue::RestreamQueue(std::size_t maxPackets, std::size_t maxBytes)
    : m_maxPackets(maxPackets == 0 ? 1 : maxPackets)
    , m_maxBytes(maxBytes) {
}

bool RestreamQueue::push(const media::Packet& packet) {
    const auto size = static_cast<std::size_t>(packet.size());
    {
        std::lock_guard lock(m_mutex);
        const bool keyframe = packet.kind() == media::MediaKind::Video && packet.isKeyframe();
        if (!m_accepting)
            return false;
        if (m_waitForKeyframe && !keyframe) {
            if (m_congested)
                ++m_dropped;
            return false;
        }
        const bool full = m_packets.size() >= m_maxPackets ||
                          (m_maxBytes > 0 && m_bytes + size > m_maxBytes && !m_packets.empty());
        if (full) {
            m_waitForKeyframe = true;
            m_congested = true;
            ++m_dropped;
            return false;
        }
        m_waitForKeyframe = false;
        m_congested = false;
        m_packets.push_back(packet);
        m_bytes += size;
    }
    m_ready.notify_one();
    return true;
}

std::optional<media::Packet> RestreamQueue::popFor(std::chrono::milliseconds timeout,
                                                   std::stop_token stop) {
    std::unique_lock lock(m_mutex);
    m_ready.wait_for(lock, stop, timeout, [this] { return m_woken || !m_packets.empty(); });
    m_woken = false;
    if (m_packets.empty())
        return std::nullopt;
    std::optional<media::Packet> packet(std::move(m_packets.front()));
    m_packets.pop_front();
    m_bytes -= static_cast<std::size_t>(packet->size());
    return packet;
}

void RestreamQueue::open() {
    std::lock_guard lock(m_mutex);
    m_packets.clear();
    m_bytes = 0;
    m_accepting = true;
    m_waitForKeyframe = true;
    m_congested = false;
}

void RestreamQueue::close() {
    std::lock_guard lock(m_mutex);
    m_packets.clear();
    m_bytes = 0;
    m_accepting = false;
}

void RestreamQueue::wake() {
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_ready.notify_all();
}

std::uint64_t RestreamQueue::droppedTotal() const {
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

std::size_t RestreamQueue::size() const {
    std::lock_guard lock(m_mutex);
    return m_packets.size();
}

std::size_t RestreamQueue::bytes() const {
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

} // namespace wl::output
