#include "CameraDecodeWorker.h"

#include <chrono>

#include "SourcesLog.h"

namespace wl::sources {

namespace {
bool sameStream(const media::CodecParameters& a, const media::CodecParameters& b) {
    const auto x = a.extradata();
    const auto y = b.extradata();
    return a.codecId() == b.codecId() && std::equal(x.begin(), x.end(), y.begin(), y.end());
}
} // namespace

CameraDecodeWorker::CameraDecodeWorker(std::shared_ptr<Camera> camera, const SessionClock& clock,
                                       PreviewHub& previews, DecodeSettings settings)
    : m_camera(std::move(camera))
    , m_clock(clock)
    , m_previews(previews)
    , m_settings(settings) {
}

void CameraDecodeWorker::run(std::stop_token stop) {
    using namespace std::chrono_literals;
    auto& queue = m_camera->inputQueue();
    while (!stop.stop_requested()) {
        std::optional<CameraInput> input = queue.popFor(100ms);
        if (input)
            process(*input);
        else if (queue.isClosed())
            break;
    }
}

void CameraDecodeWorker::process(const CameraInput& input) {
    if (m_camera->takeResyncRequest())
        resynchronise();
    if (input.publishId < m_publishId)
        return; // left over from a replaced connection
    if (input.publishId != m_publishId)
        startPublish(input.publishId);
    if (const auto* parameters = std::get_if<media::CodecParameters>(&input.item)) {
        configure(*parameters);
        return;
    }
    const auto& packet = std::get<media::Packet>(input.item);
    if (packet.kind() == media::MediaKind::Video)
        decodeVideo(packet);
    else
        decodeAudio(packet);
}

void CameraDecodeWorker::startPublish(std::uint64_t publishId) {
    // A new connection is a new stream: nothing of the old decoder state applies.
    m_publishId = publishId;
    m_video.reset();
    m_audio.reset();
    m_resampler = media::Resampler();
    m_camera->audio().clear();
    m_waitForKeyframe = true;
}

void CameraDecodeWorker::configure(const media::CodecParameters& parameters) {
    auto& current = parameters.kind() == media::MediaKind::Video ? m_video : m_audio;
    // Encoders repeat sequence headers; reopen only when the stream really changed.
    if (current && sameStream(current->parameters(), parameters))
        return;
    auto decoder = media::Decoder::open(parameters, m_settings.decoder);
    if (!decoder) {
        reportError("cannot open decoder", decoder.error());
        current.reset();
        return;
    }
    current.emplace(std::move(decoder).value());
    const QString codec = QString::fromLatin1(
        parameters.codecName().data(), static_cast<qsizetype>(parameters.codecName().size()));
    if (parameters.kind() == media::MediaKind::Video) {
        m_waitForKeyframe = true;
        m_camera->stats().setVideoFormat(codec, m_width, m_height);
    } else {
        m_camera->stats().setAudioFormat(codec, parameters.sampleRate(), parameters.channelCount());
    }
}

void CameraDecodeWorker::resynchronise() {
    m_waitForKeyframe = true;
    if (m_video)
        m_video->flush();
}

void CameraDecodeWorker::decodeVideo(const media::Packet& packet) {
    if (!m_video) {
        if (auto config = m_camera->latestConfig(media::MediaKind::Video, m_publishId))
            configure(*config);
    }
    if (!m_video || (m_waitForKeyframe && !packet.isKeyframe())) {
        m_camera->stats().framesDropped(1);
        return;
    }
    m_waitForKeyframe = false;
    auto frames = m_video->decode(packet);
    if (!frames) {
        m_camera->stats().decodeFailed();
        reportError("video decoding failed", frames.error());
        resynchronise();
        return;
    }
    for (const media::Frame& frame : *frames)
        handleVideoFrame(frame);
}

void CameraDecodeWorker::handleVideoFrame(const media::Frame& frame) {
    const std::int64_t nowUs = m_clock.nowUs();
    m_camera->latestFrame().store(frame);
    m_camera->stats().frameDecoded(frame.arrivalUs(), nowUs);
    m_camera->mediaDecoded(nowUs);
    if (frame.width() != m_width || frame.height() != m_height) {
        m_width = frame.width();
        m_height = frame.height();
        const auto codec = m_video->parameters().codecName();
        m_camera->stats().setVideoFormat(
            QString::fromLatin1(codec.data(), static_cast<qsizetype>(codec.size())), m_width,
            m_height);
    }
    // Previews cost a scale and a colour conversion per frame: only make them for a viewer.
    const std::int64_t previewIntervalUs = 1'000'000 / std::max(1, m_settings.previewMaxFps);
    if (!m_previews.hasSinks() || nowUs - m_lastPreviewUs < previewIntervalUs * 9 / 10)
        return;
    m_lastPreviewUs = nowUs;
    auto image = m_previewScaler.toPreviewImage(frame, m_settings.previewBounds);
    if (!image) {
        reportError("preview scaling failed", image.error());
        return;
    }
    m_camera->preview().store(*image);
    m_previews.publish(m_camera->id(), *image);
}

void CameraDecodeWorker::decodeAudio(const media::Packet& packet) {
    if (!m_audio) {
        if (auto config = m_camera->latestConfig(media::MediaKind::Audio, m_publishId))
            configure(*config);
    }
    if (!m_audio)
        return;
    auto frames = m_audio->decode(packet);
    if (!frames) {
        m_camera->stats().decodeFailed();
        reportError("audio decoding failed", frames.error());
        return;
    }
    for (const media::Frame& frame : *frames) {
        auto converted = m_resampler.convert(frame);
        if (!converted) {
            reportError("audio resampling failed", converted.error());
            continue;
        }
        if (converted->isEmpty() || converted->sampleCount() == 0)
            continue;
        m_camera->audio().write(reinterpret_cast<const float*>(converted->data(0)),
                                static_cast<std::size_t>(converted->sampleCount()),
                                converted->arrivalUs());
        // An audio-only publisher is live through its audio.
        if (!m_video)
            m_camera->mediaDecoded(m_clock.nowUs());
    }
}

void CameraDecodeWorker::reportError(const char* what, const Error& error) {
    // Per-packet failures are counted and logged at most once per interval.
    const std::int64_t nowUs = m_clock.nowUs();
    if (m_lastErrorLogUs >= 0 && nowUs - m_lastErrorLogUs < m_settings.errorLogIntervalUs) {
        ++m_suppressedErrors;
        return;
    }
    qCWarning(lcSources).noquote()
        << m_camera->id() << what << QString::fromStdString(error.toString()) << "("
        << m_suppressedErrors << "similar messages suppressed)";
    m_lastErrorLogUs = nowUs;
    m_suppressedErrors = 0;
}

} // namespace wl::sources
