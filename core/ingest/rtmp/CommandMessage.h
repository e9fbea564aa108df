#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "Amf0Reader.h"
#include "Amf0Value.h"
#include "RtmpMessage.h"
#include "common/Expected.h"

namespace wl::rtmp {

// An RTMP command (RTMP 1.0 §7.1.1): name, transaction id, command object, optional arguments.
// Read from AMF0 command messages (type 20) and from AMF3 command messages (type 17), whose
// leading format byte 0 is skipped before the AMF0 body.
struct CommandMessage {
    std::string name;
    double transactionId = 0;
    Amf0Value commandObject; // usually an object or null
    std::vector<Amf0Value> arguments;

    static Expected<CommandMessage> parse(const RtmpMessage& message, Amf0Limits limits = {});
    // The AMF0 body (for a type-20 message).
    std::vector<std::uint8_t> encode() const;
    // Complete message on the given chunk and message stream.
    RtmpMessage toMessage(std::uint32_t chunkStreamId, std::uint32_t streamId) const;

    // The first argument as a string, or empty (publish names, stream names).
    std::string firstStringArgument() const;
};

// The AMF0 part of a command or data message body: type 17/15 bodies start with a format byte.
std::span<const std::uint8_t> amf0Body(const RtmpMessage& message);

} // namespace wl::rtmp
