#include "ByteWriter.h"

#include <bit>

namespace wl::rtmp {

void ByteWriter::u16(std::uint16_t value) {
    m_out.push_back(static_cast<std::uint8_t>(value >> 8));
    m_out.push_back(static_cast<std::uint8_t>(value));
}

void ByteWriter::u24(std::uint32_t value) {
    m_out.push_back(static_cast<std::uint8_t>(value >> 16));
    m_out.push_back(static_cast<std::uint8_t>(value >> 8));
    m_out.push_back(static_cast<std::uint8_t>(value));
}

void ByteWriter::u32(std::uint32_t value) {
    m_out.push_back(static_cast<std::uint8_t>(value >> 24));
    u24(value & 0xFFFFFF);
}

void ByteWriter::u32LittleEndian(std::uint32_t value) {
    m_out.push_back(static_cast<std::uint8_t>(value));
    m_out.push_back(static_cast<std::uint8_t>(value >> 8));
    m_out.push_back(static_cast<std::uint8_t>(value >> 16));
    m_out.push_back(static_cast<std::uint8_t>(value >> 24));
}

void ByteWriter::s24(std::int32_t value) {
    // Two's complement truncated to 24 bits.
    u24(static_cast<std::uint32_t>(value) & 0xFFFFFF);
}

void ByteWriter::f64(double value) {
    const auto bits = std::bit_cast<std::uint64_t>(value);
    for (int shift = 56; shift >= 0; shift -= 8)
        m_out.push_back(static_cast<std::uint8_t>(bits >> shift));
}

void ByteWriter::bytes(std::span<const std::uint8_t> data) {
    m_out.insert(m_out.end(), data.begin(), data.end());
}

void ByteWriter::text(std::string_view data) {
    m_out.insert(m_out.end(), data.begin(), data.end());
}

} // namespace wl::rtmp
