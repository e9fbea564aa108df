#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "Amf0Value.h"

namespace wl::rtmp {

// Encodes AMF0 values, appending to a byte vector. Strings longer than 65535 bytes become long
// strings; property names longer than that are cut (they cannot be encoded).
class Amf0Writer {
public:
    explicit Amf0Writer(std::vector<std::uint8_t>& out)
        : m_out(out) {}

    void write(const Amf0Value& value);
    void writeNumber(double value);
    void writeBoolean(bool value);
    void writeString(std::string_view value);
    void writeNull();

private:
    void writeName(std::string_view name);
    void writeProperties(const std::vector<Amf0Property>& properties);

    std::vector<std::uint8_t>& m_out;
};

} // namespace wl::rtmp
