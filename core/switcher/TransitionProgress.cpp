#include "TransitionProgress.h"

#include <cmath>
#include <utility>

namespace wl::switcher {

TransitionProgress::TransitionProgress(SourceRef target, TransitionSpec spec, QString reason)
    : m_target(std::move(target))
    , m_spec(spec)
    , m_reason(std::move(reason)) {
}

TransitionProgress TransitionProgress::automatic(SourceRef target, TransitionSpec spec, int frames,
                                                 QString reason) {
    TransitionProgress progress(std::move(target), spec, std::move(reason));
    progress.m_frames = frames < 1 ? 1 : frames;
    return progress;
}

TransitionProgress TransitionProgress::manual(SourceRef target, TransitionSpec spec,
                                              double position) {
    TransitionProgress progress(std::move(target), spec, QStringLiteral("tbar"));
    progress.setManualPosition(position);
    return progress;
}

int TransitionProgress::framesFor(int durationMs, int fps) {
    if (durationMs <= 0 || fps <= 0)
        return 0;
    return static_cast<int>(std::lround(static_cast<double>(durationMs) * fps / 1000.0));
}

double TransitionProgress::position() const {
    if (m_manual)
        return m_manualPosition;
    // k/n computed fresh each time, so positions are exact fractions and never drift.
    return static_cast<double>(m_framesDone) / m_frames;
}

bool TransitionProgress::advance() {
    if (m_manual)
        return false;
    if (m_framesDone < m_frames)
        ++m_framesDone;
    return m_framesDone >= m_frames;
}

void TransitionProgress::setManualPosition(double position) {
    m_manual = true;
    m_manualPosition = position;
    m_reason = QStringLiteral("tbar");
}

} // namespace wl::switcher
