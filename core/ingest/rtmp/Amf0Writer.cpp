#include "Amf0Writer.h"

#include "ByteWriter.h"

namespace wl::rtmp {

namespace {

constexpr std::size_t kMaxShortString = 0xFFFF;

} // namespace

void Amf0Writer::writeNumber(double value) {
    ByteWriter writer(m_out);
    writer.u8(0x00);
    writer.f64(value);
}

void Amf0Writer::writeBoolean(bool value) {
    ByteWriter writer(m_out);
    writer.u8(0x01);
    writer.u8(value ? 1 : 0);
}

void Amf0Writer::writeString(std::string_view value) {
    ByteWriter writer(m_out);
    if (value.size() > kMaxShortString) {
        writer.u8(0x0C);
        writer.u32(static_cast<std::uint32_t>(value.size()));
    } else {
        writer.u8(0x02);
        writer.u16(static_cast<std::uint16_t>(value.size()));
    }
    writer.text(value);
}

void Amf0Writer::writeNull() {
    m_out.push_back(0x05);
}

void Amf0Writer::writeName(std::string_view name) {
    const std::string_view cut = name.substr(0, kMaxShortString);
    ByteWriter writer(m_out);
    writer.u16(static_cast<std::uint16_t>(cut.size()));
    writer.text(cut);
}

void Amf0Writer::writeProperties(const std::vector<Amf0Property>& properties) {
    for (const Amf0Property& property : properties) {
        writeName(property.name);
        write(property.value);
    }
    ByteWriter writer(m_out);
    writer.u16(0);
    writer.u8(0x09);
}

void Amf0Writer::write(const Amf0Value& value) {
    ByteWriter writer(m_out);
    switch (value.type()) {
    case Amf0Type::Number:
        writeNumber(value.asNumber());
        return;
    case Amf0Type::Boolean:
        writeBoolean(value.asBoolean());
        return;
    case Amf0Type::String:
        writeString(value.asString());
        return;
    case Amf0Type::Object:
        writer.u8(0x03);
        writeProperties(value.properties());
        return;
    case Amf0Type::Null:
        writeNull();
        return;
    case Amf0Type::Undefined:
        writer.u8(0x06);
        return;
    case Amf0Type::EcmaArray:
        writer.u8(0x08);
        writer.u32(static_cast<std::uint32_t>(value.properties().size()));
        writeProperties(value.properties());
        return;
    case Amf0Type::StrictArray:
        writer.u8(0x0A);
        writer.u32(static_cast<std::uint32_t>(value.elements().size()));
        for (const Amf0Value& element : value.elements())
            write(element);
        return;
    case Amf0Type::Date:
        writer.u8(0x0B);
        writer.f64(value.asNumber());
        writer.u16(static_cast<std::uint16_t>(value.timezone()));
        return;
    }
}

} // namespace wl::rtmp
