#include "DemoCamera.h"

#include <algorithm>

#include "DemoPattern.h"
#include "DemoTone.h"
#include "FramePacer.h"
#include "SourcesLog.h"
#include "media/Encoder.h"
#include "media/Muxer.h"

namespace wl::sources {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr int kSampleRate = 48000;
constexpr int kChannels = 2;
// Once stopped, a graceful close (FLV trailer, RTMP deleteStream) gets this long.
constexpr auto kStopBudget = 150ms;

} // namespace

std::string_view demoCameraStateName(DemoCameraState state) {
    switch (state) {
    case DemoCameraState::Idle:
        return "idle";
    case DemoCameraState::Connecting:
        return "connecting";
    case DemoCameraState::Publishing:
        return "publishing";
    case DemoCameraState::Retrying:
        return "retrying";
    case DemoCameraState::Stopped:
        return "stopped";
    }
    return "unknown";
}

struct DemoCamera::Output {
    media::Encoder video;
    media::Encoder audio;
    media::Muxer muxer;
    int videoStream = 0;
    int audioStream = 0;
};

DemoCamera::DemoCamera(DemoCameraSettings settings, StateCallback onStateChanged)
    : m_settings(std::move(settings))
    , m_onStateChanged(std::move(onStateChanged))
    , m_interrupt(std::make_shared<media::IoInterrupt>()) {
    m_settings.index = std::clamp(m_settings.index, 1, DemoPattern::kMaxCameraIndex);
    m_settings.fps = std::clamp(m_settings.fps, 1, 120);
    if (m_settings.name.empty())
        m_settings.name = "DEMO " + std::to_string(m_settings.index);
    if (m_settings.toneHz <= 0)
        m_settings.toneHz = 440.0 * m_settings.index;
}

