#include "HevcDecoderConfig.h"

#include <algorithm>
#include <string>

#include "ByteReader.h"

namespace wl::rtmp {

namespace {

constexpr std::size_t kFixedHeaderSize = 22; // up to and including lengthSizeMinusOne
constexpr std::uint8_t kVps = 32;
constexpr std::uint8_t kSps = 33;
constexpr std::uint8_t kPps = 34;

Error invalid(std::string message) {
    return makeError(ErrorCode::ProtocolViolation, std::move(message), "hvcC");
}

} // namespace

bool HevcDecoderConfig::hasNalUnitType(std::uint8_t type) const {
    return std::any_of(arrays.begin(), arrays.end(), [type](const NalUnitArray& array) {
        return array.nalUnitType == type && !array.units.empty();
    });
}

Expected<HevcDecoderConfig> HevcDecoderConfig::parse(std::span<const std::uint8_t> data) {
    ByteReader in(data);
    const auto header = in.bytes(kFixedHeaderSize);
    const auto arrayCount = in.u8();
    if (!header || !arrayCount)
        return invalid("shorter than its 23-byte header");
    const std::span<const std::uint8_t> fixed = *header;
    if (fixed[0] != 1)
        return invalid("configuration version " + std::to_string(fixed[0]) + " (expected 1)");

    HevcDecoderConfig config;
    config.profileSpace = static_cast<std::uint8_t>(fixed[1] >> 6);
    config.highTier = (fixed[1] & 0x20) != 0;
    config.profileIdc = fixed[1] & 0x1F;
    config.levelIdc = fixed[12];
    config.chromaFormat = fixed[16] & 0x03;
    config.bitDepthLuma = static_cast<std::uint8_t>((fixed[17] & 0x07) + 8);
    config.bitDepthChroma = static_cast<std::uint8_t>((fixed[18] & 0x07) + 8);
    config.naluLengthSize = static_cast<std::uint8_t>((fixed[21] & 0x03) + 1);
    if (config.naluLengthSize == 3)
        return invalid("NALU length size 3 is not allowed");

    for (unsigned a = 0; a < *arrayCount; ++a) {
        const auto typeByte = in.u8();
        const auto unitCount = in.u16();
        if (!typeByte || !unitCount)
            return invalid("truncated NAL unit array " + std::to_string(a));
        NalUnitArray array;
        array.complete = (*typeByte & 0x80) != 0;
        array.nalUnitType = *typeByte & 0x3F;
        // Each unit needs at least its 2-byte length: reject impossible counts up front.
        if (std::size_t{*unitCount} * 2 > in.remaining())
            return invalid("NAL unit array " + std::to_string(a) + " claims " +
                           std::to_string(*unitCount) + " units");
        for (unsigned u = 0; u < *unitCount; ++u) {
            const auto length = in.u16();
            const auto bytes = length ? in.bytes(*length) : std::nullopt;
            if (!bytes || *length == 0)
                return invalid("NAL unit " + std::to_string(u) + " of array " + std::to_string(a) +
                               " does not fit");
            array.units.emplace_back(bytes->begin(), bytes->end());
        }
        config.arrays.push_back(std::move(array));
    }
    if (!config.hasNalUnitType(kVps) || !config.hasNalUnitType(kSps) ||
        !config.hasNalUnitType(kPps))
        return invalid("VPS, SPS or PPS missing");
    return config;
}

} // namespace wl::rtmp
