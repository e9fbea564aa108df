#pragma once

#include <cstdint>
#include <span>

#include "common/Expected.h"

namespace wl::rtmp {

// The leading fields of an MPEG-4 AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1): enough to know
// the sample rate and channel count before the decoder is opened.
struct AacAudioSpecificConfig {
    std::uint32_t objectType = 0;         // 2 = AAC LC, 5 = SBR (HE-AAC), 29 = PS
    std::uint32_t coreObjectType = 0;     // objectType, or the core under explicit SBR/PS
    std::uint32_t samplingFrequency = 0;  // Hz, of the core decoder
    std::uint32_t extensionFrequency = 0; // Hz, SBR/PS output rate when signalled explicitly
    std::uint8_t channelConfiguration = 0;
    int channels = 0; // 0: defined by a program config element in the bitstream

    // What the decoder outputs when the config says so explicitly (SBR doubles the core rate).
    std::uint32_t outputSampleRate() const {
        return extensionFrequency != 0 ? extensionFrequency : samplingFrequency;
    }

    static Expected<AacAudioSpecificConfig> parse(std::span<const std::uint8_t> data);
};

} // namespace wl::rtmp
