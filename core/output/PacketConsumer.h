#pragma once

#include "ProgramStreams.h"
#include "media/Packet.h"

namespace wl::output {

// Something that takes the encoded program (recorder, HLS packager, restream). Called on the
// encoder thread; implementations must not block (they queue and work on their own thread).
class PacketConsumer {
public:
    virtual ~PacketConsumer() = default;
    // Before the first packet, and again whenever the encoder is reopened.
    virtual void streamsStarted(const ProgramStreams& streams) = 0;
    // Video (Packet::kind() Video) and audio packets, each stream in decode order.
    virtual void packetReady(const media::Packet& packet) = 0;
};

} // namespace wl::output
