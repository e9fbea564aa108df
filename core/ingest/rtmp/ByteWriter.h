#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace wl::rtmp {

// Appends big-endian fields to a byte vector (RTMP, AMF0 and FLV are big-endian on the wire,
// except the chunk header's message stream id).
class ByteWriter {
public:
    explicit ByteWriter(std::vector<std::uint8_t>& out)
        : m_out(out) {}

    void u8(std::uint8_t value) { m_out.push_back(value); }
    void u16(std::uint16_t value);
    void u24(std::uint32_t value);
    void u32(std::uint32_t value);
    void u32LittleEndian(std::uint32_t value);
    void s24(std::int32_t value);
    void f64(double value);
    void bytes(std::span<const std::uint8_t> data);
    void text(std::string_view data);

private:
    std::vector<std::uint8_t>& m_out;
};

} // namespace wl::rtmp
