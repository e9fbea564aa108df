#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "AvPointers.h"
#include "MediaKind.h"
#include "common/Expected.h"

namespace wl::media {

// What a decoder or muxer must know about one stream: a value over AVCodecParameters (copies are
// deep, via avcodec_parameters_copy). Extradata is kept padded, as libav requires.
class CodecParameters {
public:
    CodecParameters();
    CodecParameters(const CodecParameters& other);
    CodecParameters& operator=(const CodecParameters& other);
    CodecParameters(CodecParameters&& other) noexcept = default;
    CodecParameters& operator=(CodecParameters&& other) noexcept = default;
    ~CodecParameters() = default;

    // H.264 as RTMP/FLV and MP4 carry it: `avcC` is the AVCDecoderConfigurationRecord and packets
    // are length-prefixed NAL units.
    static Expected<CodecParameters> forH264(std::span<const std::uint8_t> avcC);
    // HEVC with an HEVCDecoderConfigurationRecord (hvcC) and length-prefixed NAL units.
    static Expected<CodecParameters> forHevc(std::span<const std::uint8_t> hvcC);
    // AAC with its AudioSpecificConfig; packets are raw AAC frames (no ADTS headers).
    static Expected<CodecParameters> forAac(std::span<const std::uint8_t> audioSpecificConfig,
                                            int sampleRate, int channels);
    // Any codec libavcodec knows; the media kind follows from the codec.
    static Expected<CodecParameters> forCodec(AVCodecID codecId,
                                              std::span<const std::uint8_t> extradata = {});
    // A copy of parameters owned by libav (a stream, a codec context).
    static Expected<CodecParameters> fromAv(const AVCodecParameters& parameters);
    static Expected<CodecParameters> fromCodecContext(const AVCodecContext& context);

    MediaKind kind() const;
    AVCodecID codecId() const { return m_parameters->codec_id; }
    std::string_view codecName() const;
    int width() const { return m_parameters->width; }
    int height() const { return m_parameters->height; }
    // Known before decoding only when the producer announced it (e.g. FLV onMetaData).
    void setVideoSize(int width, int height);
    int sampleRate() const { return m_parameters->sample_rate; }
    int channelCount() const { return m_parameters->ch_layout.nb_channels; }
    std::int64_t bitRate() const { return m_parameters->bit_rate; }
    std::span<const std::uint8_t> extradata() const;

    const AVCodecParameters* av() const { return m_parameters.get(); }

private:
    explicit CodecParameters(AvCodecParametersPtr parameters);
    Expected<void> setExtradata(std::span<const std::uint8_t> extradata);

    AvCodecParametersPtr m_parameters;
};

} // namespace wl::media
