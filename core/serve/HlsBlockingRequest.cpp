#include "HlsBlockingRequest.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace wl::serve {

namespace {

constexpr std::size_t kMaxQuery = 2048;
constexpr std::size_t kMaxDigits = 18; // below 2^63: no overflow, far beyond any real stream
constexpr std::uint64_t kMaxPart = 100000;
constexpr const char* kContext = "HLS delivery directives";

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Percent-decoding; false for a broken escape.
bool decode(std::string_view text, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out.push_back(text[i]);
            continue;
        }
        if (i + 2 >= text.size())
            return false;
        const int high = hexValue(text[i + 1]);
        const int low = hexValue(text[i + 2]);
        if (high < 0 || low < 0)
            return false;
        out.push_back(static_cast<char>(high * 16 + low));
        i += 2;
    }
    return true;
}

Expected<std::uint64_t> number(const std::string& value, const std::string& name) {
    if (value.empty() || value.size() > kMaxDigits)
        return makeError(ErrorCode::InvalidArgument, name + " must be a decimal number", kContext);
    std::uint64_t result = 0;
    for (char c : value) {
        if (c < '0' || c > '9')
            return makeError(ErrorCode::InvalidArgument, name + " must be a decimal number",
                             kContext);
        result = result * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return result;
}

} // namespace

Expected<HlsBlockingRequest> HlsBlockingRequest::parse(std::string_view query) {
    if (query.size() > kMaxQuery)
        return makeError(ErrorCode::LimitExceeded, "query too long", kContext);
    HlsBlockingRequest request;
    bool skipSeen = false;
    std::string name;
    std::string value;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty())
            continue;
        const std::size_t eq = pair.find('=');
        const std::string_view rawName = pair.substr(0, eq);
        const std::string_view rawValue =
            eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
        if (!decode(rawName, name) || !decode(rawValue, value))
            return makeError(ErrorCode::InvalidArgument, "broken percent-encoding", kContext);
        if (name == "_HLS_msn") {
            if (request.msn)
                return makeError(ErrorCode::InvalidArgument, "_HLS_msn given twice", kContext);
            auto msn = number(value, name);
            if (!msn)
                return msn.error();
            request.msn = *msn;
        } else if (name == "_HLS_part") {
            if (request.part)
                return makeError(ErrorCode::InvalidArgument, "_HLS_part given twice", kContext);
            auto part = number(value, name);
            if (!part)
                return part.error();
            if (*part > kMaxPart)
                return makeError(ErrorCode::InvalidArgument, "_HLS_part out of range", kContext);
            request.part = static_cast<std::uint32_t>(*part);
        } else if (name == "_HLS_skip") {
            if (skipSeen)
                return makeError(ErrorCode::InvalidArgument, "_HLS_skip given twice", kContext);
            if (value != "YES" && value != "v2")
                return makeError(ErrorCode::InvalidArgument, "_HLS_skip must be YES or v2",
                                 kContext);
            skipSeen = true;
            request.skip = true;
        }
        // Anything else is ignored, unknown _HLS_ directives included: a player that speaks a
        // newer revision of the protocol still gets its playlist.
    }
    if (request.part && !request.msn)
        return makeError(ErrorCode::InvalidArgument, "_HLS_part without _HLS_msn", kContext);
    return request;
}

HlsBlockingRequest::Decision HlsBlockingRequest::decide(const output::HlsPosition& position) const {
    if (!msn || position.ended)
        return Decision::Ready;
    const std::uint64_t m = *msn;
    // The newest segment "in the playlist": complete ones, else the one before the open one.
    const std::int64_t last = position.lastComplete
                                  ? static_cast<std::int64_t>(*position.lastComplete)
                                  : static_cast<std::int64_t>(position.openSequence) - 1;
    if (m > static_cast<std::uint64_t>(std::max<std::int64_t>(last + 2, 0)))
        return Decision::BadRequest;
    const std::uint64_t advanceLimit =
        position.partTargetSeconds > 0 && position.partTargetSeconds < 1
            ? static_cast<std::uint64_t>(std::floor(3.0 / position.partTargetSeconds))
            : 3;
    if (part) {
        // Parts ahead of the newest existing one.
        std::uint64_t ahead = 0;
        if (m == position.openSequence)
            ahead = *part >= static_cast<std::uint32_t>(position.openParts)
                        ? *part - static_cast<std::uint32_t>(position.openParts) + 1
                        : 0;
        else if (m > position.openSequence)
            ahead = *part + 1;
        if (ahead > advanceLimit)
            return Decision::BadRequest;
    }

    if (m < position.firstSequence)
        return Decision::Ready; // already gone from the playlist: anything newer answers it
    if (!part)
        return position.lastComplete && m <= *position.lastComplete ? Decision::Ready
                                                                    : Decision::Wait;
    if (m < position.openSequence) {
        const std::size_t index = static_cast<std::size_t>(m - position.firstSequence);
        const int parts = index < position.completeParts.size() ? position.completeParts[index] : 0;
        if (*part < static_cast<std::uint32_t>(parts))
            return Decision::Ready;
        // Past the segment's last part: that is part 0 of the next segment.
        if (m + 1 < position.openSequence)
            return Decision::Ready;
        return position.openParts > 0 ? Decision::Ready : Decision::Wait;
    }
    if (m == position.openSequence)
        return *part < static_cast<std::uint32_t>(position.openParts) ? Decision::Ready
                                                                      : Decision::Wait;
    return Decision::Wait;
}

} // namespace wl::serve
