#include "SourceFeed.h"

namespace wl::record {

SourceFeed::SourceFeed(RecordingInbox& inbox, QString cameraId)
    : m_inbox(inbox)
    , m_cameraId(std::move(cameraId)) {
}

MediaItem SourceFeed::makeItem(MediaItem::Kind kind) const {
    MediaItem item;
    item.cameraId = m_cameraId;
    item.kind = kind;
    item.publishId = m_publishId;
    return item;
}

MediaItem SourceFeed::makeConfig(const media::CodecParameters& parameters) const {
    MediaItem item = makeItem(MediaItem::Kind::Config);
    item.config = parameters;
    return item;
}

bool SourceFeed::pushLocked(std::uint64_t generation, MediaItem item) {
    item.generation = generation;
    if (m_inbox.pushMedia(std::move(item)))
        return true;
    m_gap = true;
    m_gapReported = false;
    return false;
}

bool SourceFeed::announceLocked(std::uint64_t generation) {
    if (m_announced == generation)
        return true;
    if (!m_publishing)
        return false;
    bool complete = pushLocked(generation, makeItem(MediaItem::Kind::PublishStarted));
    for (const auto* config : {&m_video, &m_audio}) {
        if (complete && *config)
            complete = pushLocked(generation, makeConfig(**config));
    }
    // Announced only when all of it got through; otherwise it is tried again with the next packet.
    if (complete)
        m_announced = generation;
    return complete;
}

void SourceFeed::publishStarted(std::uint64_t publishId) {
    const std::uint64_t generation = m_inbox.activeGeneration();
    std::lock_guard lock(m_mutex);
    m_publishId = publishId;
    m_publishing = true;
    m_video.reset();
    m_audio.reset();
    m_announced = 0;
    if (generation != 0)
        announceLocked(generation);
}

void SourceFeed::configReceived(std::uint64_t publishId, const media::CodecParameters& parameters) {
    const std::uint64_t generation = m_inbox.activeGeneration();
    std::lock_guard lock(m_mutex);
    if (publishId != m_publishId || !m_publishing)
        return;
    (parameters.kind() == media::MediaKind::Video ? m_video : m_audio) = parameters;
    if (generation == 0)
        return;
    if (m_announced == generation) {
        if (!pushLocked(generation, makeConfig(parameters)))
            m_announced = 0; // the writer lacks it: announce again
    } else {
        announceLocked(generation);
    }
}

void SourceFeed::packetReceived(std::uint64_t publishId, const media::Packet& packet,
                                std::optional<std::int64_t> programFrame) {
    const std::uint64_t generation = m_inbox.activeGeneration();
    if (generation == 0)
        return; // not recording: the cheapest possible path
    std::lock_guard lock(m_mutex);
    if (publishId != m_publishId || !m_publishing)
        return;
    if (!announceLocked(generation))
        return;
    const bool afterGap = m_gap;
    MediaItem item = makeItem(MediaItem::Kind::Packet);
    item.packet = packet;
    item.afterGap = afterGap;
    item.programFrame = programFrame;
    if (pushLocked(generation, std::move(item)))
        m_gap = false;
}

void SourceFeed::publishEnded(std::uint64_t publishId) {
    const std::uint64_t generation = m_inbox.activeGeneration();
    std::lock_guard lock(m_mutex);
    if (publishId != m_publishId || !m_publishing)
        return;
    m_publishing = false;
    if (generation != 0 && m_announced == generation)
        pushLocked(generation, makeItem(MediaItem::Kind::PublishEnded));
}

bool SourceFeed::takeGap() {
    std::lock_guard lock(m_mutex);
    if (!m_gap || m_gapReported)
        return false;
    m_gapReported = true;
    return true;
}

} // namespace wl::record
