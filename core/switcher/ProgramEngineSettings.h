#pragma once

#include <QSize>
#include <QString>

#include "AudioMixer.h"
#include "Compositor.h"
#include "FrameDelayLine.h"
#include "Switcher.h"

namespace wl::switcher {

struct ProgramEngineSettings {
    CompositorSettings compositor; // program format (size, fps) and slate
    SwitcherSettings switcher;     // its fps is taken from the compositor's
    AudioMixerSettings mixer;      // its fps too
    FrameDelayLineSettings delayLine;
    // Late ticks rendered back to back before the schedule skips ahead (see ProgramTickSchedule).
    int maxCatchUpFrames = 3;
    // The program monitor image published to the PreviewHub (only while it has sinks).
    QSize monitorSize{640, 360};
    QString monitorId = QStringLiteral("program");
};

} // namespace wl::switcher
