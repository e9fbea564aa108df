#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "Amf0Value.h"
#include "ByteReader.h"
#include "common/Expected.h"

namespace wl::rtmp {

struct Amf0Limits {
    std::size_t maxDepth = 32;       // nesting of objects and arrays
    std::size_t maxValues = 100'000; // values per reader, bounds memory for tiny-but-many inputs
};

// Decodes AMF0 values (AMF0 spec §2) from a byte span. Malformed input gives an error whose
// context names the byte offset ("amf0 offset 17"); nothing is read past the span.
// References (0x07), typed objects, XML and the AMF3 switch are rejected as Unsupported.
class Amf0Reader {
public:
    explicit Amf0Reader(std::span<const std::uint8_t> data, Amf0Limits limits = {});

    bool atEnd() const { return m_in.atEnd(); }
    std::size_t offset() const { return m_in.offset(); }

    Expected<Amf0Value> read();
    // Every value up to the end of the span.
    Expected<std::vector<Amf0Value>> readAll();

private:
    Expected<Amf0Value> readValue(std::size_t depth);
    Expected<std::string> readString(std::size_t lengthBytes);
    // Properties up to the object-end marker; ECMA arrays may omit it at the end of the data.
    Expected<std::vector<Amf0Property>> readProperties(std::size_t depth, bool endMarkerOptional);
    Error error(ErrorCode code, std::string message, std::size_t at) const;

    ByteReader m_in;
    Amf0Limits m_limits;
    std::size_t m_valuesRead = 0;
};

} // namespace wl::rtmp
