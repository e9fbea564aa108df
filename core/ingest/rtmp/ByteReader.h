#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace wl::rtmp {

// Bounds-checked big-endian reads over a byte span. Every read either succeeds completely or
// returns nothing and leaves the position unchanged, so parsers can never read out of bounds.
class ByteReader {
public:
    explicit ByteReader(std::span<const std::uint8_t> data)
        : m_data(data) {}

    std::size_t offset() const { return m_offset; }
    std::size_t remaining() const { return m_data.size() - m_offset; }
    bool atEnd() const { return m_offset == m_data.size(); }

    std::optional<std::uint8_t> u8();
    std::optional<std::uint16_t> u16();
    std::optional<std::uint32_t> u24();
    std::optional<std::uint32_t> u32();
    std::optional<std::uint32_t> u32LittleEndian();
    // FLV composition times are signed 24-bit values.
    std::optional<std::int32_t> s24();
    std::optional<double> f64();
    std::optional<std::span<const std::uint8_t>> bytes(std::size_t count);
    std::optional<std::uint8_t> peekU8() const;
    bool skip(std::size_t count);
    // Everything not read yet; the position does not move.
    std::span<const std::uint8_t> rest() const { return m_data.subspan(m_offset); }

private:
    std::span<const std::uint8_t> m_data;
    std::size_t m_offset = 0;
};

} // namespace wl::rtmp
