#pragma once

namespace wl::media {

// Sends libav's log lines to the wedlive.media category instead of stderr: fatal ones as
// warnings, errors as info, the rest as debug; lines above `maxAvLevel` (an AV_LOG_* value) are
// dropped, and at most 20 lines a second pass (a broken stream can log every frame). Process-wide:
// the composition root (or a test) calls it once.
void routeAvLogToQt(int maxAvLevel);

// Lines dropped by the rate limit since start.
unsigned long long avLogLinesSuppressed();

} // namespace wl::media
