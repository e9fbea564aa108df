#pragma once

#include <cstdint>
#include <mutex>
#include <optional>

#include <QString>

#include "RecordingInbox.h"
#include "media/CodecParameters.h"
#include "media/Packet.h"

namespace wl::record {

// The producer side of one source (a camera on the ingest thread, or the program on the program
// thread): forwards its stream into the inbox while a take runs and does nothing otherwise. It
// remembers the current publish and its configurations, so a take started mid-publish first
// receives them; after a drop the next item is marked, so the writer resynchronises on a
// keyframe. Never blocks beyond a short uncontended lock. Thread-safe.
class SourceFeed {
public:
    SourceFeed(RecordingInbox& inbox, QString cameraId);

    void publishStarted(std::uint64_t publishId);
    void configReceived(std::uint64_t publishId, const media::CodecParameters& parameters);
    void packetReceived(std::uint64_t publishId, const media::Packet& packet,
                        std::optional<std::int64_t> programFrame = std::nullopt);
    void publishEnded(std::uint64_t publishId);

    // True once after media of this source was dropped (the program encoder then makes a
    // keyframe so its file recovers at once).
    bool takeGap();

private:
    // Sends the publish and its configurations for `generation` if not done yet; false when
    // something was dropped on the way.
    bool announceLocked(std::uint64_t generation);
    bool pushLocked(std::uint64_t generation, MediaItem item);
    MediaItem makeItem(MediaItem::Kind kind) const;
    MediaItem makeConfig(const media::CodecParameters& parameters) const;

    RecordingInbox& m_inbox;
    const QString m_cameraId;
    std::mutex m_mutex;
    std::uint64_t m_publishId = 0;
    bool m_publishing = false;
    std::optional<media::CodecParameters> m_video;
    std::optional<media::CodecParameters> m_audio;
    std::uint64_t m_announced = 0; // the generation that knows the current publish
    bool m_gap = false;            // the next packet follows dropped media
    bool m_gapReported = false;    // takeGap() already told
};

} // namespace wl::record
