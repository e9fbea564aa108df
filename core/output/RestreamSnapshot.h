#pragma once

#include <cstdint>
#include <string>

#include "RestreamStatus.h"
#include "RestreamTarget.h"

namespace wl::output {

// What the API and the UI show of one restream destination, copied under its lock.
struct RestreamSnapshot {
    std::string id;
    std::string name;
    std::string url;       // RestreamTarget::publicUrl()
    std::string maskedKey; // RestreamTarget::maskedKey()
    bool enabled = false;
    RestreamStatus status = RestreamStatus::Idle;
    std::string lastError;       // empty when none yet
    std::uint64_t bytesSent = 0; // media payload bytes written, all connections
    std::uint64_t packetsSent = 0;
    std::uint64_t packetsDropped = 0; // queue full (until the next keyframe) or out of order
    std::uint64_t reconnects = 0;     // attempts after a failure or a lost connection
    int consecutiveFailures = 0;
    double bitrateKbps = 0;      // over RestreamSettings::bitrateWindow
    std::int64_t uptimeMs = 0;   // of the current connection; 0 unless live
    std::int64_t retryInMs = -1; // until the next attempt; -1 unless waiting
    std::size_t queuedPackets = 0;
};

} // namespace wl::output
