#pragma once

#include <memory>
#include <optional>
#include <stop_token>

#include <QSize>

#include "Camera.h"
#include "PreviewHub.h"
#include "common/SessionClock.h"
#include "media/Decoder.h"
#include "media/Resampler.h"
#include "media/Scaler.h"

namespace wl::sources {

struct DecodeSettings {
    media::DecoderSettings decoder;
    QSize previewBounds{480, 270};
    int previewMaxFps = 30; // previews beyond this rate are skipped (the UI cannot show more)
    std::int64_t errorLogIntervalUs = 5'000'000;
};

// Decodes one camera: takes its input queue in order, keeps the newest frame in the camera's
// slot, makes preview images, and resamples audio to 48 kHz stereo into the camera's ring.
// run() is the body of the thread the Session owns for this camera; it never starts threads.
class CameraDecodeWorker {
public:
    CameraDecodeWorker(std::shared_ptr<Camera> camera, const SessionClock& clock,
                       PreviewHub& previews, DecodeSettings settings = {});

    // Processes inputs until `stop` is requested (or the input queue is closed and empty).
    void run(std::stop_token stop);
    // One input; run() calls it, tests may too.
    void process(const CameraInput& input);

private:
    void startPublish(std::uint64_t publishId);
    void configure(const media::CodecParameters& parameters);
    void decodeVideo(const media::Packet& packet);
    void decodeAudio(const media::Packet& packet);
    void handleVideoFrame(const media::Frame& frame);
    void resynchronise();
    void reportError(const char* what, const Error& error);

    std::shared_ptr<Camera> m_camera;
    const SessionClock& m_clock;
    PreviewHub& m_previews;
    const DecodeSettings m_settings;

    std::uint64_t m_publishId = 0;
    std::optional<media::Decoder> m_video;
    std::optional<media::Decoder> m_audio;
    media::Scaler m_previewScaler{media::ScaleQuality::Fast};
    media::Resampler m_resampler;
    bool m_waitForKeyframe = true;
    int m_width = 0;
    int m_height = 0;
    std::int64_t m_lastPreviewUs = 0;
    std::int64_t m_lastErrorLogUs = -1;
    std::uint64_t m_suppressedErrors = 0;
};

} // namespace wl::sources
