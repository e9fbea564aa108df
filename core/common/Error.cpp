#include "Error.h"

namespace wl {

std::string_view errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid_argument";
    case ErrorCode::ProtocolViolation:
        return "protocol_violation";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::LimitExceeded:
        return "limit_exceeded";
    case ErrorCode::Timeout:
        return "timeout";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::Refused:
        return "refused";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::IoFailure:
        return "io_failure";
    case ErrorCode::CodecFailure:
        return "codec_failure";
    case ErrorCode::ConfigInvalid:
        return "config_invalid";
    case ErrorCode::Unavailable:
        return "unavailable";
    case ErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

std::string Error::toString() const {
    std::string text{errorCodeName(code)};
    text += ": ";
    text += message;
    if (!context.empty()) {
        text += " (";
        text += context;
        text += ')';
    }
    return text;
}

Error Error::wrapped(std::string_view outerContext) const {
    Error outer = *this;
    if (outer.context.empty())
        outer.context = std::string(outerContext);
    else
        outer.context = std::string(outerContext) + ": " + outer.context;
    return outer;
}

} // namespace wl
