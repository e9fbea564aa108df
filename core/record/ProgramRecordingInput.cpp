#include "ProgramRecordingInput.h"

namespace wl::record {

ProgramRecordingInput::ProgramRecordingInput(RecordingInbox& inbox)
    : m_inbox(inbox)
    , m_feed(inbox, QString()) {
}

void ProgramRecordingInput::setStreams(const media::CodecParameters& video,
                                       const std::optional<media::CodecParameters>& audio) {
    std::lock_guard lock(m_mutex);
    if (m_streamsId > 0)
        m_feed.publishEnded(m_streamsId);
    ++m_streamsId;
    m_feed.publishStarted(m_streamsId);
    m_feed.configReceived(m_streamsId, video);
    if (audio)
        m_feed.configReceived(m_streamsId, *audio);
}

void ProgramRecordingInput::pushVideo(const media::Packet& packet, std::int64_t programFrame) {
    if (m_inbox.activeGeneration() == 0)
        return;
    media::Packet video = packet;
    video.setKind(media::MediaKind::Video);
    std::lock_guard lock(m_mutex);
    m_feed.packetReceived(m_streamsId, video, programFrame);
}

void ProgramRecordingInput::pushAudio(const media::Packet& packet) {
    if (m_inbox.activeGeneration() == 0)
        return;
    media::Packet audio = packet;
    audio.setKind(media::MediaKind::Audio);
    std::lock_guard lock(m_mutex);
    m_feed.packetReceived(m_streamsId, audio);
}

void ProgramRecordingInput::streamsEnded() {
    std::lock_guard lock(m_mutex);
    if (m_streamsId > 0)
        m_feed.publishEnded(m_streamsId);
}

bool ProgramRecordingInput::takeKeyframeRequest() {
    const std::uint64_t generation = m_inbox.activeGeneration();
    if (generation != 0 && m_keyframeGeneration.exchange(generation) != generation)
        return true; // a take just started
    return m_feed.takeGap();
}

} // namespace wl::record
