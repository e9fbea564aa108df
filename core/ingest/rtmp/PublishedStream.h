#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "Amf0Reader.h"
#include "ProtocolEvent.h"
#include "RtmpMessage.h"
#include "TimestampUnwrapper.h"
#include "common/Expected.h"

namespace wl::rtmp {

// The stream an accepted publisher sends on: turns its audio, video and data messages into
// events. Audio and video each keep their own timestamp unwrapper, so both stay monotonic across
// the 32-bit wrap even when they share a chunk stream. Codecs it cannot hand on are dropped with
// one StreamWarning per media type; malformed payloads are errors.
class PublishedStream {
public:
    PublishedStream(std::uint32_t streamId, std::string streamKey, Amf0Limits amf0Limits);

    std::uint32_t streamId() const { return m_streamId; }
    const std::string& streamKey() const { return m_streamKey; }

    Expected<void> handleVideo(const RtmpMessage& message, std::vector<ProtocolEvent>& events);
    Expected<void> handleAudio(const RtmpMessage& message, std::vector<ProtocolEvent>& events);
    Expected<void> handleData(const RtmpMessage& message, std::vector<ProtocolEvent>& events);

private:
    Expected<VideoConfigReceived> videoConfig(VideoCodec codec,
                                              std::vector<std::uint8_t> data) const;
    Expected<AudioConfigReceived> audioConfig(AudioCodec codec,
                                              std::vector<std::uint8_t> data) const;
    static void warnOnce(bool& warned, const Error& error, std::vector<ProtocolEvent>& events);

    std::uint32_t m_streamId = 0;
    std::string m_streamKey;
    Amf0Limits m_amf0Limits;
    TimestampUnwrapper m_videoClock;
    TimestampUnwrapper m_audioClock;
    bool m_warnedVideo = false;
    bool m_warnedAudio = false;
};

} // namespace wl::rtmp
