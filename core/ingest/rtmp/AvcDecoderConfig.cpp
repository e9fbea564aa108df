#include "AvcDecoderConfig.h"

#include <string>

#include "ByteReader.h"

namespace wl::rtmp {

namespace {

Error invalid(std::string message) {
    return makeError(ErrorCode::ProtocolViolation, std::move(message), "avcC");
}

// Reads `count` 16-bit-length-prefixed parameter sets.
Expected<std::vector<std::vector<std::uint8_t>>> readParameterSets(ByteReader& in, unsigned count,
                                                                   const char* what) {
    std::vector<std::vector<std::uint8_t>> sets;
    for (unsigned i = 0; i < count; ++i) {
        const auto length = in.u16();
        if (!length)
            return invalid(std::string("truncated ") + what + " length");
        const auto bytes = in.bytes(*length);
        if (!bytes || *length == 0)
            return invalid(std::string(what) + " of " + std::to_string(*length) +
                           " bytes does not fit");
        sets.emplace_back(bytes->begin(), bytes->end());
    }
    return sets;
}

} // namespace

Expected<AvcDecoderConfig> AvcDecoderConfig::parse(std::span<const std::uint8_t> data) {
    ByteReader in(data);
    const auto version = in.u8();
    const auto profile = in.u8();
    const auto compatibility = in.u8();
    const auto level = in.u8();
    const auto lengthSize = in.u8();
    const auto spsCount = in.u8();
    if (!version || !profile || !compatibility || !level || !lengthSize || !spsCount)
        return invalid("shorter than its 6-byte header");
    if (*version != 1)
        return invalid("configuration version " + std::to_string(*version) + " (expected 1)");

    AvcDecoderConfig config;
    config.profile = *profile;
    config.profileCompatibility = *compatibility;
    config.level = *level;
    config.naluLengthSize = static_cast<std::uint8_t>((*lengthSize & 0x03) + 1);
    if (config.naluLengthSize == 3)
        return invalid("NALU length size 3 is not allowed");

    auto sps = readParameterSets(in, *spsCount & 0x1Fu, "SPS");
    if (!sps)
        return sps.error();
    const auto ppsCount = in.u8();
    if (!ppsCount)
        return invalid("truncated PPS count");
    auto pps = readParameterSets(in, *ppsCount, "PPS");
    if (!pps)
        return pps.error();
    if (sps->empty() || pps->empty())
        return invalid("no SPS or no PPS");
    config.sequenceParameterSets = std::move(sps).value();
    config.pictureParameterSets = std::move(pps).value();
    // High profiles append chroma/bit-depth fields; the decoder reads them from the SPS anyway.
    return config;
}

} // namespace wl::rtmp
