#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <QString>

#include "common/Error.h"

namespace wl::record {

enum class RecordingState {
    Idle,      // nothing recording (files of an earlier take may still be finishing)
    Recording, // a take is running
    Stopping,  // the take was stopped; its files are being closed and finished
    Error,     // the take stopped on an error (disk full, write failure); files written so far play
};

enum class FileState {
    Waiting,   // created, waiting for the first video keyframe (nothing on disk yet)
    Recording, // growing (fragmented MP4)
    Finishing, // closed, being rewritten into a plain MP4
    Done,      // complete and closed
    Failed,    // stopped by an error; what was written plays
};

std::string_view recordingStateName(RecordingState state);
std::string_view fileStateName(FileState state);

// One output file of a take.
struct RecordedFileStatus {
    QString path;         // absolute
    QString relativePath; // to the event folder, e.g. "cam2_Stage_part2.mp4" or "take2/program.mp4"
    QString cameraId;     // empty for the program
    int part = 1;
    FileState state = FileState::Waiting;
    QString startTimecode;        // "HH:MM:SS:FF" of the first frame; empty while waiting
    std::int64_t startWallUs = 0; // wall clock (Unix µs) of the first frame
    std::int64_t startSessionUs = 0;
    std::optional<std::int64_t> firstProgramFrame; // program files: the first frame's number
    std::optional<std::int64_t> lastProgramFrame;  // ... and the newest one written
    std::int64_t durationUs = 0;
    std::int64_t bytes = 0;
    std::int64_t videoPackets = 0;
    std::int64_t audioPackets = 0;
    std::int64_t finishedPercent = 0; // Finishing: how far the rewrite is
    QString error;                    // Failed: why
};

// A snapshot of the recorder, safe to copy to any thread.
struct RecordingStatus {
    RecordingState state = RecordingState::Idle;
    int take = 0;                          // 1 for the first take of the event folder, 0 before any
    QString eventFolder;                   // absolute
    std::int64_t elapsedUs = 0;            // of the current (or last) take
    std::vector<RecordedFileStatus> files; // of the current (or last) take
    std::int64_t totalBytes = 0;
    std::optional<std::int64_t> diskFreeBytes;
    double bytesPerSecond = 0;         // current data rate of all files together
    std::optional<double> minutesLeft; // at the current rate; unknown while nothing is written
    bool diskLow = false;
    std::uint64_t droppedMedia = 0; // media dropped because the writer fell behind
    std::uint64_t droppedJournalEvents = 0;
    std::optional<Error> lastError;
};

} // namespace wl::record
