#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "ArrivalTracker.h"
#include "AvPointers.h"
#include "CodecParameters.h"
#include "Frame.h"
#include "Packet.h"
#include "common/Expected.h"

namespace wl::media {

struct DecoderSettings {
    // Decoder threads. Video uses slice threading only: frame threading would hold back one frame
    // per thread, and live switching wants every frame out as soon as its packet is in.
    int threads = 2;
    // AV_CODEC_FLAG_LOW_DELAY for video: output frames without waiting to reorder.
    bool lowDelay = true;
};

// Decodes one stream. Feed packets in decode order; frames come out with the pts of the packet
// they were decoded from and its arrivalUs, in the packets' time base. Not thread-safe: one owner.
class Decoder {
public:
    static Expected<Decoder> open(const CodecParameters& parameters, DecoderSettings settings = {});

    Decoder(Decoder&&) noexcept = default;
    Decoder& operator=(Decoder&&) noexcept = default;
    ~Decoder() = default;

    // Sends one packet; EAGAIN cannot happen when every frame is received before the next send.
    Expected<void> send(const Packet& packet);
    // The next decoded frame, or nothing when the decoder needs more input (or is drained).
    Expected<std::optional<Frame>> receive();
    // send() and then receive() until the decoder wants more: 0..n frames for one packet.
    Expected<std::vector<Frame>> decode(const Packet& packet);
    // End of stream: returns the frames still held back, then resets for new input.
    Expected<std::vector<Frame>> drain();
    // Drops everything buffered (after a gap or a reconnect); the next packet should be a keyframe.
    void flush();

    MediaKind kind() const { return m_kind; }
    const CodecParameters& parameters() const { return m_parameters; }
    // Frames decoded so far.
    std::uint64_t frameCount() const { return m_frameCount; }

private:
    // receive() until the codec wants more input (or is drained).
    Expected<std::vector<Frame>> receiveAll();
    Decoder(AvCodecContextPtr context, CodecParameters parameters);

    AvCodecContextPtr m_context;
    CodecParameters m_parameters;
    MediaKind m_kind = MediaKind::Video;
    AVRational m_timeBase{1, 1000};
    ArrivalTracker m_arrivals;
    std::uint64_t m_frameCount = 0;
};

} // namespace wl::media
