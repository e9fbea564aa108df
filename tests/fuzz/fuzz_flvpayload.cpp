// Fuzzes the FLV payload parsers and the codec configuration records they carry.
#include <cstddef>
#include <cstdint>

#include "FuzzInput.h"
#include "ingest/rtmp/AacAudioSpecificConfig.h"
#include "ingest/rtmp/AvcDecoderConfig.h"
#include "ingest/rtmp/FlvAudioTag.h"
#include "ingest/rtmp/FlvVideoTag.h"
#include "ingest/rtmp/HevcDecoderConfig.h"

using namespace wl::rtmp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> input(data, size);
    if (const auto video = FlvVideoTag::parse(input)) {
        fuzz::require(video->data.size() < size);
        if (video->kind == VideoPacketKind::SequenceHeader) {
            if (video->codec == VideoCodec::H264) {
                if (const auto avc = AvcDecoderConfig::parse(video->data))
                    fuzz::require(avc->naluLengthSize == 1 || avc->naluLengthSize == 2 ||
                                  avc->naluLengthSize == 4);
            } else if (video->codec == VideoCodec::Hevc) {
                if (const auto hevc = HevcDecoderConfig::parse(video->data))
                    fuzz::require(hevc->naluLengthSize != 3 && !hevc->arrays.empty());
            }
        }
    }
    if (const auto audio = FlvAudioTag::parse(input)) {
        fuzz::require(audio->data.size() < size);
        if (audio->kind == AudioPacketKind::SequenceHeader && audio->codec == AudioCodec::Aac) {
            if (const auto asc = AacAudioSpecificConfig::parse(audio->data))
                fuzz::require(asc->samplingFrequency > 0 && asc->channels >= 0);
        }
    }
    // The records also on their own, straight from the input.
    (void)AvcDecoderConfig::parse(input);
    (void)HevcDecoderConfig::parse(input);
    (void)AacAudioSpecificConfig::parse(input);
    return 0;
}
