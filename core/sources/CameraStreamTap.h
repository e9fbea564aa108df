#pragma once

#include <cstdint>

#include "media/CodecParameters.h"
#include "media/Packet.h"

namespace wl::sources {

// Receives a camera's compressed stream exactly as it arrived (stream copy: ISO recording).
// Called on the ingest thread, in arrival order; implementations must not block (they queue).
// A new publishId means a new connection: a new stream with its own configuration and clock.
class CameraStreamTap {
public:
    virtual ~CameraStreamTap() = default;
    virtual void publishStarted(std::uint64_t publishId, std::int64_t arrivalUs) = 0;
    virtual void configReceived(std::uint64_t publishId,
                                const media::CodecParameters& parameters) = 0;
    virtual void packetReceived(std::uint64_t publishId, const media::Packet& packet) = 0;
    virtual void publishEnded(std::uint64_t publishId) = 0;
};

} // namespace wl::sources
