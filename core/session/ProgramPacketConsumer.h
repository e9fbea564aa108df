#pragma once

#include <functional>

#include "output/PacketConsumer.h"
#include "record/ProgramRecordingInput.h"

namespace wl {

// Feeds program.mp4 from the encoded program: the fan-out's packets go to the recorder's program
// input (video with its program frame number, which is the packet's pts), and the recorder's
// keyframe requests go back to the encoder so a new file starts at once.
class ProgramPacketConsumer : public output::PacketConsumer {
public:
    ProgramPacketConsumer(record::ProgramRecordingInput& input,
                          std::function<void()> requestKeyframe);

    void streamsStarted(const output::ProgramStreams& streams) override;
    void packetReady(const media::Packet& packet) override;

private:
    record::ProgramRecordingInput& m_input;
    std::function<void()> m_requestKeyframe;
};

} // namespace wl