std::string DemoCamera::lastError() const {
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void DemoCamera::requestStop() {
    {
        std::lock_guard lock(m_mutex);
        m_stop.store(true);
    }
    // Blocked libav I/O gives up once the budget is spent; a healthy connection closes cleanly.
    m_interrupt->abortAt(Clock::now() + kStopBudget);
    m_wake.notify_all();
}

bool DemoCamera::sleepUntil(Clock::time_point deadline) {
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_until(lock, deadline, [this] { return m_stop.load(); });
}

void DemoCamera::setState(DemoCameraState state, const std::string& detail) {
    const DemoCameraState previous = m_state.exchange(state);
    if (previous == state)
        return;
    qCDebug(lcSources, "demo camera %d: %s%s%s", m_settings.index,
            demoCameraStateName(state).data(), detail.empty() ? "" : ": ", detail.c_str());
    if (m_onStateChanged)
        m_onStateChanged(state, detail);
}

void DemoCamera::run() {
    while (!m_stop.load()) {
        m_connectionAttempts.fetch_add(1);
        setState(DemoCameraState::Connecting);
        auto published = publishOnce();
        if (m_stop.load())
            break;
        const std::string error =
            published ? std::string("connection ended") : published.error().toString();
        bool changed = false;
        {
            std::lock_guard lock(m_mutex);
            changed = error != m_lastError;
            m_lastError = error;
        }
        // A dead destination fails every second; say so once, not every time.
        if (changed)
            qCInfo(lcSources, "demo camera %d: %s; retrying every %lld ms", m_settings.index,
                   error.c_str(), static_cast<long long>(m_settings.retryInterval.count()));
        setState(DemoCameraState::Retrying, error);
        sleepUntil(Clock::now() + m_settings.retryInterval);
    }
    setState(DemoCameraState::Stopped);
}

Expected<void> DemoCamera::publishOnce() {
    media::VideoEncoderSettings video;
    video.width = m_settings.width;
    video.height = m_settings.height;
    video.frameRate = AVRational{m_settings.fps, 1};
    video.bitrateKbps = m_settings.videoBitrateKbps;
    video.gopFrames = m_settings.fps * std::max(m_settings.gopSeconds, 1);
    video.preset = m_settings.preset;
    video.tune = m_settings.tune;
    video.threads = m_settings.encoderThreads;
    auto videoEncoder = media::Encoder::openVideo(video);
    if (!videoEncoder)
        return videoEncoder.error();

    media::AudioEncoderSettings audio;
    audio.sampleRate = kSampleRate;
    audio.channels = kChannels;
    audio.bitrateKbps = m_settings.audioBitrateKbps;
    auto audioEncoder = media::Encoder::openAudio(audio);
    if (!audioEncoder)
        return audioEncoder.error();

    auto muxer = media::Muxer::open(
        media::MuxerSettings{m_settings.url, "flv", {}, m_interrupt, m_settings.ioTimeout});
    if (!muxer)
        return muxer.error();
    auto videoStream = muxer->addStream(videoEncoder->codecParameters(), videoEncoder->timeBase());
    if (!videoStream)
        return videoStream.error();
    auto audioStream = muxer->addStream(audioEncoder->codecParameters(), audioEncoder->timeBase());
    if (!audioStream)
        return audioStream.error();
    auto header = muxer->writeHeader();
    if (!header)
        return header;

    Output output{std::move(*videoEncoder), std::move(*audioEncoder), std::move(*muxer),
                  *videoStream, *audioStream};
    setState(DemoCameraState::Publishing);
    auto streamed = stream(output);
    if (!streamed)
        return streamed;
    return output.muxer.finish();
}

Expected<void> DemoCamera::stream(Output& output) {
    const DemoPattern pattern(m_settings.index, m_settings.name, m_settings.fps);
    const DemoTone tone(m_settings.toneHz, kSampleRate);
    const int audioFrameSize = output.audio.audioFrameSize();
    auto picture =
        media::Frame::allocateVideo(m_settings.width, m_settings.height, AV_PIX_FMT_YUV420P);
    if (!picture)
        return picture.error();
    auto sound = media::Frame::allocateAudio(kSampleRate, kChannels, output.audio.sampleFormat(),
                                             audioFrameSize);
    if (!sound)
        return sound.error();
    picture->setTimeBase(AVRational{1, m_settings.fps});

    auto writeAll = [&output](Expected<std::vector<media::Packet>> packets,
                              int streamIndex) -> Expected<void> {
        if (!packets)
            return packets.error();
        for (const media::Packet& packet : *packets) {
            auto written = output.muxer.write(packet, streamIndex);
            if (!written)
                return written;
        }
        return {};
    };

    FramePacer pacer(m_settings.fps, Clock::now());
    std::int64_t frame = 0;
    std::int64_t audioSample = 0;
    Expected<void> result;
    while (result && sleepUntil(pacer.dueTime())) {
        const std::int64_t skippedBefore = pacer.skipped();
        frame = pacer.take(Clock::now());
        m_framesSkipped.fetch_add(static_cast<std::uint64_t>(pacer.skipped() - skippedBefore));

        auto drawn =
            pattern.render(*picture, m_frameNumberBase + frame, std::chrono::system_clock::now());
        if (!drawn)
            return drawn;
        picture->setPts(frame);
        result = writeAll(output.video.encode(*picture), output.videoStream);

        // Audio up to the end of this video frame; after a skip it jumps along.
        const std::int64_t audioTarget = (frame + 1) * kSampleRate / m_settings.fps;
        if (audioTarget - audioSample > 4 * audioFrameSize)
            audioSample = frame * kSampleRate / m_settings.fps;
        while (result && audioSample + audioFrameSize <= audioTarget) {
            auto toned = tone.render(*sound, audioSample);
            if (!toned)
                return toned;
            sound->setPts(audioSample);
            result = writeAll(output.audio.encode(*sound), output.audioStream);
            audioSample += audioFrameSize;
        }
        if (result)
            m_framesSent.fetch_add(1);
    }
    // The next connection starts on a whole second, so flash and beep stay on frame % fps == 0.
    m_frameNumberBase =
        (m_frameNumberBase + frame + m_settings.fps) / m_settings.fps * m_settings.fps;
    return result;
}

} // namespace wl::sources
