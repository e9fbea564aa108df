#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wl::rtmp {

// AMF0 value types this library reads and writes (AMF0 spec §2). Long strings read as String.
enum class Amf0Type : std::uint8_t {
    Number,
    Boolean,
    String,
    Object,
    Null,
    Undefined,
    EcmaArray,
    StrictArray,
    Date,
};

struct Amf0Property;

// One AMF0 value. Objects and ECMA arrays keep their properties in wire order.
class Amf0Value {
public:
    // Special members live in the .cpp: Amf0Property is incomplete here (recursive type).
    Amf0Value(); // null
    ~Amf0Value();
    Amf0Value(const Amf0Value& other);
    Amf0Value(Amf0Value&& other) noexcept;
    Amf0Value& operator=(const Amf0Value& other);
    Amf0Value& operator=(Amf0Value&& other) noexcept;

    static Amf0Value number(double value);
    static Amf0Value boolean(bool value);
    static Amf0Value string(std::string value);
    static Amf0Value null();
    static Amf0Value undefined();
    // No default arguments here: they would need Amf0Property complete.
    static Amf0Value object();
    static Amf0Value object(std::vector<Amf0Property> properties);
    static Amf0Value ecmaArray();
    static Amf0Value ecmaArray(std::vector<Amf0Property> properties);
    static Amf0Value strictArray();
    static Amf0Value strictArray(std::vector<Amf0Value> elements);
    static Amf0Value date(double millisecondsSinceEpoch, std::int16_t timezoneMinutes = 0);

    Amf0Type type() const { return m_type; }
    bool isNumber() const { return m_type == Amf0Type::Number; }
    bool isString() const { return m_type == Amf0Type::String; }
    bool isBoolean() const { return m_type == Amf0Type::Boolean; }
    bool isNull() const { return m_type == Amf0Type::Null; }
    // Object or ECMA array: both are name/value collections.
    bool hasProperties() const {
        return m_type == Amf0Type::Object || m_type == Amf0Type::EcmaArray;
    }

    // Number and Date value; 0 for other types.
    double asNumber() const { return m_number; }
    bool asBoolean() const { return m_boolean; }
    // Empty for non-strings.
    const std::string& asString() const { return m_string; }
    std::int16_t timezone() const { return m_timezone; }
    const std::vector<Amf0Property>& properties() const { return m_properties; }
    const std::vector<Amf0Value>& elements() const { return m_elements; }

    // First property called `name`, or nullptr.
    const Amf0Value* property(std::string_view name) const;
    // The property's string, or empty when absent or not a string.
    std::string stringProperty(std::string_view name) const;
    // Appends a property (objects and ECMA arrays) and returns *this for chaining.
    Amf0Value& add(std::string name, Amf0Value value);

    bool operator==(const Amf0Value& other) const;

private:
    Amf0Type m_type = Amf0Type::Null;
    bool m_boolean = false;
    double m_number = 0;
    std::int16_t m_timezone = 0;
    std::string m_string;
    std::vector<Amf0Property> m_properties;
    std::vector<Amf0Value> m_elements;
};

struct Amf0Property {
    std::string name;
    Amf0Value value;

    bool operator==(const Amf0Property& other) const;
};

} // namespace wl::rtmp
