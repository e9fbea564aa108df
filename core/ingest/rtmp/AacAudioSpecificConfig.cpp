#include "AacAudioSpecificConfig.h"

#include <array>
#include <string>

#include "BitReader.h"

namespace wl::rtmp {

namespace {

constexpr std::array<std::uint32_t, 13> kSamplingFrequencies = {
    96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350};
constexpr std::uint32_t kEscapeObjectType = 31;
constexpr std::uint32_t kExplicitFrequencyIndex = 15;
constexpr std::uint32_t kSbrObjectType = 5;
constexpr std::uint32_t kPsObjectType = 29;

Error invalid(std::string message) {
    return makeError(ErrorCode::ProtocolViolation, std::move(message), "aac audio specific config");
}

std::optional<std::uint32_t> readObjectType(BitReader& bits) {
    const auto type = bits.bits(5);
    if (!type || *type != kEscapeObjectType)
        return type;
    const auto extension = bits.bits(6);
    if (!extension)
        return std::nullopt;
    return 32 + *extension;
}

// Returns the frequency in Hz, or 0 for a reserved index.
std::optional<std::uint32_t> readFrequency(BitReader& bits) {
    const auto index = bits.bits(4);
    if (!index)
        return std::nullopt;
    if (*index == kExplicitFrequencyIndex)
        return bits.bits(24);
    if (*index >= kSamplingFrequencies.size())
        return std::uint32_t{0};
    return kSamplingFrequencies[*index];
}

int channelsFor(std::uint8_t configuration) {
    // ISO/IEC 14496-3 Table 1.19 (with the later additions 11-14).
    switch (configuration) {
    case 0:
        return 0;
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
        return configuration;
    case 7:
    case 12:
    case 14:
        return 8;
    case 11:
        return 7;
    case 13:
        return 24;
    default:
        return -1;
    }
}

} // namespace

Expected<AacAudioSpecificConfig> AacAudioSpecificConfig::parse(std::span<const std::uint8_t> data) {
    BitReader bits(data);
    AacAudioSpecificConfig config;
    const auto objectType = readObjectType(bits);
    if (!objectType)
        return invalid("truncated object type");
    if (*objectType == 0)
        return invalid("object type 0 is invalid");
    const auto frequency = readFrequency(bits);
    if (!frequency)
        return invalid("truncated sampling frequency");
    if (*frequency == 0)
        return invalid("reserved sampling frequency index");
    const auto channelConfiguration = bits.bits(4);
    if (!channelConfiguration)
        return invalid("truncated channel configuration");
    config.objectType = *objectType;
    config.coreObjectType = *objectType;
    config.samplingFrequency = *frequency;
    config.channelConfiguration = static_cast<std::uint8_t>(*channelConfiguration);
    config.channels = channelsFor(config.channelConfiguration);
    if (config.channels < 0)
        return invalid("reserved channel configuration " +
                       std::to_string(config.channelConfiguration));

    // Explicit hierarchical SBR/PS signalling: the output rate follows, then the core type.
    if (config.objectType == kSbrObjectType || config.objectType == kPsObjectType) {
        const auto extension = readFrequency(bits);
        if (!extension || *extension == 0)
            return invalid("invalid SBR extension sampling frequency");
        config.extensionFrequency = *extension;
        const auto coreType = readObjectType(bits);
        if (!coreType)
            return invalid("truncated core object type");
        config.coreObjectType = *coreType;
        if (config.coreObjectType == 0)
            return invalid("core object type 0 is invalid");
    }
    return config;
}

} // namespace wl::rtmp
