#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <stop_token>

#include "PacketFanout.h"
#include "ProgramEncoderSettings.h"
#include "ProgramStreams.h"
#include "common/Expected.h"
#include "media/AudioFifo.h"
#include "media/Encoder.h"
#include "media/Resampler.h"

namespace wl::output {

// Encodes the program: H.264 (libx264, zero latency, closed GOP) and AAC, on the encoder thread
// the Session owns (run()). The program thread submits frames and never waits: when the encoder
// falls behind, the oldest waiting video frame is dropped and counted (audio is kept, it is cheap
// and a gap would be heard). Encoded packets go to the PacketFanout.
class ProgramEncoder {
public:
    struct Stats {
        std::uint64_t videoFramesEncoded = 0;
        std::uint64_t videoFramesDropped = 0;
        std::uint64_t audioBlocksDropped = 0;
        std::uint64_t packetsOut = 0;
        std::uint64_t bytesOut = 0;
        double lastEncodeMs = 0; // time the newest video frame took to encode
    };

    ProgramEncoder(ProgramEncoderSettings settings, PacketFanout& fanout);

    // Opens both encoders; streams() is valid afterwards. Call before run().
    Expected<void> open();
    const ProgramStreams& streams() const { return m_streams; }
    const ProgramEncoderSettings& settings() const { return m_settings; }

    // Program thread. Video: YUV420P at the program size, pts = program frame number (1/fps).
    // Audio: 48 kHz stereo float interleaved, pts in samples.
    void submitVideo(const media::Frame& frame);
    void submitAudio(const media::Frame& frame);
    // Any thread: the next frame encoded becomes a keyframe (a recording or stream starts at once).
    void requestKeyframe() { m_keyframeRequested = true; }

    // Encoder thread: encodes until stopped, then drains the encoders.
    void run(std::stop_token stop);
    Stats stats() const;

private:
    bool waitForWork(std::stop_token& stop);
    void encodeVideo(const media::Frame& frame);
    void encodeAudio(const media::Frame& frame);
    void publish(const Expected<std::vector<media::Packet>>& packets, const char* what);
    void drain();

    const ProgramEncoderSettings m_settings;
    PacketFanout& m_fanout;
    ProgramStreams m_streams;
    std::optional<media::Encoder> m_video;
    std::optional<media::Encoder> m_audio;
    media::Resampler m_toPlanar;
    std::optional<media::AudioFifo> m_audioFifo;
    std::optional<std::int64_t> m_nextAudioPts; // where the submitted audio should continue

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<media::Frame> m_videoQueue;
    std::deque<media::Frame> m_audioQueue;

    std::atomic<bool> m_keyframeRequested{false};
    std::atomic<std::uint64_t> m_videoEncoded{0};
    std::atomic<std::uint64_t> m_videoDropped{0};
    std::atomic<std::uint64_t> m_audioDropped{0};
    std::atomic<std::uint64_t> m_packetsOut{0};
    std::atomic<std::uint64_t> m_bytesOut{0};
    std::atomic<double> m_lastEncodeMs{0};
    std::uint64_t m_errorsLogged = 0;
};

} // namespace wl::output
