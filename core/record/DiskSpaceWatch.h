#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <utility>

#include <QString>

namespace wl::record {

// Free bytes for new files on the volume holding `path`; nothing when it cannot be told.
using FreeSpaceProbe = std::function<std::optional<std::int64_t>(const QString& path)>;

// Watches the recording volume: the data rate of the take (averaged over a window), the free
// space, and from both the minutes left. Says when to warn (disk low, once until it recovers)
// and when to stop before the disk is full. Writer thread only.
class DiskSpaceWatch {
public:
    struct Settings {
        double lowMinutes = 10.0;
        std::int64_t reserveBytes = 256LL * 1024 * 1024;
        std::int64_t rateWindowUs = 10'000'000;
        // The rate is trusted only over at least this long.
        std::int64_t minRateSpanUs = 2'000'000;
    };
    struct Reading {
        std::optional<std::int64_t> freeBytes;
        double bytesPerSecond = 0;
        std::optional<double> minutesLeft;
        bool low = false;          // fewer than lowMinutes left
        bool warnNow = false;      // low, and not warned since it was last fine
        bool belowReserve = false; // stop now, while trailers and the journal still fit
    };

    DiskSpaceWatch(Settings settings, FreeSpaceProbe probe);

    // One sample: `totalBytes` written by the take so far, at session time `nowUs`.
    Reading sample(const QString& path, std::int64_t nowUs, std::int64_t totalBytes,
                   bool recording);
    // A new take: the rate starts again, a warning may be given again.
    void reset();
    const Reading& last() const { return m_last; }

    // QStorageInfo's bytesAvailable() for the volume.
    static std::optional<std::int64_t> systemFreeBytes(const QString& path);

private:
    Settings m_settings;
    FreeSpaceProbe m_probe;
    std::deque<std::pair<std::int64_t, std::int64_t>> m_samples; // (session µs, total bytes)
    bool m_warned = false;
    Reading m_last;
};

} // namespace wl::record
