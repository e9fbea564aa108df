#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "common/Expected.h"
#include "output/HlsPosition.h"

namespace wl::serve {

// What a playlist request asks for with the LL-HLS delivery directives (rfc8216bis 6.2.5):
// `_HLS_msn=<M>` holds the reload until segment M exists, `_HLS_part=<P>` until part P of it
// exists; `_HLS_skip=YES|v2` asks for a delta playlist (parsed, but we never advertise
// CAN-SKIP-UNTIL, so it is ignored). Parsed from the raw query string, Qt-free (fuzzed).
struct HlsBlockingRequest {
    enum class Decision {
        Ready,      // answer with the current playlist now
        Wait,       // hold the request until the stream advances (or the timeout)
        BadRequest, // too far ahead of the live edge: 400
    };

    std::optional<std::uint64_t> msn;
    std::optional<std::uint32_t> part;
    bool skip = false;

    bool blocking() const { return msn.has_value(); }

    // `query` is the part after '?', still percent-encoded. Other parameters are ignored (a
    // player's session id, directives of newer protocol revisions). InvalidArgument for a malformed
    // or repeated directive and for _HLS_part without _HLS_msn; LimitExceeded for an overlong
    // query.
    static Expected<HlsBlockingRequest> parse(std::string_view query);

    // The spec's rules against where the stream stands: after the end every request is
    // answered; _HLS_msn beyond the last segment + 2, or _HLS_part beyond the newest part by more
    // than the Advance Part Limit (3 / PART-TARGET when that is under a second), is a bad
    // request; a _HLS_part past the last part of a complete segment means part 0 of the next.
    Decision decide(const output::HlsPosition& position) const;
};

} // namespace wl::serve
