#include "AudioMixer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace wl::switcher {

namespace {

constexpr double kMinGainDb = -60.0;
constexpr double kMaxGainDb = 24.0;

double dbToGain(double db) {
    return std::pow(10.0, db / 20.0);
}

// Multiplies by a gain moving linearly from `from` to `to`; the last frame gets `to` exactly.
void applyRamp(float* interleaved, std::size_t frames, double from, double to) {
    const double step = frames > 0 ? (to - from) / static_cast<double>(frames) : 0;
    for (std::size_t i = 0; i < frames; ++i) {
        const auto gain = static_cast<float>(i + 1 == frames ? to : from + step * (i + 1));
        interleaved[i * 2] *= gain;
        interleaved[i * 2 + 1] *= gain;
    }
}

} // namespace

AudioMixer::AudioMixer(AudioMixerSettings settings)
    : m_settings(settings) {
    m_settings.fps = std::max(1, m_settings.fps);
    m_settings.targetLatencyMs = std::max(0, m_settings.targetLatencyMs);
    m_settings.lowToleranceMs =
        std::clamp(m_settings.lowToleranceMs, 0, m_settings.targetLatencyMs);
    m_settings.highToleranceMs = std::max(0, m_settings.highToleranceMs);
    m_settings.maxDelayMs = std::max(0, m_settings.maxDelayMs);
}

Expected<void> AudioMixer::setCameraSettings(const QString& cameraId,
                                             CameraAudioSettings settings) {
    if (!std::isfinite(settings.gainDb) || settings.gainDb < kMinGainDb ||
        settings.gainDb > kMaxGainDb)
        return makeError(ErrorCode::InvalidArgument, "gain must be -60 to +24 dB",
                         "AudioMixer: " + cameraId.toStdString());
    if (settings.delayMs < 0 || settings.delayMs > m_settings.maxDelayMs)
        return makeError(ErrorCode::InvalidArgument,
                         "delay must be 0 to " + std::to_string(m_settings.maxDelayMs) + " ms",
                         "AudioMixer: " + cameraId.toStdString());
    m_cameras[cameraId].settings = settings;
    return {};
}

CameraAudioSettings AudioMixer::cameraSettings(const QString& cameraId) const {
    const auto it = m_cameras.find(cameraId);
    return it == m_cameras.end() ? CameraAudioSettings{} : it->second.settings;
}

int AudioMixer::nextTickSamples() const {
    // Whole samples up to each tick's end, so the remainders add up and never drift.
    const std::int64_t end = (m_ticks + 1) * kSampleRate / m_settings.fps;
    const std::int64_t start = m_ticks * kSampleRate / m_settings.fps;
    return static_cast<int>(end - start);
}

std::size_t AudioMixer::framesFor(int milliseconds) const {
    return static_cast<std::size_t>(milliseconds) * kSampleRate / 1000;
}

double AudioMixer::followVideoWeight(const QString& cameraId, const CompositionPlan& plan) const {
    const bool transitioning = plan.incoming.has_value();
    const double position = transitioning ? std::clamp(plan.position, 0.0, 1.0) : 0.0;
    double weight = 0;
    if (plan.program == SourceRef::camera(cameraId))
        weight += 1.0 - position;
    if (transitioning && *plan.incoming == SourceRef::camera(cameraId))
        weight += position;
    return weight;
}

Expected<media::Frame> AudioMixer::mix(const CompositionPlan& plan,
                                       const std::vector<AudioInput>& inputs, ProgramTime at) {
    const int samples = nextTickSamples();
    const auto frames = static_cast<std::size_t>(samples);
    auto output = media::Frame::allocateAudio(kSampleRate, kChannels, AV_SAMPLE_FMT_FLT, samples);
    if (!output)
        return output.error();

    m_mixBuffer.assign(frames * kChannels, 0.0f);
    m_cameraBuffer.resize(frames * kChannels);
    m_levels.cameras.clear();
    m_soloBuffer.clear();
    const CameraAudioReader::Tolerances tolerances{framesFor(m_settings.targetLatencyMs),
                                                   framesFor(m_settings.lowToleranceMs),
                                                   framesFor(m_settings.highToleranceMs)};
    for (const AudioInput& input : inputs) {
        if (input.ring == nullptr)
            continue;
        CameraState& camera = m_cameras[input.cameraId];
        // Every ring is read every tick, heard or not, so it stays aligned for when it is.
        camera.reader.read(*input.ring, framesFor(camera.settings.delayMs), tolerances,
                           m_cameraBuffer.data(), frames);
        const double gain = dbToGain(camera.settings.gainDb);
        for (float& sample : m_cameraBuffer)
            sample *= static_cast<float>(gain);
        if (!m_solo.isEmpty() && input.cameraId == m_solo)
            m_soloBuffer = m_cameraBuffer;
        m_levels.cameras.push_back({input.cameraId,
                                    AudioLevel::measure(m_cameraBuffer.data(), frames),
                                    camera.reader.droppedFrames(), camera.reader.silenceFrames()});

        double weight = 0;
        if (camera.settings.mode == AudioMode::AlwaysOn)
            weight = 1;
        else if (camera.settings.mode == AudioMode::FollowVideo)
            weight = followVideoWeight(input.cameraId, plan);
        const double from = camera.lastGain < 0 ? weight : camera.lastGain;
        camera.lastGain = weight;
        if (from == 0 && weight == 0)
            continue;
        applyRamp(m_cameraBuffer.data(), frames, from, weight);
        for (std::size_t i = 0; i < frames * kChannels; ++i)
            m_mixBuffer[i] += m_cameraBuffer[i];
    }

    const double master = 1.0 - std::clamp(plan.blackLevel, 0.0, 1.0);
    applyRamp(m_mixBuffer.data(), frames, m_lastMaster < 0 ? master : m_lastMaster, master);
    m_lastMaster = master;
    for (float& sample : m_mixBuffer)
        sample = std::clamp(sample, -1.0f, 1.0f);
    m_levels.program = AudioLevel::measure(m_mixBuffer.data(), frames);

    std::memcpy(output->data(0), m_mixBuffer.data(), m_mixBuffer.size() * sizeof(float));
    output->setPts(m_samplesProduced);
    output->setArrivalUs(at.sessionUs);
    m_samplesProduced += samples;
    ++m_ticks;
    return output;
}

} // namespace wl::switcher
