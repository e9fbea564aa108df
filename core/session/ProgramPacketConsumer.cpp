#include "ProgramPacketConsumer.h"

namespace wl {

ProgramPacketConsumer::ProgramPacketConsumer(record::ProgramRecordingInput& input,
                                             std::function<void()> requestKeyframe)
    : m_input(input)
    , m_requestKeyframe(std::move(requestKeyframe)) {
}

void ProgramPacketConsumer::streamsStarted(const output::ProgramStreams& streams) {
    m_input.setStreams(streams.video, streams.audio);
}

void ProgramPacketConsumer::packetReady(const media::Packet& packet) {
    if (packet.kind() == media::MediaKind::Video) {
        m_input.pushVideo(packet, packet.pts());
        if (m_input.takeKeyframeRequest() && m_requestKeyframe)
            m_requestKeyframe();
    } else {
        m_input.pushAudio(packet);
    }
}

} // namespace wl
