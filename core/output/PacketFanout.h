#pragma once

#include <mutex>
#include <optional>
#include <vector>

#include "PacketConsumer.h"

namespace wl::output {

// Hands every encoded program packet to every registered consumer. Consumers can come and go at
// any time from any thread; a consumer added while the encoder runs first hears the current
// streams. After remove() returns, the consumer is never called again.
class PacketFanout {
public:
    void add(PacketConsumer* consumer);
    void remove(PacketConsumer* consumer);

    // Encoder thread.
    void streamsStarted(const ProgramStreams& streams);
    void publish(const media::Packet& packet);

private:
    std::mutex m_mutex;
    std::vector<PacketConsumer*> m_consumers;
    std::optional<ProgramStreams> m_streams;
};

} // namespace wl::output
