#include "HlsSnapshot.h"

namespace wl::output {

std::optional<QByteArray> HlsSnapshot::media(const QString& name) const {
    if (!started)
        return std::nullopt;
    if (name == initName)
        return initSegment;
    for (const HlsSegment& segment : segments) {
        if (segment.name == name)
            return segment.bytes;
        for (const HlsPart& part : segment.parts) {
            if (part.name == name)
                return part.bytes;
        }
    }
    if (open) {
        for (const HlsPart& part : open->parts) {
            if (part.name == name)
                return part.bytes;
        }
    }
    return std::nullopt;
}

std::vector<const HlsSegment*> HlsSnapshot::playlistSegments() const {
    std::vector<const HlsSegment*> listed;
    for (const HlsSegment& segment : segments) {
        if (segment.sequence >= firstPlaylistSequence)
            listed.push_back(&segment);
    }
    return listed;
}

HlsPosition HlsSnapshot::position() const {
    HlsPosition position;
    position.firstSequence = firstPlaylistSequence;
    position.partTargetSeconds = partTargetSeconds;
    position.ended = ended;
    for (const HlsSegment* segment : playlistSegments()) {
        position.lastComplete = segment->sequence;
        position.completeParts.push_back(static_cast<int>(segment->parts.size()));
    }
    if (open) {
        position.openSequence = open->sequence;
        position.openParts = static_cast<int>(open->parts.size());
    } else {
        position.openSequence =
            position.lastComplete ? *position.lastComplete + 1 : firstPlaylistSequence;
    }
    return position;
}

} // namespace wl::output
