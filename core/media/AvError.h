#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "common/Error.h"

// Named forms of libav's error and timestamp macros: the macros use C casts our warnings reject.
namespace wl::media {

// AVERROR_EOF: a decoder, encoder or demuxer has nothing more to give.
extern const int kAvErrorEof;
// AVERROR(EAGAIN): feed input or take output first, then retry.
extern const int kAvErrorAgain;
// AVERROR_EXIT: an interrupt callback aborted a blocking call.
extern const int kAvErrorExit;
// AV_NOPTS_VALUE: a timestamp that is not known.
inline constexpr std::int64_t kNoPts = std::numeric_limits<std::int64_t>::min();

// av_strerror text for a negative libav error code.
std::string avErrorText(int code);

// An Error for a failed libav call: "<context>: <av_strerror> (AVERROR n)". Errors with an obvious
// meaning (timeout, interrupted, not found, refused connection, refused stream or credentials) get
// their own code; all others get `fallback`.
Error avError(int code, std::string_view context, ErrorCode fallback = ErrorCode::CodecFailure);

} // namespace wl::media
