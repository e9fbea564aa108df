#pragma once

#include <QString>

#include "common/Expected.h"

namespace wl {

// The event as the viewers see it: waiting → live → paused → live → … → ended.
enum class LiveStatus { Waiting, Live, Paused, Ended };

QString liveStatusName(LiveStatus status);

// The allowed moves between live states. Pure; the Session applies the effects (program output,
// slate, recording) of each accepted move.
class LiveStatusMachine {
public:
    enum class Action { Start, Pause, Resume, End };

    LiveStatus status() const { return m_status; }
    // The new status, or Conflict with a message saying why the move is not possible now.
    Expected<LiveStatus> apply(Action action);
    static Expected<Action> parseAction(const QString& name);

private:
    LiveStatus m_status = LiveStatus::Waiting;
};

} // namespace wl
