#include "TimestampUnwrapper.h"

namespace wl::rtmp {

namespace {

constexpr std::int64_t kQuarterRange = std::int64_t{1} << 30;
constexpr std::uint32_t kBit31 = 0x80000000u;

// Shortest signed distance from `from` to `to` modulo 2^bits.
std::int64_t signedStep(std::uint32_t from, std::uint32_t to, int bits) {
    const std::uint64_t modulus = std::uint64_t{1} << bits;
    const std::uint64_t forward = (std::uint64_t{to} - from) & (modulus - 1);
    const auto step = static_cast<std::int64_t>(forward);
    return forward >= modulus / 2 ? step - static_cast<std::int64_t>(modulus) : step;
}

} // namespace

std::int64_t TimestampUnwrapper::unwrap(std::uint32_t wireTimestamp) {
    if (!m_started) {
        m_started = true;
        m_lastWire = wireTimestamp;
        m_last = wireTimestamp;
        return m_last;
    }
    std::int64_t step = signedStep(m_lastWire, wireTimestamp, 32);
    const bool both31Bit = (wireTimestamp & kBit31) == 0 && (m_lastWire & kBit31) == 0;
    if (both31Bit && (step >= kQuarterRange || step <= -kQuarterRange))
        step = signedStep(m_lastWire, wireTimestamp, 31);
    m_lastWire = wireTimestamp;
    m_last += step;
    return m_last;
}

} // namespace wl::rtmp
