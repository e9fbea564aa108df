#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "MediaCodec.h"

namespace wl::rtmp {

// What a publishing connection did, reported by ServerProtocol::receive(). Plain values; media
// payloads are copies owned by the event.

// `connect` was answered with NetConnection.Connect.Success.
struct ConnectRequested {
    std::string app;      // connect.app without any "?query"
    std::string appQuery; // what followed '?' in connect.app, if anything
    std::string tcUrl;
    std::string flashVer;
    std::vector<std::string> fourCcList; // E-RTMP codecs the client offers
};

// `publish` arrived; answered by the publish decider or acceptPublish() / rejectPublish().
struct PublishRequested {
    std::string app;
    std::string appQuery;
    std::string publishName; // as sent, e.g. "cam1?token=abc"
    std::string streamKey;   // publishName without the query: "cam1"
    std::string query;       // "token=abc"
    std::string publishType; // "live", "record", "append" or empty
    std::uint32_t streamId = 0;
};

// onMetaData hints (width, height, framerate, videocodecid, encoder, ...). Sequence headers are
// authoritative; treat these as hints only.
struct MetadataReceived {
    using Value = std::variant<double, std::string, bool>;
    std::vector<std::pair<std::string, Value>> entries;
};

struct VideoConfigReceived {
    VideoCodec codec = VideoCodec::H264;
    std::vector<std::uint8_t> config; // avcC / hvcC / av1C / vpcC, for extradata
    std::uint8_t naluLengthSize = 0;  // H.264 and HEVC only
};

struct AudioConfigReceived {
    AudioCodec codec = AudioCodec::Aac;
    std::vector<std::uint8_t> config; // AudioSpecificConfig for AAC, codec header otherwise
    int sampleRate = 0;               // 0 when the configuration does not say
    int channels = 0;
};

struct VideoFrameReceived {
    VideoCodec codec = VideoCodec::H264;
    std::int64_t dtsMs = 0; // monotonic across the 32-bit wrap
    std::int32_t ctsMs = 0; // PTS = DTS + CTS; may be negative
    bool keyframe = false;
    std::vector<std::uint8_t> data;
};

struct AudioFrameReceived {
    AudioCodec codec = AudioCodec::Aac;
    std::int64_t timestampMs = 0;
    std::vector<std::uint8_t> data;
};

// The publisher stopped (FCUnpublish, deleteStream, closeStream or connectionClosed()).
struct Unpublished {
    std::string streamKey;
};

// Something the shell should log once, e.g. an unsupported audio codec whose data is dropped.
struct StreamWarning {
    std::string message;
};

using ProtocolEvent = std::variant<ConnectRequested, PublishRequested, MetadataReceived,
                                   VideoConfigReceived, AudioConfigReceived, VideoFrameReceived,
                                   AudioFrameReceived, Unpublished, StreamWarning>;

} // namespace wl::rtmp
