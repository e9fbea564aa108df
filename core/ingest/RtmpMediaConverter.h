#pragma once

#include "common/Expected.h"
#include "ingest/rtmp/ProtocolEvent.h"
#include "media/CodecParameters.h"
#include "media/Packet.h"

namespace wl::ingest {

// Turns the RTMP layer's media events into the engine's media values: sequence headers into
// codec parameters (avcC/hvcC/ASC as extradata), frames into packets stamped in milliseconds with
// their arrival on the session clock.
class RtmpMediaConverter {
public:
    static Expected<media::CodecParameters> videoConfig(const rtmp::VideoConfigReceived& event);
    static Expected<media::CodecParameters> audioConfig(const rtmp::AudioConfigReceived& event);
    static Expected<media::Packet> videoPacket(const rtmp::VideoFrameReceived& event,
                                               std::int64_t arrivalUs);
    static Expected<media::Packet> audioPacket(const rtmp::AudioFrameReceived& event,
                                               std::int64_t arrivalUs);
};

} // namespace wl::ingest
