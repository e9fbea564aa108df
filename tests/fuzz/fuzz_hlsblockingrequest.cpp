// Fuzzes the LL-HLS delivery directives parser (a playlist URL's query) and the blocking rules.
// Whatever parses must print back to a query that parses to the same directives, and the rules
// must hold their invariants for any stream position the input describes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "FuzzInput.h"
#include "serve/HlsBlockingRequest.h"

using wl::serve::HlsBlockingRequest;

namespace {

std::string canonical(const HlsBlockingRequest& request) {
    std::string query;
    if (request.msn)
        query += "_HLS_msn=" + std::to_string(*request.msn);
    if (request.part)
        query += "&_HLS_part=" + std::to_string(*request.part);
    if (request.skip)
        query += "&_HLS_skip=YES";
    return query;
}

// A stream position steered by eight input bytes.
wl::output::HlsPosition position(const std::uint8_t* bytes) {
    wl::output::HlsPosition at;
    at.firstSequence = bytes[0];
    const int complete = bytes[1] % 8;
    if (complete > 0)
        at.lastComplete = at.firstSequence + static_cast<std::uint64_t>(complete) - 1;
    at.openSequence = at.firstSequence + static_cast<std::uint64_t>(complete);
    at.openParts = bytes[2] % 6;
    for (int i = 0; i < complete; ++i)
        at.completeParts.push_back(1 + bytes[3 + i % 4] % 5);
    at.partTargetSeconds = 0.1 + (bytes[7] % 30) / 10.0;
    at.ended = (bytes[2] & 0x80) != 0;
    return at;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    constexpr std::size_t kSteering = 8;
    const std::uint8_t zeros[kSteering] = {};
    const std::uint8_t* steering = size >= kSteering ? data : zeros;
    const std::string_view query(reinterpret_cast<const char*>(data), size);

    const auto parsed = HlsBlockingRequest::parse(query);
    if (!parsed) {
        fuzz::require(!parsed.error().message.empty());
        return 0;
    }
    fuzz::require(!parsed->part || parsed->msn);
    const auto again = HlsBlockingRequest::parse(canonical(*parsed));
    fuzz::require(again.hasValue() && again->msn == parsed->msn && again->part == parsed->part &&
                  again->skip == parsed->skip);

    const auto at = position(steering);
    const auto decision = parsed->decide(at);
    if (!parsed->msn || at.ended)
        fuzz::require(decision == HlsBlockingRequest::Decision::Ready);
    // Segments older than the playlist are always answered, never refused.
    if (parsed->msn && *parsed->msn < at.firstSequence)
        fuzz::require(decision == HlsBlockingRequest::Decision::Ready);
    // A complete segment asked without a part is there.
    if (parsed->msn && !parsed->part && at.lastComplete && *parsed->msn <= *at.lastComplete)
        fuzz::require(decision == HlsBlockingRequest::Decision::Ready);
    return 0;
}
