#include "ByteReader.h"

#include <bit>
#include <cstring>

namespace wl::rtmp {

std::optional<std::uint8_t> ByteReader::u8() {
    if (remaining() < 1)
        return std::nullopt;
    return m_data[m_offset++];
}

std::optional<std::uint8_t> ByteReader::peekU8() const {
    if (remaining() < 1)
        return std::nullopt;
    return m_data[m_offset];
}

std::optional<std::uint16_t> ByteReader::u16() {
    if (remaining() < 2)
        return std::nullopt;
    const auto value = static_cast<std::uint16_t>((m_data[m_offset] << 8) | m_data[m_offset + 1]);
    m_offset += 2;
    return value;
}

std::optional<std::uint32_t> ByteReader::u24() {
    if (remaining() < 3)
        return std::nullopt;
    const std::uint32_t value = (std::uint32_t{m_data[m_offset]} << 16) |
                                (std::uint32_t{m_data[m_offset + 1]} << 8) | m_data[m_offset + 2];
    m_offset += 3;
    return value;
}

std::optional<std::uint32_t> ByteReader::u32() {
    if (remaining() < 4)
        return std::nullopt;
    const std::uint32_t value = (std::uint32_t{m_data[m_offset]} << 24) |
                                (std::uint32_t{m_data[m_offset + 1]} << 16) |
                                (std::uint32_t{m_data[m_offset + 2]} << 8) | m_data[m_offset + 3];
    m_offset += 4;
    return value;
}

std::optional<std::uint32_t> ByteReader::u32LittleEndian() {
    if (remaining() < 4)
        return std::nullopt;
    const std::uint32_t value = (std::uint32_t{m_data[m_offset + 3]} << 24) |
                                (std::uint32_t{m_data[m_offset + 2]} << 16) |
                                (std::uint32_t{m_data[m_offset + 1]} << 8) | m_data[m_offset];
    m_offset += 4;
    return value;
}

std::optional<std::int32_t> ByteReader::s24() {
    const auto raw = u24();
    if (!raw)
        return std::nullopt;
    // Sign-extend bit 23.
    const std::int32_t value =
        static_cast<std::int32_t>(*raw & 0x7FFFFF) - ((*raw & 0x800000) ? 0x800000 : 0);
    return value;
}

std::optional<double> ByteReader::f64() {
    if (remaining() < 8)
        return std::nullopt;
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | m_data[m_offset + static_cast<std::size_t>(i)];
    m_offset += 8;
    return std::bit_cast<double>(bits);
}

std::optional<std::span<const std::uint8_t>> ByteReader::bytes(std::size_t count) {
    if (remaining() < count)
        return std::nullopt;
    const auto view = m_data.subspan(m_offset, count);
    m_offset += count;
    return view;
}

bool ByteReader::skip(std::size_t count) {
    if (remaining() < count)
        return false;
    m_offset += count;
    return true;
}

} // namespace wl::rtmp
