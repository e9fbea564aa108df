#include "CommandMessage.h"

#include "Amf0Writer.h"

namespace wl::rtmp {

std::span<const std::uint8_t> amf0Body(const RtmpMessage& message) {
    const std::span<const std::uint8_t> body(message.payload);
    const bool amf3Envelope =
        message.type() == MessageType::CommandAmf3 || message.type() == MessageType::DataAmf3;
    if (amf3Envelope && !body.empty() && body[0] == 0)
        return body.subspan(1);
    return body;
}

Expected<CommandMessage> CommandMessage::parse(const RtmpMessage& message, Amf0Limits limits) {
    Amf0Reader reader(amf0Body(message), limits);
    auto values = reader.readAll();
    if (!values)
        return values.error().wrapped("command");
    if (values->empty() || !(*values)[0].isString())
        return makeError(ErrorCode::ProtocolViolation, "command does not start with a name",
                         "command");
    CommandMessage command;
    command.name = (*values)[0].asString();
    // Transaction id and command object may be missing in notifications; keep what is there.
    std::size_t next = 1;
    if (values->size() > next && (*values)[next].isNumber())
        command.transactionId = (*values)[next++].asNumber();
    if (values->size() > next)
        command.commandObject = std::move((*values)[next++]);
    for (; next < values->size(); ++next)
        command.arguments.push_back(std::move((*values)[next]));
    return command;
}

std::vector<std::uint8_t> CommandMessage::encode() const {
    std::vector<std::uint8_t> body;
    Amf0Writer writer(body);
    writer.writeString(name);
    writer.writeNumber(transactionId);
    writer.write(commandObject);
    for (const Amf0Value& argument : arguments)
        writer.write(argument);
    return body;
}

RtmpMessage CommandMessage::toMessage(std::uint32_t chunkStreamId, std::uint32_t streamId) const {
    RtmpMessage message;
    message.chunkStreamId = chunkStreamId;
    message.typeId = static_cast<std::uint8_t>(MessageType::CommandAmf0);
    message.streamId = streamId;
    message.payload = encode();
    return message;
}

std::string CommandMessage::firstStringArgument() const {
    if (arguments.empty())
        return {};
    return arguments.front().asString();
}

} // namespace wl::rtmp
