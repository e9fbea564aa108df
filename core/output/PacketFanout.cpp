#include "PacketFanout.h"

#include <algorithm>

namespace wl::output {

void PacketFanout::add(PacketConsumer* consumer) {
    std::lock_guard lock(m_mutex);
    if (std::find(m_consumers.begin(), m_consumers.end(), consumer) != m_consumers.end())
        return;
    m_consumers.push_back(consumer);
    if (m_streams)
        consumer->streamsStarted(*m_streams);
}

void PacketFanout::remove(PacketConsumer* consumer) {
    std::lock_guard lock(m_mutex);
    m_consumers.erase(std::remove(m_consumers.begin(), m_consumers.end(), consumer),
                      m_consumers.end());
}

void PacketFanout::streamsStarted(const ProgramStreams& streams) {
    std::lock_guard lock(m_mutex);
    m_streams = streams;
    for (PacketConsumer* consumer : m_consumers)
        consumer->streamsStarted(streams);
}

void PacketFanout::publish(const media::Packet& packet) {
    // Held while calling, so remove() waits for a delivery in progress.
    std::lock_guard lock(m_mutex);
    for (PacketConsumer* consumer : m_consumers)
        consumer->packetReady(packet);
}

} // namespace wl::output
