#include "AvError.h"

#include <array>
#include <cerrno>

#include "LibAv.h"

namespace wl::media {

static_assert(kNoPts == AV_NOPTS_VALUE);

const int kAvErrorEof = AVERROR_EOF;
const int kAvErrorAgain = AVERROR(EAGAIN);
const int kAvErrorExit = AVERROR_EXIT;

std::string avErrorText(int code) {
    std::array<char, AV_ERROR_MAX_STRING_SIZE> buffer{};
    if (av_strerror(code, buffer.data(), buffer.size()) < 0)
        return "unknown libav error " + std::to_string(code);
    return std::string(buffer.data());
}

namespace {

ErrorCode classify(int code, ErrorCode fallback) {
    if (code == AVERROR_EXIT)
        return ErrorCode::Unavailable;
    if (code == AVERROR(ETIMEDOUT))
        return ErrorCode::Timeout;
    if (code == AVERROR(ENOENT))
        return ErrorCode::NotFound;
    if (code == AVERROR(ENOMEM))
        return ErrorCode::Internal;
    if (code == AVERROR(EINVAL))
        return ErrorCode::InvalidArgument;
    if (code == AVERROR_DECODER_NOT_FOUND || code == AVERROR_ENCODER_NOT_FOUND ||
        code == AVERROR_DEMUXER_NOT_FOUND || code == AVERROR_MUXER_NOT_FOUND ||
        code == AVERROR_PROTOCOL_NOT_FOUND || code == AVERROR_PATCHWELCOME)
        return ErrorCode::Unsupported;
    // RTMP servers refuse a stream (wrong key: NetStream.Publish.BadName) and libav's RTMP client
    // reports it as EPERM; HTTP origins refuse credentials with 401/403.
    if (code == AVERROR(EPERM) || code == AVERROR_HTTP_UNAUTHORIZED ||
        code == AVERROR_HTTP_FORBIDDEN)
        return ErrorCode::Refused;
    if (code == AVERROR(ECONNREFUSED) || code == AVERROR(ECONNRESET) || code == AVERROR(EPIPE) ||
        code == AVERROR(EHOSTUNREACH) || code == AVERROR(ENETUNREACH) || code == AVERROR(EIO))
        return ErrorCode::IoFailure;
    return fallback;
}

} // namespace

Error avError(int code, std::string_view context, ErrorCode fallback) {
    std::string message = avErrorText(code);
    message += " (AVERROR ";
    message += std::to_string(code);
    message += ')';
    return makeError(classify(code, fallback), std::move(message), std::string(context));
}

} // namespace wl::media
