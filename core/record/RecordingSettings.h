#pragma once

#include <cstddef>
#include <cstdint>

#include <QString>

#include "Timecode.h"

namespace wl::record {

// What a finished file looks like.
enum class FinishMode {
    // The fragmented file is rewritten (stream copy) into a plain MP4 with a full index on stop:
    // every editor imports it and seeks fast. Takes one read and one write of the file.
    Remux,
    // The fragmented file is kept as it is (plays everywhere FFmpeg-based; some editors balk).
    KeepFragmented,
};

// Recording and journal settings; the defaults suit a wedding with five cameras on a laptop SSD.
struct RecordingSettings {
    // Recordings of every event go below this folder: <root>/<yyyy-mm-dd>_<event-slug>/.
    QString recordingsRoot;
    // The event title the folder is named after ("Anna & Ben" → "anna-ben").
    QString eventTitle;

    // Timecode: the program frame rate, counted from the time of day on this clock.
    int timecodeFps = 30;
    TimecodeZone timecodeZone = TimecodeZone::Local;

    // Fragments of the growing files: a crash loses at most about this much (plus the queue).
    std::int64_t fragmentDurationUs = 1'000'000;
    // Longest the muxer holds a packet back to interleave streams.
    std::int64_t maxInterleaveDelayUs = 500'000;
    // How often growing files are synced to the disk (fdatasync).
    std::int64_t syncIntervalUs = 1'000'000;
    FinishMode finishMode = FinishMode::Remux;
    // On session end, how long the writer keeps finishing (remuxing) files before it leaves the
    // rest fragmented (still playable).
    std::int64_t shutdownFinishBudgetUs = 60'000'000;

    // Media waiting for the disk, all cameras and the program together (≈ 9 s of 5 cameras and
    // the program); when full, new media is dropped and counted, producers never wait.
    std::size_t queueCapacity = 4096;
    // Journal events waiting for the disk.
    std::size_t journalQueueCapacity = 4096;
    // Audio kept while a file waits for its first video keyframe.
    std::int64_t audioPrerollUs = 3'000'000;
    // A timestamp jump larger than this (forward) starts a new part; any jump back beyond the
    // tolerance does too.
    std::int64_t maxForwardJumpUs = 10'000'000;
    std::int64_t maxBackwardJumpUs = 1'000'000;

    // record_start is journaled once every file of the take has started, or after this long.
    std::int64_t recordStartGraceUs = 5'000'000;
    // ... but not before this, so files that are about to start are listed too.
    std::int64_t recordStartSettleUs = 500'000;

    // Free space: checked this often; "disk low" when fewer minutes than this remain at the
    // current data rate; recording stops cleanly (files closed, playable) below the reserve.
    std::int64_t diskCheckIntervalUs = 1'000'000;
    double diskLowMinutes = 10.0;
    std::int64_t diskReserveBytes = 256LL * 1024 * 1024;
    // The data rate is averaged over this window.
    std::int64_t rateWindowUs = 10'000'000;
    // Status snapshots are refreshed this often while anything is recording or finishing.
    std::int64_t statusIntervalUs = 250'000;
};

} // namespace wl::record
