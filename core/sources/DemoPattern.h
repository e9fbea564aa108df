#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "common/Expected.h"
#include "media/Frame.h"

namespace wl::sources {

// Which demo camera and which of its frames a picture shows, as read back from the picture.
struct DemoIdentity {
    int cameraIndex = 0;
    std::int64_t frameNumber = 0;
};

// Draws the demo cameras' test picture straight into yuv420p frames, and reads it back.
//
// The picture: a dark background in the camera's identity colour, a box that moves every frame,
// a white flash square top-right on the first frame of each second (the audio beeps then), and
// the camera's name, the wall clock (HH:MM:SS.mmm) and the frame counter in BitmapFont text.
// Along the bottom edge, machine-readable: a swatch of the identity colour, then blocks of
// black/white, one unit (width / 40) wide each: white, black (reference levels), 3 bits of the
// camera index, then 24 bits of the frame number, most significant bit first.
class DemoPattern {
public:
    static constexpr int kMaxCameraIndex = 7;
    static constexpr int kFrameNumberBits = 24;

    struct Rgb {
        std::uint8_t r = 0;
        std::uint8_t g = 0;
        std::uint8_t b = 0;
    };

    DemoPattern(int cameraIndex, std::string name, int framesPerSecond);

    // `frame` must be yuv420p, at least 160x90, and is made writable first. Frame numbers wrap
    // at 2^24 in the machine-readable strip.
    Expected<void> render(media::Frame& frame, std::int64_t frameNumber,
                          std::chrono::system_clock::time_point wallClock) const;

    // Reads the strip from a picture made by render(), also after coding and scaling (the
    // picture must fill the frame). Nothing when the strip is unreadable or the swatch does
    // not match the index.
    static std::optional<DemoIdentity> readIdentity(const media::Frame& frame);

    // Distinct colours for indices 1..7.
    static Rgb identityColour(int cameraIndex);
    // "HH:MM:SS.mmm" in local time.
    static std::string clockText(std::chrono::system_clock::time_point wallClock);

private:
    int m_cameraIndex;
    std::string m_name;
    int m_fps;
};

} // namespace wl::sources
