#include "RestreamOutput.h"

namespace wl::output {

RestreamOutput::RestreamOutput(std::vector<RestreamTarget> targets, RestreamSettings settings,
                               std::function<void()> requestKeyframe) {
    if (targets.size() > kMaxDestinations)
        targets.resize(kMaxDestinations);
    for (auto& target : targets)
        m_destinations.push_back(
            std::make_unique<RestreamDestination>(std::move(target), settings, requestKeyframe));
}

void RestreamOutput::streamsStarted(const ProgramStreams& streams) {
    for (const auto& destination : m_destinations)
        destination->setStreams(streams);
}

void RestreamOutput::packetReady(const media::Packet& packet) {
    for (const auto& destination : m_destinations)
        destination->push(packet);
}

void RestreamOutput::setActive(bool active) {
    for (const auto& destination : m_destinations)
        destination->setActive(active);
}

Expected<RestreamSnapshot> RestreamOutput::setEnabled(const std::string& id, bool enabled) {
    for (const auto& destination : m_destinations) {
        if (destination->id() == id) {
            destination->setEnabled(enabled);
            return destination->snapshot();
        }
    }
    return makeError(ErrorCode::NotFound, "no restream destination " + id);
}

std::vector<RestreamSnapshot> RestreamOutput::snapshots() const {
    std::vector<RestreamSnapshot> result;
    result.reserve(m_destinations.size());
    for (const auto& destination : m_destinations)
        result.push_back(destination->snapshot());
    return result;
}

} // namespace wl::output
