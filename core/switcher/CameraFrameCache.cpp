#include "CameraFrameCache.h"

#include <utility>

#include "FrameBlender.h"
#include "LetterboxLayout.h"
#include "YuvColour.h"

namespace wl::switcher {

CameraFrameCache::CameraFrameCache(int width, int height, media::ScaleQuality quality)
    : m_width(width)
    , m_height(height)
    , m_quality(quality) {
}

const media::Frame* CameraFrameCache::prepare(const QString& cameraId,
                                              const std::optional<SequencedFrame>& input,
                                              FramePool& pool) {
    if (!input || input->frame.isEmpty() || input->frame.kind() != media::MediaKind::Video)
        return nullptr;
    auto it = m_entries.find(cameraId);
    if (it == m_entries.end())
        it = m_entries.emplace(cameraId, Entry{0, {}, false, media::Scaler(m_quality)}).first;
    Entry& entry = it->second;
    if (entry.picture.isEmpty() || entry.sequence != input->sequence) {
        entry.sequence = input->sequence;
        if (convert(entry, input->frame, pool))
            ++m_conversions;
        else
            ++m_failures;
    }
    return entry.picture.isEmpty() ? nullptr : &entry.picture;
}

bool CameraFrameCache::convert(Entry& entry, const media::Frame& input, FramePool& pool) {
    using Conversion = media::Scaler::Conversion;
    const Conversion needed =
        media::Scaler::conversionTo(input, m_width, m_height, AV_PIX_FMT_YUV420P, AVCOL_SPC_BT709);
    if (needed == Conversion::None) {
        // Already program format: share the decoder's picture, no copy.
        if (entry.pooled)
            pool.recycle(std::move(entry.picture));
        entry.picture = input;
        entry.pooled = false;
        return true;
    }
    auto target = pool.acquire();
    if (!target)
        return false;
    media::Scaler::setBt709LimitedRange(*target);
    if (needed == Conversion::RangeOnly) {
        // Several times faster than swscale's generic path for this common phone case.
        FrameBlender::toLimitedRange(input, *target);
    } else {
        const QRect picture = LetterboxLayout::pictureRect(
            input.width(), input.height(), input.sampleAspectRatio(), m_width, m_height);
        if (picture.isEmpty() || !entry.scaler.scaleIntoRect(input, *target, picture)) {
            pool.recycle(std::move(*target));
            return false;
        }
        FrameBlender::fillOutside(*target, picture, YuvColour::black());
    }
    if (entry.pooled)
        pool.recycle(std::move(entry.picture));
    entry.picture = std::move(*target);
    entry.pooled = true;
    return true;
}

void CameraFrameCache::keepOnly(const QStringList& keep, FramePool& pool) {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (keep.contains(it->first)) {
            ++it;
            continue;
        }
        if (it->second.pooled)
            pool.recycle(std::move(it->second.picture));
        it = m_entries.erase(it);
    }
}

} // namespace wl::switcher
