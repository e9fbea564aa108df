#pragma once

#include <cstdint>

#include <QString>

#include "JournalEntry.h"
#include "switcher/SwitcherTypes.h"

namespace wl::record {

// Builds the journal's events. The program thread and the Session call these and hand the entry
// to Recorder::journal(); the writer thread writes and syncs it.
class JournalEvents {
public:
    // Switcher events: switch (cuts, completed transitions, failover), transition (started),
    // ftb, pause, resume, transition_cancelled, preview, mode_changed, default_transition,
    // failover_changed.
    static JournalEntry fromSwitcher(const switcher::SwitcherEvent& event);
    static JournalEntry cameraOnline(std::int64_t sessionUs, const QString& cameraId,
                                     const QString& cameraName);
    static JournalEntry cameraOffline(std::int64_t sessionUs, const QString& cameraId,
                                      const QString& reason);
    // Any component's state change, e.g. ("stream", "live") or ("camera:cam2", "offline").
    static JournalEntry statusChanged(std::int64_t sessionUs, const QString& subject,
                                      const QString& state);

    // "cam2", "slate" or "black".
    static QString sourceName(const switcher::SourceRef& source);
    static QString transitionName(switcher::TransitionType type);
};

} // namespace wl::record
