#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include <QString>

#include "CameraFrameCache.h"
#include "FramePool.h"
#include "SequencedFrame.h"
#include "SlateRenderer.h"
#include "SwitcherTypes.h"
#include "common/Expected.h"
#include "media/Frame.h"
#include "media/Scaler.h"

namespace wl::switcher {

struct CompositorSettings {
    int width = 1920; // even; 1920×1080 and 1280×720 are the program formats
    int height = 1080;
    int fps = 30; // program frames' time base is 1/fps
    media::ScaleQuality scaleQuality = media::ScaleQuality::Bilinear;
    SlateSettings slate;
    // Spare frames kept for reuse (output frames the encoder still holds count as kept).
    std::size_t pooledFrames = 8;
};

// For each camera a plan shows: its frame now (the delay line's or the latest), or nothing if
// it never delivered one (rendered black). Sequence numbers must be per camera, from one source.
using CameraFrameProvider = std::function<std::optional<SequencedFrame>(const QString& cameraId)>;

// Renders a CompositionPlan into a program frame once per tick: yuv420p at the program size,
// BT.709 limited range, pts = program frame number in 1/fps, arrivalUs = the tick's session time.
// Camera frames of any size, aspect ratio (sample aspect honoured) and rate are fitted with
// black bars; each camera's fitted picture is made once per new frame. Mix blends, Dip goes
// outgoing → colour (first half) → incoming (second half), Wipe moves a hard edge; blackLevel
// fades everything towards black last. Returned frames may share buffers with the compositor;
// it never writes into a buffer anyone else still holds, so they may go to other threads.
// Not thread-safe: the program engine calls it from its thread.
class Compositor {
public:
    // InvalidArgument for an odd or out-of-range format; NotFound when the slate image cannot be
    // read (clear slate.imagePath to use the text slate instead).
    static Expected<Compositor> create(CompositorSettings settings);

    Expected<media::Frame> render(const CompositionPlan& plan, const CameraFrameProvider& frames,
                                  ProgramTime at);

    const CompositorSettings& settings() const { return m_settings; }
    const media::Frame& slate() const { return m_slate; }
    // Camera frames converted (scaled) so far: grows only when a camera's sequence changes.
    std::uint64_t sourceConversions() const { return m_cameras.conversions(); }
    std::uint64_t conversionFailures() const { return m_cameras.conversionFailures(); }
    // Program frames allocated so far; flat in steady state.
    std::uint64_t frameAllocations() const { return m_pool.allocations(); }

private:
    Compositor(CompositorSettings settings, media::Frame black, media::Frame slate);
    const media::Frame& sourceFrame(const SourceRef& source, const CameraFrameProvider& frames);
    void composeTransition(const CompositionPlan& plan, const media::Frame& outgoing,
                           const media::Frame& incoming, media::Frame& out) const;

    CompositorSettings m_settings;
    media::Frame m_black;
    media::Frame m_slate;
    FramePool m_pool;
    CameraFrameCache m_cameras;
};

} // namespace wl::switcher
