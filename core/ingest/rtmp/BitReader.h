#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace wl::rtmp {

// Reads big-endian bit fields (MSB first), bounds-checked, for codec configuration records.
class BitReader {
public:
    explicit BitReader(std::span<const std::uint8_t> data)
        : m_data(data) {}

    // Up to 32 bits; nothing if fewer bits are left.
    std::optional<std::uint32_t> bits(unsigned count);
    std::size_t bitsLeft() const { return m_data.size() * 8 - m_position; }

private:
    std::span<const std::uint8_t> m_data;
    std::size_t m_position = 0;
};

} // namespace wl::rtmp
