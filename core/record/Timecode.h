#pragma once

#include <cstdint>

#include <QString>

namespace wl::record {

// Which clock's time of day a timecode shows.
enum class TimecodeZone {
    Local, // the venue's clock, as the camera operators' watches show it (default)
    Utc,
};

// A non-drop-frame SMPTE time-of-day timecode (HH:MM:SS:FF) at an integer frame rate. Every
// recording's first frame gets the timecode of its wall-clock time, so an editor lines up the
// ISO files and the program by timecode.
class Timecode {
public:
    // The frame of the day that `wallClockUs` (Unix epoch µs) falls on, rounded to the nearest
    // frame; wraps at midnight. `fps` must be 1..120.
    static Timecode fromWallClock(std::int64_t wallClockUs, int fps, TimecodeZone zone);
    // Parses "HH:MM:SS:FF" (also ';' before the frames); invalid when malformed.
    static Timecode parse(const QString& text, int fps);

    bool isValid() const { return m_fps > 0; }
    int fps() const { return m_fps; }
    // Frames since midnight.
    std::int64_t frameOfDay() const { return m_frameOfDay; }
    int hours() const;
    int minutes() const;
    int seconds() const;
    int frames() const;
    // "HH:MM:SS:FF", empty when invalid.
    QString toString() const;

    bool operator==(const Timecode&) const = default;

private:
    std::int64_t m_frameOfDay = 0;
    int m_fps = 0;
};

} // namespace wl::record
