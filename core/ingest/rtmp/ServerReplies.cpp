#include "ServerReplies.h"

#include "CommandMessage.h"

namespace wl::rtmp {

RtmpMessage ServerReplies::connectSuccess(double transactionId, const ConnectInfo& info) {
    CommandMessage command;
    command.name = "_result";
    command.transactionId = transactionId;
    command.commandObject = Amf0Value::object()
                                .add("fmsVer", Amf0Value::string(info.fmsVersion))
                                .add("capabilities", Amf0Value::number(info.capabilities));
    if (!info.fourCcList.empty()) {
        std::vector<Amf0Value> codes;
        for (const std::string& code : info.fourCcList)
            codes.push_back(Amf0Value::string(code));
        command.commandObject.add("fourCcList", Amf0Value::strictArray(std::move(codes)));
    }
    command.arguments.push_back(Amf0Value::object()
                                    .add("level", Amf0Value::string("status"))
                                    .add("code", Amf0Value::string("NetConnection.Connect.Success"))
                                    .add("description", Amf0Value::string("Connection succeeded."))
                                    .add("objectEncoding", Amf0Value::number(0)));
    return command.toMessage(kCommandChunkStream, 0);
}

RtmpMessage ServerReplies::result(double transactionId, std::vector<Amf0Value> results) {
    CommandMessage command;
    command.name = "_result";
    command.transactionId = transactionId;
    command.arguments = std::move(results);
    return command.toMessage(kCommandChunkStream, 0);
}

RtmpMessage ServerReplies::error(double transactionId, std::string_view code,
                                 std::string_view description) {
    CommandMessage command;
    command.name = "_error";
    command.transactionId = transactionId;
    command.arguments.push_back(
        Amf0Value::object()
            .add("level", Amf0Value::string("error"))
            .add("code", Amf0Value::string(std::string(code)))
            .add("description", Amf0Value::string(std::string(description))));
    return command.toMessage(kCommandChunkStream, 0);
}

RtmpMessage ServerReplies::onStatus(std::uint32_t streamId, std::string_view level,
                                    std::string_view code, std::string_view description,
                                    std::string_view details) {
    CommandMessage command;
    command.name = "onStatus";
    command.transactionId = 0;
    Amf0Value info = Amf0Value::object()
                         .add("level", Amf0Value::string(std::string(level)))
                         .add("code", Amf0Value::string(std::string(code)))
                         .add("description", Amf0Value::string(std::string(description)));
    if (!details.empty())
        info.add("details", Amf0Value::string(std::string(details)));
    command.arguments.push_back(std::move(info));
    return command.toMessage(kStreamStatusChunkStream, streamId);
}

} // namespace wl::rtmp
