#pragma once

#include <string>
#include <string_view>

namespace wl {

// What went wrong, in terms a caller can branch on; the UI maps each code to its own words.
enum class ErrorCode {
    InvalidArgument,   // the caller passed something unusable
    ProtocolViolation, // a peer sent bytes that break the protocol
    Unsupported,       // valid, but a feature or codec we do not handle
    LimitExceeded,     // a size, count or rate limit was hit
    Timeout,           // something did not happen in time
    NotFound,          // unknown camera, key, file or path
    Refused,           // authentication or authorisation failed
    Conflict,          // the request clashes with the current state
    IoFailure,         // disk or network I/O failed
    CodecFailure,      // libav refused to encode, decode or convert
    ConfigInvalid,     // a configuration file is malformed or inconsistent
    Unavailable,       // the resource exists but cannot be used now
    Internal,          // a bug: an invariant did not hold
};

std::string_view errorCodeName(ErrorCode code);

// An error value crossing a module boundary: code, technical message, and where it happened.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::string context;

    // "code: message (context)", for logs.
    std::string toString() const;
    // Prepends an outer context, so the chain reads from the outside in.
    Error wrapped(std::string_view outerContext) const;
};

inline Error makeError(ErrorCode code, std::string message, std::string context = {}) {
    return Error{code, std::move(message), std::move(context)};
}

} // namespace wl
