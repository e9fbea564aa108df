#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "PacketConsumer.h"
#include "RestreamDestination.h"
#include "RestreamSettings.h"
#include "RestreamSnapshot.h"
#include "RestreamTarget.h"
#include "common/Expected.h"

namespace wl::output {

// The RTMP restream: a PacketConsumer on the program's fan-out that hands every encoded packet
// to each configured destination's queue (never waiting), and the control over them. The
// Session runs each destination's run() on a thread it owns (destinations()).
class RestreamOutput : public PacketConsumer {
public:
    static constexpr std::size_t kMaxDestinations = 3;

    RestreamOutput(std::vector<RestreamTarget> targets, RestreamSettings settings,
                   std::function<void()> requestKeyframe);

    void streamsStarted(const ProgramStreams& streams) override;
    void packetReady(const media::Packet& packet) override;

    // Program output on or off (the LiveController): destinations connect only while it runs.
    void setActive(bool active);
    // The director's start/stop of one destination; NotFound for an unknown id.
    Expected<RestreamSnapshot> setEnabled(const std::string& id, bool enabled);
    std::vector<RestreamSnapshot> snapshots() const;
    const std::vector<std::unique_ptr<RestreamDestination>>& destinations() const {
        return m_destinations;
    }

private:
    std::vector<std::unique_ptr<RestreamDestination>> m_destinations;
};

} // namespace wl::output
