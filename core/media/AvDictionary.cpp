#include "AvDictionary.h"

#include <new>
#include <utility>

namespace wl::media {

AvDictionary::AvDictionary(const MediaOptions& options) {
    for (const auto& [key, value] : options)
        set(key, value);
}

AvDictionary::AvDictionary(AvDictionary&& other) noexcept
    : m_dictionary(std::exchange(other.m_dictionary, nullptr)) {
}

AvDictionary& AvDictionary::operator=(AvDictionary&& other) noexcept {
    if (this != &other) {
        AvDictionaryDeleter{}(m_dictionary);
        m_dictionary = std::exchange(other.m_dictionary, nullptr);
    }
    return *this;
}

AvDictionary::~AvDictionary() {
    AvDictionaryDeleter{}(m_dictionary);
}

void AvDictionary::set(const std::string& key, const std::string& value) {
    // av_dict_set fails only when out of memory.
    if (av_dict_set(&m_dictionary, key.c_str(), value.c_str(), 0) < 0)
        throw std::bad_alloc();
}

bool AvDictionary::isEmpty() const {
    return av_dict_count(m_dictionary) == 0;
}

std::vector<std::string> AvDictionary::keys() const {
    std::vector<std::string> result;
    const AVDictionaryEntry* entry = nullptr;
    while ((entry = av_dict_get(m_dictionary, "", entry, AV_DICT_IGNORE_SUFFIX)) != nullptr)
        result.emplace_back(entry->key);
    return result;
}

} // namespace wl::media
