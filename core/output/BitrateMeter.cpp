#include "BitrateMeter.h"

#include <algorithm>

namespace wl::output {

BitrateMeter::BitrateMeter(int windowSeconds)
    : m_window(std::clamp(windowSeconds, 1, kSlots - 2)) {
}

void BitrateMeter::add(std::int64_t nowUs, std::uint64_t bytes) {
    if (m_firstUs < 0)
        m_firstUs = nowUs;
    const std::int64_t second = nowUs / 1'000'000;
    Slot& slot = m_slots[static_cast<std::size_t>(second % kSlots)];
    if (slot.second != second)
        slot = Slot{second, 0};
    slot.bytes += bytes;
}

double BitrateMeter::bitsPerSecond(std::int64_t nowUs) const {
    if (m_firstUs < 0)
        return 0;
    const std::int64_t second = nowUs / 1'000'000;
    std::uint64_t bytes = 0;
    for (const Slot& slot : m_slots) {
        if (slot.second >= 0 && slot.second <= second && slot.second > second - m_window - 1)
            bytes += slot.bytes;
    }
    // The window spans the whole seconds counted plus the part of the current one, but never
    // more time than has passed since the first sample (a young stream is not diluted).
    const double windowUs = static_cast<double>(m_window) * 1e6 + (nowUs % 1'000'000);
    const double spanUs = std::min(
        windowUs, static_cast<double>(std::max<std::int64_t>(nowUs - m_firstUs, 1'000'000)));
    return static_cast<double>(bytes) * 8.0 * 1e6 / spanUs;
}

void BitrateMeter::reset() {
    m_slots.fill(Slot{});
    m_firstUs = -1;
}

} // namespace wl::output
