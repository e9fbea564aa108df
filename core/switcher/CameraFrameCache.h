#pragma once

#include <cstdint>
#include <map>
#include <optional>

#include <QRect>
#include <QString>
#include <QStringList>

#include "FramePool.h"
#include "SequencedFrame.h"
#include "media/Frame.h"
#include "media/Scaler.h"

namespace wl::switcher {

// What the compositor made of each camera's current frame: a program-size yuv420p picture,
// letterboxed/pillarboxed with black. It is converted once per new frame (sequence number) and
// reused while the camera repeats itself. A frame already in program format is used as is.
class CameraFrameCache {
public:
    CameraFrameCache(int width, int height, media::ScaleQuality quality);

    // The program-size picture for `input`; nullptr when the camera has no frame (render black).
    // A frame that cannot be converted keeps the previous picture and is counted.
    const media::Frame* prepare(const QString& cameraId, const std::optional<SequencedFrame>& input,
                                FramePool& pool);
    // Forgets the cameras not in `keep`, handing their pictures back to the pool.
    void keepOnly(const QStringList& keep, FramePool& pool);

    // New frames prepared (scaled, converted or taken as they are) since construction.
    std::uint64_t conversions() const { return m_conversions; }
    std::uint64_t conversionFailures() const { return m_failures; }

private:
    struct Entry {
        std::uint64_t sequence = 0;
        media::Frame picture;
        bool pooled = false; // picture came from the pool (not a camera's own frame)
        media::Scaler scaler;
    };
    bool convert(Entry& entry, const media::Frame& input, FramePool& pool);

    int m_width;
    int m_height;
    media::ScaleQuality m_quality;
    std::map<QString, Entry> m_entries;
    std::uint64_t m_conversions = 0;
    std::uint64_t m_failures = 0;
};

} // namespace wl::switcher
