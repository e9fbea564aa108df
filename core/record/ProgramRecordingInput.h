#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>

#include "SourceFeed.h"

namespace wl::record {

// Where the program encoder thread hands its encoded packets for program.mp4. Calls return at
// once: nothing is written on the calling thread. Thread-safe.
//
//   setStreams(video, audio)         once the encoders are open (again after reopening them:
//                                    the recording continues in a new part)
//   pushVideo(packet, programFrame)  every encoded video packet, with the program frame number
//                                    the packet shows (the first one's goes into record_start)
//   pushAudio(packet)                every encoded audio packet
//   takeKeyframeRequest()            poll once per frame; when true, encode the next frame as a
//                                    keyframe so the recording starts (or recovers) at once
class ProgramRecordingInput {
public:
    explicit ProgramRecordingInput(RecordingInbox& inbox);

    void setStreams(const media::CodecParameters& video,
                    const std::optional<media::CodecParameters>& audio);
    void pushVideo(const media::Packet& packet, std::int64_t programFrame);
    void pushAudio(const media::Packet& packet);
    // The encoders stopped: the program file of a running take is closed.
    void streamsEnded();
    bool takeKeyframeRequest();

private:
    RecordingInbox& m_inbox;
    SourceFeed m_feed;
    std::mutex m_mutex;
    std::uint64_t m_streamsId = 0;
    std::atomic<std::uint64_t> m_keyframeGeneration{0};
};

} // namespace wl::record
