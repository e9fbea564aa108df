#pragma once

#include "CameraConfig.h"
#include "EventConfig.h"
#include "output/HlsPackagerSettings.h"
#include "output/ProgramEncoderSettings.h"
#include "record/RecordingSettings.h"
#include "switcher/ProgramEngineSettings.h"

namespace wl {

// Turns event.json (already validated) into the settings structs of the engine's modules.
class EngineSettings {
public:
    static switcher::ProgramEngineSettings programEngine(const EventConfig& config);
    static output::ProgramEncoderSettings programEncoder(const EventConfig& config);
    // Segments are never shorter than the encoder's GOP: they are cut at keyframes.
    static output::HlsPackagerSettings hlsPackager(const EventConfig& config, double gopSeconds);
    static record::RecordingSettings recording(const EventConfig& config,
                                               const QString& recordingsRoot);
    static switcher::CameraAudioSettings cameraAudio(const CameraConfig& camera);
    static switcher::TransitionType transitionType(const QString& name);
};

} // namespace wl
