#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "common/Expected.h"

namespace wl::rtmp {

// AVCDecoderConfigurationRecord (avcC, ISO/IEC 14496-15 §5.3.3.1): the H.264 sequence header.
struct AvcDecoderConfig {
    std::uint8_t profile = 0;
    std::uint8_t profileCompatibility = 0;
    std::uint8_t level = 0;
    std::uint8_t naluLengthSize = 4; // bytes in front of every NAL unit of coded frames
    std::vector<std::vector<std::uint8_t>> sequenceParameterSets;
    std::vector<std::vector<std::uint8_t>> pictureParameterSets;

    // Requires version 1, a usable NALU length size and at least one SPS and one PPS.
    static Expected<AvcDecoderConfig> parse(std::span<const std::uint8_t> data);
};

} // namespace wl::rtmp
