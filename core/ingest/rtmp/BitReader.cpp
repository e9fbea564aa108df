#include "BitReader.h"

namespace wl::rtmp {

std::optional<std::uint32_t> BitReader::bits(unsigned count) {
    if (count > 32 || count > bitsLeft())
        return std::nullopt;
    std::uint32_t value = 0;
    for (unsigned i = 0; i < count; ++i, ++m_position) {
        const std::uint8_t byte = m_data[m_position / 8];
        const unsigned bit = (byte >> (7 - m_position % 8)) & 1u;
        value = (value << 1) | bit;
    }
    return value;
}

} // namespace wl::rtmp
