#include "MediaTime.h"

namespace wl::record {

std::int64_t MediaTime::rescale(std::int64_t value, AVRational from, AVRational to) {
    // value * from.num * to.den / (from.den * to.num), split so no product overflows.
    const std::int64_t numerator = std::int64_t{from.num} * to.den;
    const std::int64_t denominator = std::int64_t{from.den} * to.num;
    if (numerator == denominator)
        return value;
    const bool negative = value < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    const auto n = static_cast<std::uint64_t>(numerator);
    const auto d = static_cast<std::uint64_t>(denominator);
    const std::uint64_t whole = magnitude / d;
    const std::uint64_t rest = magnitude % d;
    const std::uint64_t scaled = whole * n + (rest * n + d / 2) / d;
    return negative ? -static_cast<std::int64_t>(scaled) : static_cast<std::int64_t>(scaled);
}

} // namespace wl::record
