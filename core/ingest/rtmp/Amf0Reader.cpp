#include "Amf0Reader.h"

#include <algorithm>

namespace wl::rtmp {

namespace {

enum Marker : std::uint8_t {
    kNumber = 0x00,
    kBoolean = 0x01,
    kString = 0x02,
    kObject = 0x03,
    kMovieClip = 0x04,
    kNull = 0x05,
    kUndefined = 0x06,
    kReference = 0x07,
    kEcmaArray = 0x08,
    kObjectEnd = 0x09,
    kStrictArray = 0x0A,
    kDate = 0x0B,
    kLongString = 0x0C,
    kUnsupported = 0x0D,
    kRecordSet = 0x0E,
    kXmlDocument = 0x0F,
    kTypedObject = 0x10,
    kAvmPlusObject = 0x11,
};

} // namespace

Amf0Reader::Amf0Reader(std::span<const std::uint8_t> data, Amf0Limits limits)
    : m_in(data)
    , m_limits(limits) {
}

Error Amf0Reader::error(ErrorCode code, std::string message, std::size_t at) const {
    return makeError(code, std::move(message), "amf0 offset " + std::to_string(at));
}

Expected<Amf0Value> Amf0Reader::read() {
    return readValue(0);
}

Expected<std::vector<Amf0Value>> Amf0Reader::readAll() {
    std::vector<Amf0Value> values;
    while (!atEnd()) {
        auto value = readValue(0);
        if (!value)
            return value.error();
        values.push_back(std::move(value).value());
    }
    return values;
}

Expected<std::string> Amf0Reader::readString(std::size_t lengthBytes) {
    const std::size_t at = m_in.offset();
    std::optional<std::uint32_t> length;
    if (lengthBytes == 2) {
        if (const auto shortLength = m_in.u16())
            length = *shortLength;
    } else {
        length = m_in.u32();
    }
    if (!length)
        return error(ErrorCode::ProtocolViolation, "truncated string length", at);
    const auto text = m_in.bytes(*length);
    if (!text)
        return error(ErrorCode::ProtocolViolation,
                     "string length " + std::to_string(*length) + " exceeds the " +
                         std::to_string(m_in.remaining()) + " bytes left",
                     at);
    return std::string(text->begin(), text->end());
}

Expected<std::vector<Amf0Property>> Amf0Reader::readProperties(std::size_t depth,
                                                               bool endMarkerOptional) {
    std::vector<Amf0Property> properties;
    while (true) {
        if (endMarkerOptional && m_in.atEnd())
            return properties;
        const std::size_t at = m_in.offset();
        auto name = readString(2);
        if (!name)
            return name.error();
        if (name->empty() && m_in.peekU8() == std::optional<std::uint8_t>(kObjectEnd)) {
            m_in.skip(1);
            return properties;
        }
        if (m_in.atEnd())
            return error(ErrorCode::ProtocolViolation, "object ends without the end marker", at);
        auto value = readValue(depth + 1);
        if (!value)
            return value.error();
        properties.push_back(Amf0Property{std::move(name).value(), std::move(value).value()});
    }
}

Expected<Amf0Value> Amf0Reader::readValue(std::size_t depth) {
    const std::size_t at = m_in.offset();
    if (depth > m_limits.maxDepth)
        return error(ErrorCode::LimitExceeded,
                     "nesting deeper than " + std::to_string(m_limits.maxDepth), at);
    if (++m_valuesRead > m_limits.maxValues)
        return error(ErrorCode::LimitExceeded,
                     "more than " + std::to_string(m_limits.maxValues) + " values", at);
    const auto marker = m_in.u8();
    if (!marker)
        return error(ErrorCode::ProtocolViolation, "missing type marker", at);

    switch (*marker) {
    case kNumber: {
        const auto number = m_in.f64();
        if (!number)
            return error(ErrorCode::ProtocolViolation, "truncated number", at);
        return Amf0Value::number(*number);
    }
    case kBoolean: {
        const auto flag = m_in.u8();
        if (!flag)
            return error(ErrorCode::ProtocolViolation, "truncated boolean", at);
        return Amf0Value::boolean(*flag != 0);
    }
    case kString:
    case kLongString: {
        auto text = readString(*marker == kString ? 2 : 4);
        if (!text)
            return text.error();
        return Amf0Value::string(std::move(text).value());
    }
    case kObject: {
        auto properties = readProperties(depth, false);
        if (!properties)
            return properties.error();
        return Amf0Value::object(std::move(properties).value());
    }
    case kNull:
        return Amf0Value::null();
    case kUndefined:
        return Amf0Value::undefined();
    case kEcmaArray: {
        // The count is only a hint (writers disagree); the end marker ends the array.
        if (!m_in.u32())
            return error(ErrorCode::ProtocolViolation, "truncated ECMA array count", at);
        auto properties = readProperties(depth, true);
        if (!properties)
            return properties.error();
        return Amf0Value::ecmaArray(std::move(properties).value());
    }
    case kStrictArray: {
        const auto count = m_in.u32();
        if (!count)
            return error(ErrorCode::ProtocolViolation, "truncated strict array count", at);
        // Every element takes at least one byte: reject impossible counts before allocating.
        if (*count > m_in.remaining())
            return error(ErrorCode::ProtocolViolation,
                         "strict array of " + std::to_string(*count) + " elements in " +
                             std::to_string(m_in.remaining()) + " bytes",
                         at);
        std::vector<Amf0Value> elements;
        elements.reserve(std::min<std::size_t>(*count, 64)); // values are large; grow as read
        for (std::uint32_t i = 0; i < *count; ++i) {
            auto element = readValue(depth + 1);
            if (!element)
                return element.error();
            elements.push_back(std::move(element).value());
        }
        return Amf0Value::strictArray(std::move(elements));
    }
    case kDate: {
        const auto milliseconds = m_in.f64();
        const auto timezone = m_in.u16();
        if (!milliseconds || !timezone)
            return error(ErrorCode::ProtocolViolation, "truncated date", at);
        return Amf0Value::date(*milliseconds, static_cast<std::int16_t>(*timezone));
    }
    case kObjectEnd:
        return error(ErrorCode::ProtocolViolation, "object-end marker outside an object", at);
    case kReference:
    case kUnsupported:
    case kXmlDocument:
    case kTypedObject:
    case kAvmPlusObject:
        return error(ErrorCode::Unsupported,
                     "unsupported AMF0 type marker " + std::to_string(*marker), at);
    case kMovieClip:
    case kRecordSet:
    default:
        return error(ErrorCode::ProtocolViolation,
                     "invalid AMF0 type marker " + std::to_string(*marker), at);
    }
}

} // namespace wl::rtmp
