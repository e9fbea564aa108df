#pragma once

#include <array>
#include <cstdint>

namespace wl::output {

// Bytes per second over a sliding window of whole seconds (at most 30), from a series of
// (time, bytes) samples. Pure arithmetic; the owner serialises calls.
class BitrateMeter {
public:
    explicit BitrateMeter(int windowSeconds);

    void add(std::int64_t nowUs, std::uint64_t bytes);
    // Bits per second over the last `windowSeconds` complete seconds plus the current one.
    double bitsPerSecond(std::int64_t nowUs) const;
    void reset();

private:
    static constexpr int kSlots = 32;
    struct Slot {
        std::int64_t second = -1;
        std::uint64_t bytes = 0;
    };
    int m_window;
    std::array<Slot, kSlots> m_slots{};
    std::int64_t m_firstUs = -1;
};

} // namespace wl::output
