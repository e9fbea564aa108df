#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "Amf0Value.h"
#include "RtmpMessage.h"

namespace wl::rtmp {

// The command messages a publish server sends, in the shapes OBS, FFmpeg and Larix expect
// (see protocols.md §1.3): `_result` / `_error` on chunk stream 3, `onStatus` on chunk stream 5.
class ServerReplies {
public:
    struct ConnectInfo {
        std::string fmsVersion;
        double capabilities = 31;
        std::vector<std::string> fourCcList; // echoed for E-RTMP clients; empty: omitted
    };

    static RtmpMessage connectSuccess(double transactionId, const ConnectInfo& info);
    // ["_result", txn, null, results...]
    static RtmpMessage result(double transactionId, std::vector<Amf0Value> results = {});
    // ["_error", txn, null, {level:"error", code, description}]
    static RtmpMessage error(double transactionId, std::string_view code,
                             std::string_view description);
    // ["onStatus", 0, null, {level, code, description[, details]}] on the stream's msid.
    static RtmpMessage onStatus(std::uint32_t streamId, std::string_view level,
                                std::string_view code, std::string_view description,
                                std::string_view details = {});
};

} // namespace wl::rtmp
