#include "Amf0Value.h"

#include <algorithm>

namespace wl::rtmp {

Amf0Value::Amf0Value() = default;
Amf0Value::~Amf0Value() = default;
Amf0Value::Amf0Value(const Amf0Value& other) = default;
Amf0Value::Amf0Value(Amf0Value&& other) noexcept = default;
Amf0Value& Amf0Value::operator=(const Amf0Value& other) = default;
Amf0Value& Amf0Value::operator=(Amf0Value&& other) noexcept = default;

Amf0Value Amf0Value::number(double value) {
    Amf0Value result;
    result.m_type = Amf0Type::Number;
    result.m_number = value;
    return result;
}

Amf0Value Amf0Value::boolean(bool value) {
    Amf0Value result;
    result.m_type = Amf0Type::Boolean;
    result.m_boolean = value;
    return result;
}

Amf0Value Amf0Value::string(std::string value) {
    Amf0Value result;
    result.m_type = Amf0Type::String;
    result.m_string = std::move(value);
    return result;
}

Amf0Value Amf0Value::null() {
    return Amf0Value();
}

Amf0Value Amf0Value::undefined() {
    Amf0Value result;
    result.m_type = Amf0Type::Undefined;
    return result;
}

Amf0Value Amf0Value::object() {
    return object(std::vector<Amf0Property>());
}

Amf0Value Amf0Value::ecmaArray() {
    return ecmaArray(std::vector<Amf0Property>());
}

Amf0Value Amf0Value::strictArray() {
    return strictArray(std::vector<Amf0Value>());
}

Amf0Value Amf0Value::object(std::vector<Amf0Property> properties) {
    Amf0Value result;
    result.m_type = Amf0Type::Object;
    result.m_properties = std::move(properties);
    return result;
}

Amf0Value Amf0Value::ecmaArray(std::vector<Amf0Property> properties) {
    Amf0Value result;
    result.m_type = Amf0Type::EcmaArray;
    result.m_properties = std::move(properties);
    return result;
}

Amf0Value Amf0Value::strictArray(std::vector<Amf0Value> elements) {
    Amf0Value result;
    result.m_type = Amf0Type::StrictArray;
    result.m_elements = std::move(elements);
    return result;
}

Amf0Value Amf0Value::date(double millisecondsSinceEpoch, std::int16_t timezoneMinutes) {
    Amf0Value result;
    result.m_type = Amf0Type::Date;
    result.m_number = millisecondsSinceEpoch;
    result.m_timezone = timezoneMinutes;
    return result;
}

const Amf0Value* Amf0Value::property(std::string_view name) const {
    const auto found = std::find_if(m_properties.begin(), m_properties.end(),
                                    [name](const Amf0Property& p) { return p.name == name; });
    return found == m_properties.end() ? nullptr : &found->value;
}

std::string Amf0Value::stringProperty(std::string_view name) const {
    const Amf0Value* value = property(name);
    return value ? value->asString() : std::string();
}

Amf0Value& Amf0Value::add(std::string name, Amf0Value value) {
    m_properties.push_back(Amf0Property{std::move(name), std::move(value)});
    return *this;
}

// Written out: clang 14 crashes on a defaulted comparison of this recursive type.
bool Amf0Value::operator==(const Amf0Value& other) const {
    return m_type == other.m_type && m_boolean == other.m_boolean && m_number == other.m_number &&
           m_timezone == other.m_timezone && m_string == other.m_string &&
           m_properties == other.m_properties && m_elements == other.m_elements;
}

bool Amf0Property::operator==(const Amf0Property& other) const {
    return name == other.name && value == other.value;
}

} // namespace wl::rtmp
