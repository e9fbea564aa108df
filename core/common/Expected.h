#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include "Error.h"

namespace wl {

// A value or an Error (std::expected is C++23; GCC 12 does not ship it).
// Accessing the wrong alternative is a bug and throws std::bad_variant_access.
template <typename T>
class [[nodiscard]] Expected {
    static_assert(!std::is_same_v<std::remove_cv_t<T>, Error>, "Expected<Error> is ambiguous");

public:
    Expected(const T& value)
        : m_state(std::in_place_index<0>, value) {}
    Expected(T&& value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Expected(Error error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Expected<void> {
public:
    Expected() = default;
    Expected(Error error)
        : m_error(std::move(error))
        , m_failed(true) {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace wl
