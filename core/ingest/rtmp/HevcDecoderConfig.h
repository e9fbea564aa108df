#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "common/Expected.h"

namespace wl::rtmp {

// HEVCDecoderConfigurationRecord (hvcC, ISO/IEC 14496-15 §8.3.3.1): the HEVC sequence header.
struct HevcDecoderConfig {
    struct NalUnitArray {
        std::uint8_t nalUnitType = 0; // 32 VPS, 33 SPS, 34 PPS, 39/40 SEI
        bool complete = false;
        std::vector<std::vector<std::uint8_t>> units;
    };

    std::uint8_t profileSpace = 0;
    bool highTier = false;
    std::uint8_t profileIdc = 0;
    std::uint8_t levelIdc = 0;
    std::uint8_t chromaFormat = 0;
    std::uint8_t bitDepthLuma = 8;
    std::uint8_t bitDepthChroma = 8;
    std::uint8_t naluLengthSize = 4;
    std::vector<NalUnitArray> arrays;

    bool hasNalUnitType(std::uint8_t type) const;

    // Requires version 1, a usable NALU length size and VPS, SPS and PPS present.
    static Expected<HevcDecoderConfig> parse(std::span<const std::uint8_t> data);
};

} // namespace wl::rtmp
