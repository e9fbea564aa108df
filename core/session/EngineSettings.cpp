#include "EngineSettings.h"

#include <algorithm>

namespace wl {

switcher::TransitionType EngineSettings::transitionType(const QString& name) {
    if (name == QLatin1String("cut"))
        return switcher::TransitionType::Cut;
    if (name == QLatin1String("dip"))
        return switcher::TransitionType::Dip;
    if (name == QLatin1String("wipe"))
        return switcher::TransitionType::Wipe;
    return switcher::TransitionType::Mix;
}

switcher::ProgramEngineSettings EngineSettings::programEngine(const EventConfig& config) {
    switcher::ProgramEngineSettings settings;
    settings.compositor.width = config.output.width;
    settings.compositor.height = config.output.height;
    settings.compositor.fps = config.output.fps;
    settings.compositor.slate.imagePath = config.switcher.slateImage;

    auto& switcher = settings.switcher; // its fps comes from the compositor (ProgramEngine)
    switcher.mode = config.switcher.mode == QLatin1String("direct")
                        ? switcher::SwitcherMode::Direct
                        : switcher::SwitcherMode::Studio;
    switcher.defaultTransition.type = transitionType(config.switcher.transition);
    switcher.defaultTransition.durationMs = config.switcher.transitionMs;
    switcher.failoverEnabled = config.switcher.failover;
    switcher.failoverHoldMs = config.switcher.failoverHoldMs;
    switcher.failoverPriority = config.switcher.failoverPriority;
    if (!config.cameras.isEmpty())
        switcher.initialProgram = config.cameras.front().id;
    return settings;
}

output::ProgramEncoderSettings EngineSettings::programEncoder(const EventConfig& config) {
    output::ProgramEncoderSettings settings;
    settings.width = config.output.width;
    settings.height = config.output.height;
    settings.fps = config.output.fps;
    settings.videoBitrateKbps = config.output.videoBitrateKbps;
    settings.preset = config.output.encoderPreset.toStdString();
    return settings;
}

output::HlsPackagerSettings EngineSettings::hlsPackager(const EventConfig& config,
                                                        double gopSeconds) {
    output::HlsPackagerSettings settings = config.hls.toSettings();
    settings.segmentSeconds = std::max(settings.segmentSeconds, gopSeconds);
    settings.partSeconds = std::min(settings.partSeconds, settings.segmentSeconds);
    return settings;
}

record::RecordingSettings EngineSettings::recording(const EventConfig& config,
                                                    const QString& recordingsRoot) {
    record::RecordingSettings settings;
    settings.recordingsRoot = recordingsRoot;
    settings.eventTitle = config.title;
    settings.timecodeFps = config.output.fps;
    return settings;
}

switcher::CameraAudioSettings EngineSettings::cameraAudio(const CameraConfig& camera) {
    switcher::CameraAudioSettings settings;
    if (camera.audioMode == QLatin1String("always"))
        settings.mode = switcher::AudioMode::AlwaysOn;
    else if (camera.audioMode == QLatin1String("off"))
        settings.mode = switcher::AudioMode::Off;
    settings.gainDb = camera.gainDb;
    settings.delayMs = camera.delayMs;
    return settings;
}

} // namespace wl
