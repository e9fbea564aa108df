#pragma once

#include <string>
#include <vector>

#include "AvPointers.h"
#include "MediaOptions.h"

namespace wl::media {

// Owns an AVDictionary for the libav calls that take one in and hand back what they did not use.
class AvDictionary {
public:
    AvDictionary() = default;
    explicit AvDictionary(const MediaOptions& options);
    AvDictionary(const AvDictionary&) = delete;
    AvDictionary& operator=(const AvDictionary&) = delete;
    AvDictionary(AvDictionary&& other) noexcept;
    AvDictionary& operator=(AvDictionary&& other) noexcept;
    ~AvDictionary();

    void set(const std::string& key, const std::string& value);
    // The in/out argument libav expects; libav may replace or free what it points to.
    AVDictionary** slot() { return &m_dictionary; }
    bool isEmpty() const;
    // Keys still present, e.g. options no component recognised.
    std::vector<std::string> keys() const;

private:
    AVDictionary* m_dictionary = nullptr;
};

} // namespace wl::media
