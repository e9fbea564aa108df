#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ArrivalTracker.h"
#include "AvPointers.h"
#include "CodecParameters.h"
#include "Frame.h"
#include "MediaOptions.h"
#include "Packet.h"
#include "common/Expected.h"

namespace wl::media {

class AvDictionary;

struct VideoEncoderSettings {
    std::string codecName = "libx264";
    int width = 1280;
    int height = 720;
    AVPixelFormat pixelFormat = AV_PIX_FMT_YUV420P;
    AVRational frameRate{30, 1};
    int bitrateKbps = 3000;
    // Keyframe interval in frames; 0 = one second.
    int gopFrames = 0;
    std::string preset = "veryfast";
    std::string tune = "zerolatency";
    // Empty = the encoder's default profile.
    std::string profile;
    // 0 = the encoder decides (x264: one per core).
    int threads = 0;
    // SPS/PPS in extradata instead of in-band, as FLV and MP4 need.
    bool globalHeader = true;
    // Further encoder options, e.g. {"x264-params", "nal-hrd=cbr"}.
    MediaOptions options;
};

struct AudioEncoderSettings {
    std::string codecName = "aac";
    int sampleRate = 48000;
    int channels = 2;
    int bitrateKbps = 128;
    // AudioSpecificConfig in extradata, as FLV and MP4 need.
    bool globalHeader = true;
    MediaOptions options;
};

// Encodes one stream. Video frames must match the configured size and pixel format (use a
// Scaler), audio frames the sample rate, channel count, sampleFormat() and audioFrameSize()
// (use a Resampler). Packets come out in timeBase() with the frames' arrivalUs. Not thread-safe.
class Encoder {
public:
    static Expected<Encoder> openVideo(const VideoEncoderSettings& settings);
    static Expected<Encoder> openAudio(const AudioEncoderSettings& settings);

    Encoder(Encoder&&) noexcept = default;
    Encoder& operator=(Encoder&&) noexcept = default;
    ~Encoder() = default;

    // The frame's pts is rescaled from its own time base to timeBase().
    Expected<void> send(const Frame& frame);
    // The next packet, or nothing when the encoder needs more input (or is drained).
    Expected<std::optional<Packet>> receive();
    // send() and then receive() until the encoder wants more.
    Expected<std::vector<Packet>> encode(const Frame& frame);
    // End of stream: the packets still held back. The encoder cannot be fed afterwards.
    Expected<std::vector<Packet>> drain();
    // The next frame sent becomes a keyframe (video).
    void requestKeyframe() { m_keyframeRequested = true; }

    MediaKind kind() const { return m_kind; }
    // Valid after open; with globalHeader it carries the extradata a muxer needs.
    const CodecParameters& codecParameters() const { return m_parameters; }
    AVRational timeBase() const;
    // Samples per audio frame the encoder expects (AAC: 1024); 0 for video.
    int audioFrameSize() const;
    AVSampleFormat sampleFormat() const;
    AVPixelFormat pixelFormat() const;

private:
    // Opens the configured context and captures its codec parameters.
    static Expected<Encoder> finishOpening(AvCodecContextPtr context, const AVCodec& codec,
                                           AvDictionary& options, MediaKind kind,
                                           const char* where);
    // receive() until the codec wants more input (or is drained).
    Expected<std::vector<Packet>> receiveAll();
    Encoder(AvCodecContextPtr context, CodecParameters parameters, MediaKind kind);
    Expected<void> checkFrame(const Frame& frame) const;

    AvCodecContextPtr m_context;
    CodecParameters m_parameters;
    MediaKind m_kind = MediaKind::Video;
    ArrivalTracker m_arrivals;
    bool m_keyframeRequested = false;
};

} // namespace wl::media
