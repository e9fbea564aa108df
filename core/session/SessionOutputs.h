#pragma once

#include "HlsPushConfig.h"
#include "serve/OutputBackend.h"

namespace wl::output {
class HlsPusher;
class RestreamOutput;
struct RestreamSnapshot;
} // namespace wl::output

namespace wl {

// The outputs API's view of the running session: the restream destinations' snapshots as JSON
// (stream keys masked) and their start/stop, and the HLS push's state (credentials never shown).
// Thread-safe: snapshots are copied under each component's lock, and start/stop only flag the
// destination's worker.
class SessionOutputs : public serve::OutputBackend {
public:
    // `pusher` is null when the HLS push is off or has no packager to read from.
    SessionOutputs(output::RestreamOutput& restream, HlsPushConfig hlsPush,
                   const output::HlsPusher* pusher);

    QJsonObject outputsJson() const override;
    Expected<QJsonObject> restreamAction(const QString& id, const QString& action) override;

    static QJsonObject restreamJson(const output::RestreamSnapshot& snapshot);

private:
    QJsonObject hlsPushJson() const;

    output::RestreamOutput& m_restream;
    const HlsPushConfig m_hlsPush;
    const output::HlsPusher* m_pusher;
};

} // namespace wl
