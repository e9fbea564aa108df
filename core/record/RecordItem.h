#pragma once

#include <cstdint>
#include <optional>
#include <variant>

#include <QString>

#include "JournalEntry.h"
#include "RecordingRequest.h"
#include "media/CodecParameters.h"
#include "media/Packet.h"

namespace wl::record {

// What producers hand to the writer thread. A "source" is a camera (its id) or the program (an
// empty id); a "publish" is one connection of a camera, or one encoder configuration of the
// program, with its own stream configuration and clock.
struct MediaItem {
    enum class Kind {
        PublishStarted,
        Config, // `config` holds the stream configuration
        Packet, // `packet` holds the media
        PublishEnded,
    };
    // The start command it was pushed after; items of an earlier one are ignored.
    std::uint64_t generation = 0;
    QString cameraId; // empty = the program
    Kind kind = Kind::Packet;
    std::uint64_t publishId = 0;
    std::optional<media::CodecParameters> config;
    media::Packet packet;
    bool afterGap = false;                    // media of this source was dropped just before it
    std::optional<std::int64_t> programFrame; // program video: the program frame it shows
};

// Commands and journal events: never dropped while there is room in their own queue.
struct StartCommand {
    std::uint64_t generation = 0;
    RecordingRequest request;
    std::int64_t requestedUs = 0;
};
struct StopCommand {
    std::uint64_t generation = 0;
    std::int64_t requestedUs = 0;
};
struct JournalCommand {
    JournalEntry entry;
};
using ControlItem = std::variant<StartCommand, StopCommand, JournalCommand>;

} // namespace wl::record
