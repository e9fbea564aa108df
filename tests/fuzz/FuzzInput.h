#pragma once

// Shared helpers for the RTMP fuzz targets: split schedules steered by input bytes, and a hard
// failure for broken invariants (libFuzzer reports the trap as a crash with the input saved).

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace fuzz {

[[noreturn]] inline void invariantBroken() {
    __builtin_trap();
}

inline void require(bool condition) {
    if (!condition)
        invariantBroken();
}

// Piece sizes derived from one steering byte: 0 = everything at once, otherwise a repeating
// pattern of small sizes so that every boundary class (1 byte, header-sized, odd) is reached.
inline std::vector<std::span<const std::uint8_t>>
splitBySteering(std::span<const std::uint8_t> data, std::uint8_t steering) {
    std::vector<std::span<const std::uint8_t>> pieces;
    if (steering == 0) {
        pieces.push_back(data);
        return pieces;
    }
    std::uint32_t state = steering;
    std::size_t offset = 0;
    while (offset < data.size()) {
        state = state * 1103515245u + 12345u;
        const std::size_t size = 1 + (state >> 16) % (steering < 64 ? steering : 4096u);
        const std::size_t take = size < data.size() - offset ? size : data.size() - offset;
        pieces.push_back(data.subspan(offset, take));
        offset += take;
    }
    return pieces;
}

} // namespace fuzz
