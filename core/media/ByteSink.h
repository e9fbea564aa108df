#pragma once

#include <cstdint>
#include <span>

#include "common/Expected.h"

namespace wl::media {

// Where a Muxer writes its bytes instead of a file it opens itself (MuxerSettings::sink): lets the
// owner choose how files are opened, synced and failed (recordings inject write errors in tests).
// Used only by the thread that runs the Muxer.
class ByteSink {
public:
    virtual ~ByteSink() = default;

    // Writes all of `bytes` at position(); an Error leaves the sink unusable for the muxer.
    virtual Expected<void> write(std::span<const std::uint8_t> bytes) = 0;
    // Moves to an absolute byte position (MP4 patches its box sizes).
    virtual Expected<void> seek(std::int64_t position) = 0;
    virtual std::int64_t position() const = 0;
    virtual std::int64_t size() const = 0;
};

} // namespace wl::media
