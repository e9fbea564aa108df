#pragma once

#include "serve/OutputBackend.h"

namespace wl::output {
class RestreamOutput;
struct RestreamSnapshot;
} // namespace wl::output

namespace wl {

// The outputs API's view of the running session: the restream destinations' snapshots as JSON
// (stream keys masked) and their start/stop. Thread-safe: snapshots are copied under each
// destination's lock, and start/stop only flag the destination's worker.
class SessionOutputs : public serve::OutputBackend {
public:
    explicit SessionOutputs(output::RestreamOutput& restream);

    QJsonObject outputsJson() const override;
    Expected<QJsonObject> restreamAction(const QString& id, const QString& action) override;

    static QJsonObject restreamJson(const output::RestreamSnapshot& snapshot);

private:
    output::RestreamOutput& m_restream;
};

} // namespace wl
