#include "CodecParameters.h"

#include <cstring>
#include <limits>
#include <new>

#include "AvError.h"

namespace wl::media {

namespace {

AvCodecParametersPtr allocateParameters() {
    AvCodecParametersPtr parameters(avcodec_parameters_alloc());
    if (!parameters)
        throw std::bad_alloc();
    return parameters;
}

} // namespace

CodecParameters::CodecParameters()
    : m_parameters(allocateParameters()) {
}

CodecParameters::CodecParameters(AvCodecParametersPtr parameters)
    : m_parameters(std::move(parameters)) {
}

CodecParameters::CodecParameters(const CodecParameters& other)
    : m_parameters(allocateParameters()) {
    // A moved-from source has no parameters; the copy then stays default.
    if (other.m_parameters && avcodec_parameters_copy(m_parameters.get(), other.av()) < 0)
        throw std::bad_alloc();
}

CodecParameters& CodecParameters::operator=(const CodecParameters& other) {
    if (this != &other) {
        CodecParameters copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Expected<CodecParameters> CodecParameters::forH264(std::span<const std::uint8_t> avcC) {
    // configurationVersion is 1; anything else is Annex B or garbage.
    if (avcC.size() < 7 || avcC[0] != 1)
        return makeError(ErrorCode::ProtocolViolation, "not an AVCDecoderConfigurationRecord",
                         "CodecParameters::forH264");
    return forCodec(AV_CODEC_ID_H264, avcC);
}

Expected<CodecParameters> CodecParameters::forHevc(std::span<const std::uint8_t> hvcC) {
    if (hvcC.size() < 23 || hvcC[0] != 1)
        return makeError(ErrorCode::ProtocolViolation, "not an HEVCDecoderConfigurationRecord",
                         "CodecParameters::forHevc");
    return forCodec(AV_CODEC_ID_HEVC, hvcC);
}

Expected<CodecParameters> CodecParameters::forAac(std::span<const std::uint8_t> audioSpecificConfig,
                                                  int sampleRate, int channels) {
    if (audioSpecificConfig.size() < 2)
        return makeError(ErrorCode::ProtocolViolation, "AudioSpecificConfig too short",
                         "CodecParameters::forAac");
    if (sampleRate <= 0 || channels <= 0 || channels > 8)
        return makeError(ErrorCode::InvalidArgument, "bad AAC sample rate or channel count",
                         "CodecParameters::forAac");
    auto result = forCodec(AV_CODEC_ID_AAC, audioSpecificConfig);
    if (!result)
        return result;
    AVCodecParameters* parameters = result->m_parameters.get();
    parameters->sample_rate = sampleRate;
    av_channel_layout_uninit(&parameters->ch_layout);
    av_channel_layout_default(&parameters->ch_layout, channels);
    return result;
}

Expected<CodecParameters> CodecParameters::forCodec(AVCodecID codecId,
                                                    std::span<const std::uint8_t> extradata) {
    const AVMediaType type = avcodec_get_type(codecId);
    if (type != AVMEDIA_TYPE_VIDEO && type != AVMEDIA_TYPE_AUDIO)
        return makeError(ErrorCode::Unsupported,
                         std::string("not an audio or video codec: ") + avcodec_get_name(codecId),
                         "CodecParameters::forCodec");
    CodecParameters result;
    result.m_parameters->codec_type = type;
    result.m_parameters->codec_id = codecId;
    auto stored = result.setExtradata(extradata);
    if (!stored)
        return stored.error();
    return result;
}

Expected<CodecParameters> CodecParameters::fromAv(const AVCodecParameters& parameters) {
    CodecParameters result;
    const int status = avcodec_parameters_copy(result.m_parameters.get(), &parameters);
    if (status < 0)
        return avError(status, "CodecParameters::fromAv");
    return result;
}

Expected<CodecParameters> CodecParameters::fromCodecContext(const AVCodecContext& context) {
    CodecParameters result;
    const int status = avcodec_parameters_from_context(result.m_parameters.get(), &context);
    if (status < 0)
        return avError(status, "CodecParameters::fromCodecContext");
    return result;
}

MediaKind CodecParameters::kind() const {
    return m_parameters->codec_type == AVMEDIA_TYPE_AUDIO ? MediaKind::Audio : MediaKind::Video;
}

std::string_view CodecParameters::codecName() const {
    return avcodec_get_name(m_parameters->codec_id);
}

void CodecParameters::setVideoSize(int width, int height) {
    m_parameters->width = width;
    m_parameters->height = height;
}

std::span<const std::uint8_t> CodecParameters::extradata() const {
    if (m_parameters->extradata == nullptr || m_parameters->extradata_size <= 0)
        return {};
    return {m_parameters->extradata, static_cast<std::size_t>(m_parameters->extradata_size)};
}

Expected<void> CodecParameters::setExtradata(std::span<const std::uint8_t> extradata) {
    av_freep(&m_parameters->extradata);
    m_parameters->extradata_size = 0;
    if (extradata.empty())
        return {};
    constexpr std::size_t kMaxExtradata = 1 << 20;
    if (extradata.size() > kMaxExtradata)
        return makeError(ErrorCode::LimitExceeded, "extradata larger than 1 MiB",
                         "CodecParameters::setExtradata");
    // av_mallocz leaves the padding zeroed.
    auto* buffer =
        static_cast<std::uint8_t*>(av_mallocz(extradata.size() + AV_INPUT_BUFFER_PADDING_SIZE));
    if (buffer == nullptr)
        return makeError(ErrorCode::Internal, "out of memory", "CodecParameters::setExtradata");
    std::memcpy(buffer, extradata.data(), extradata.size());
    m_parameters->extradata = buffer;
    m_parameters->extradata_size = static_cast<int>(extradata.size());
    return {};
}

} // namespace wl::media
