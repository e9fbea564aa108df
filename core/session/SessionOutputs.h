#pragma once

#include <functional>
#include <mutex>

#include "EventConfig.h"
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
// destination's worker. PUT /api/outputs rewrites event.json (read fresh from disk, so that other
// sections written meanwhile are kept); the new output settings apply at the next session start.
class SessionOutputs : public serve::OutputBackend {
public:
    // `pusher` is null when the HLS push is off or has no packager to read from.
    // `running` is the configuration the session started with; `eventPath` its event.json.
    SessionOutputs(output::RestreamOutput& restream, const EventConfig& running, QString eventPath,
                   const output::HlsPusher* pusher);

    QJsonObject outputsJson() const override;
    Expected<QJsonObject> restreamAction(const QString& id, const QString& action) override;
    Expected<QJsonObject> updateOutputs(const QByteArray& body) override;
    // For /api/status: each restream destination's id and state, and the HLS push's state.
    QJsonObject statusJson() const;
    // Called on the HTTP thread after event.json was saved.
    void setSavedHandler(std::function<void(const EventConfig&)> handler);

    static QJsonObject restreamJson(const output::RestreamSnapshot& snapshot);

private:
    QJsonObject hlsPushJson() const;
    QString hlsPushState() const;
    QJsonObject savedJson() const; // under m_mutex

    output::RestreamOutput& m_restream;
    const HlsPushConfig m_hlsPush;
    const HlsConfig m_runningHls;
    const QVector<RestreamConfig> m_runningRestream;
    const QString m_eventPath;
    const output::HlsPusher* m_pusher;
    std::function<void(const EventConfig&)> m_savedHandler;

    mutable std::mutex m_mutex; // the saved sections; one PUT at a time
    HlsConfig m_savedHls;
    HlsPushConfig m_savedHlsPush;
    QVector<RestreamConfig> m_savedRestream;
};

} // namespace wl
