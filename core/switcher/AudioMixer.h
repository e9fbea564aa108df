#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include <QString>

#include "AudioLevels.h"
#include "CameraAudioReader.h"
#include "SwitcherTypes.h"
#include "common/Expected.h"
#include "media/Frame.h"
#include "sources/AudioRing.h"

namespace wl::switcher {

enum class AudioMode {
    FollowVideo, // heard while on program: 1 − position outgoing, position incoming
    AlwaysOn,    // e.g. the officiant's lavalier camera
    Off,
};

struct CameraAudioSettings {
    AudioMode mode = AudioMode::FollowVideo;
    double gainDb = 0; // −60 … +24 dB
    int delayMs = 0;   // 0 … maxDelayMs: the camera's audio is taken this much later
};

struct AudioMixerSettings {
    int fps = 30; // program frames per second: one mix() per frame
    // Kept buffered per camera against arrival jitter; program audio is this much behind the
    // (undelayed) arrival of camera audio.
    int targetLatencyMs = 60;
    int lowToleranceMs = 30;  // this much short of the target: silence is put in
    int highToleranceMs = 60; // this much over the target: the excess is dropped
    int maxDelayMs = 1000;
};

// Where one camera's audio comes from this tick. The ring is only borrowed for the call.
struct AudioInput {
    QString cameraId;
    sources::AudioRing* ring = nullptr;
};

// The program audio: 48 kHz stereo float (interleaved), one program frame's worth per tick,
// mixed from the cameras' AudioRings by their mode, gain and delay (see CameraAudioReader for
// how each camera is kept aligned). Gains (follow-video weights, dB gain, fade to black as
// 1 − blackLevel) ramp linearly across a tick from the previous tick's value, so cuts and fades
// never click. Pause needs nothing special: the plan shows the slate, so follow-video cameras
// fall silent while always-on ones stay. Not thread-safe: the program engine calls it.
class AudioMixer {
public:
    static constexpr int kSampleRate = 48000;
    static constexpr int kChannels = 2;

    explicit AudioMixer(AudioMixerSettings settings = {});

    // InvalidArgument for a gain or delay out of range (nothing changes).
    Expected<void> setCameraSettings(const QString& cameraId, CameraAudioSettings settings);
    CameraAudioSettings cameraSettings(const QString& cameraId) const;

    // The audio of the program frame `plan` is rendered for: exactly the samples of one frame
    // (48000/fps, the remainder carried so each second sums to 48000), AV_SAMPLE_FMT_FLT stereo,
    // pts = program samples before it (time base 1/48000), arrivalUs = at.sessionUs.
    Expected<media::Frame> mix(const CompositionPlan& plan, const std::vector<AudioInput>& inputs,
                               ProgramTime at);

    // One camera heard alone for monitoring (empty: none). After each mix(), soloBuffer() holds
    // that camera's samples of the tick (delay and gain applied, no mode, no fade): empty when
    // the camera gave no audio input.
    void setSolo(const QString& cameraId) { m_solo = cameraId; }
    const QString& solo() const { return m_solo; }
    const std::vector<float>& soloBuffer() const { return m_soloBuffer; }

    // Meters over the last tick.
    const AudioLevels& levels() const { return m_levels; }
    // Samples in the next tick, and produced so far.
    int nextTickSamples() const;
    std::int64_t samplesProduced() const { return m_samplesProduced; }

private:
    struct CameraState {
        CameraAudioSettings settings;
        CameraAudioReader reader;
        double lastGain = -1; // < 0: not mixed yet (no ramp on the first tick)
    };
    double followVideoWeight(const QString& cameraId, const CompositionPlan& plan) const;
    std::size_t framesFor(int milliseconds) const;

    AudioMixerSettings m_settings;
    std::map<QString, CameraState> m_cameras;
    std::int64_t m_ticks = 0;
    std::int64_t m_samplesProduced = 0;
    double m_lastMaster = -1;
    std::vector<float> m_cameraBuffer; // reused per camera and tick
    std::vector<float> m_mixBuffer;
    QString m_solo;
    std::vector<float> m_soloBuffer;
    AudioLevels m_levels;
};

} // namespace wl::switcher
