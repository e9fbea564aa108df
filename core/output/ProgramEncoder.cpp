#include "ProgramEncoder.h"

#include <chrono>

#include "OutputLog.h"

namespace wl::output {

namespace {
// A jump in the submitted audio's timeline larger than this starts a new AAC timeline.
constexpr std::int64_t kAudioGapSamples = 4800;
constexpr int kSampleRate = 48000;
} // namespace

ProgramEncoder::ProgramEncoder(ProgramEncoderSettings settings, PacketFanout& fanout)
    : m_settings(std::move(settings))
    , m_fanout(fanout)
    , m_toPlanar(media::ResamplerSettings{kSampleRate, 2, AV_SAMPLE_FMT_FLTP}) {
}

Expected<void> ProgramEncoder::open() {
    media::VideoEncoderSettings video;
    video.width = m_settings.width;
    video.height = m_settings.height;
    video.frameRate = AVRational{m_settings.fps, 1};
    video.bitrateKbps = m_settings.videoBitrateKbps;
    video.gopFrames = m_settings.fps * m_settings.gopSeconds;
    video.preset = m_settings.preset;
    video.tune = "zerolatency";
    video.profile = "high";
    video.threads = m_settings.encoderThreads;
    // Keyframes exactly every GOP: segments and recordings cut cleanly, players join fast.
    video.options = {
        {"x264-params", "scenecut=0:open-gop=0:min-keyint=" + std::to_string(video.gopFrames)},
        {"forced-idr", "1"}};
    auto videoEncoder = media::Encoder::openVideo(video);
    if (!videoEncoder)
        return videoEncoder.error().wrapped("program video encoder");

    media::AudioEncoderSettings audio;
    audio.sampleRate = kSampleRate;
    audio.channels = 2;
    audio.bitrateKbps = m_settings.audioBitrateKbps;
    auto audioEncoder = media::Encoder::openAudio(audio);
    if (!audioEncoder)
        return audioEncoder.error().wrapped("program audio encoder");

    m_video.emplace(std::move(videoEncoder).value());
    m_audio.emplace(std::move(audioEncoder).value());
    m_audioFifo.emplace(kSampleRate, 2, m_audio->sampleFormat());
    m_streams = ProgramStreams{m_video->codecParameters(), m_video->timeBase(),
                               m_audio->codecParameters(), m_audio->timeBase()};
    return {};
}

void ProgramEncoder::submitVideo(const media::Frame& frame) {
    {
        std::lock_guard lock(m_mutex);
        if (m_videoQueue.size() >= m_settings.videoQueueFrames) {
            m_videoQueue.pop_front();
            ++m_videoDropped;
        }
        m_videoQueue.push_back(frame);
    }
    m_wake.notify_one();
}

void ProgramEncoder::submitAudio(const media::Frame& frame) {
    {
        std::lock_guard lock(m_mutex);
        if (m_audioQueue.size() >= m_settings.audioQueueBlocks) {
            m_audioQueue.pop_front();
            ++m_audioDropped;
        }
        m_audioQueue.push_back(frame);
    }
    m_wake.notify_one();
}

bool ProgramEncoder::waitForWork(std::stop_token& stop) {
    using namespace std::chrono_literals;
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, 100ms, [&] {
        return stop.stop_requested() || !m_videoQueue.empty() || !m_audioQueue.empty();
    });
    return !stop.stop_requested();
}

void ProgramEncoder::run(std::stop_token stop) {
    if (!m_video || !m_audio) {
        qCWarning(lcOutput) << "program encoder run() without open()";
        return;
    }
    m_fanout.streamsStarted(m_streams);
    while (waitForWork(stop)) {
        // Audio first: it is small, and late audio would stall muxers that interleave.
        for (;;) {
            std::optional<media::Frame> audio;
            std::optional<media::Frame> video;
            {
                std::lock_guard lock(m_mutex);
                if (!m_audioQueue.empty()) {
                    audio = std::move(m_audioQueue.front());
                    m_audioQueue.pop_front();
                } else if (!m_videoQueue.empty()) {
                    video = std::move(m_videoQueue.front());
                    m_videoQueue.pop_front();
                }
            }
            if (audio)
                encodeAudio(*audio);
            else if (video)
                encodeVideo(*video);
            else
                break;
        }
    }
    drain();
}

void ProgramEncoder::encodeVideo(const media::Frame& frame) {
    const auto started = std::chrono::steady_clock::now();
    if (m_keyframeRequested.exchange(false))
        m_video->requestKeyframe();
    publish(m_video->encode(frame), "video");
    m_lastEncodeMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    ++m_videoEncoded;
}

void ProgramEncoder::encodeAudio(const media::Frame& frame) {
    // The program output was paused (no frames for a while): restart the AAC timeline at the
    // new position, so audio stays on the video's frame numbers instead of closing the gap.
    if (m_nextAudioPts && std::llabs(frame.pts() - *m_nextAudioPts) > kAudioGapSamples)
        m_audioFifo.emplace(kSampleRate, 2, m_audio->sampleFormat());
    m_nextAudioPts = frame.pts() + frame.sampleCount();
    auto planar = m_toPlanar.convert(frame);
    if (!planar || planar->isEmpty())
        return;
    if (auto pushed = m_audioFifo->push(*planar); !pushed) {
        qCWarning(lcOutput).noquote() << QString::fromStdString(pushed.error().toString());
        return;
    }
    const int frameSize = m_audio->audioFrameSize();
    for (;;) {
        auto block = m_audioFifo->pop(frameSize);
        if (!block || !block->has_value())
            return;
        publish(m_audio->encode(**block), "audio");
    }
}

void ProgramEncoder::publish(const Expected<std::vector<media::Packet>>& packets,
                             const char* what) {
    if (!packets) {
        // One line per failure kind would flood at 30 fps: log the first few only.
        if (m_errorsLogged++ < 5)
            qCWarning(lcOutput).noquote()
                << "program" << what
                << "encoding failed:" << QString::fromStdString(packets.error().toString());
        return;
    }
    for (const media::Packet& packet : packets.value()) {
        m_fanout.publish(packet);
        ++m_packetsOut;
        m_bytesOut += static_cast<std::uint64_t>(packet.size());
    }
}

void ProgramEncoder::drain() {
    publish(m_video->drain(), "video");
    if (auto rest = m_audioFifo->popRemainder(); rest && rest->has_value())
        publish(m_audio->encode(**rest), "audio");
    publish(m_audio->drain(), "audio");
}

ProgramEncoder::Stats ProgramEncoder::stats() const {
    return Stats{m_videoEncoded.load(), m_videoDropped.load(), m_audioDropped.load(),
                 m_packetsOut.load(),   m_bytesOut.load(),     m_lastEncodeMs.load()};
}

} // namespace wl::output
