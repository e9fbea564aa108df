#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace wl::output {

// Where an HLS stream stands, as a blocking playlist reload needs it (HlsSnapshot::position()).
struct HlsPosition {
    std::uint64_t firstSequence = 0;           // oldest segment in the playlists
    std::optional<std::uint64_t> lastComplete; // newest complete segment
    std::uint64_t openSequence = 0;            // the segment the next part belongs to
    int openParts = 0;                         // parts of openSequence that exist
    std::vector<int> completeParts;            // parts of firstSequence .. lastComplete
    double partTargetSeconds = 0;
    bool ended = false;
};

} // namespace wl::output
