#pragma once

#include <QString>

#include "SwitcherTypes.h"

namespace wl::switcher {

// One transition from the program to `target`: automatic (one step per program frame) or manual
// (T-bar). An automatic transition of n frames shows positions 1/n … n/n on its n ticks.
class TransitionProgress {
public:
    static TransitionProgress automatic(SourceRef target, TransitionSpec spec, int frames,
                                        QString reason);
    static TransitionProgress manual(SourceRef target, TransitionSpec spec, double position);

    // Program frames a duration lasts at `fps`: round(durationMs × fps / 1000).
    static int framesFor(int durationMs, int fps);

    const SourceRef& target() const { return m_target; }
    const TransitionSpec& spec() const { return m_spec; }
    const QString& reason() const { return m_reason; }
    bool isManual() const { return m_manual; }
    double position() const;

    // Automatic only: one program frame further; true when the end is reached.
    bool advance();
    // The T-bar takes over; an automatic transition stops advancing by itself.
    void setManualPosition(double position);

private:
    TransitionProgress(SourceRef target, TransitionSpec spec, QString reason);

    SourceRef m_target;
    TransitionSpec m_spec;
    QString m_reason;
    bool m_manual = false;
    int m_frames = 1;
    int m_framesDone = 0;
    double m_manualPosition = 0;
};

} // namespace wl::switcher
