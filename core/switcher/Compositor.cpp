#include "Compositor.h"

#include <utility>

#include "FrameBlender.h"
#include "YuvColour.h"

namespace wl::switcher {

namespace {

constexpr int kMaxDimension = 8192;

} // namespace

Expected<Compositor> Compositor::create(CompositorSettings settings) {
    if (settings.width < 16 || settings.height < 16 || settings.width > kMaxDimension ||
        settings.height > kMaxDimension || settings.width % 2 != 0 || settings.height % 2 != 0)
        return makeError(ErrorCode::InvalidArgument, "program size must be even, 16 to 8192",
                         "Compositor");
    if (settings.fps <= 0 || settings.fps > 240)
        return makeError(ErrorCode::InvalidArgument, "program fps must be 1 to 240", "Compositor");
    auto black = SlateRenderer::renderSolid(settings.width, settings.height, 0x000000);
    if (!black)
        return black.error();
    auto slate = SlateRenderer::render(settings.width, settings.height, settings.slate);
    if (!slate)
        return slate.error().wrapped("Compositor slate");
    return Compositor(std::move(settings), std::move(*black), std::move(*slate));
}

Compositor::Compositor(CompositorSettings settings, media::Frame black, media::Frame slate)
    : m_settings(std::move(settings))
    , m_black(std::move(black))
    , m_slate(std::move(slate))
    , m_pool(m_settings.width, m_settings.height, AV_PIX_FMT_YUV420P, m_settings.pooledFrames)
    , m_cameras(m_settings.width, m_settings.height, m_settings.scaleQuality) {
}

const media::Frame& Compositor::sourceFrame(const SourceRef& source,
                                            const CameraFrameProvider& frames) {
    switch (source.kind) {
    case SourceRef::Kind::Camera: {
        const media::Frame* picture = m_cameras.prepare(
            source.cameraId, frames ? frames(source.cameraId) : std::nullopt, m_pool);
        return picture != nullptr ? *picture : m_black;
    }
    case SourceRef::Kind::Slate:
        return m_slate;
    case SourceRef::Kind::Black:
        break;
    }
    return m_black;
}

Expected<media::Frame> Compositor::render(const CompositionPlan& plan,
                                          const CameraFrameProvider& frames, ProgramTime at) {
    const bool transitioning = plan.incoming && plan.position > 0;
    const bool complete = transitioning && plan.position >= 1;
    const media::Frame& program = sourceFrame(complete ? *plan.incoming : plan.program, frames);
    const media::Frame* incoming =
        transitioning && !complete ? &sourceFrame(*plan.incoming, frames) : nullptr;
    // Pictures of cameras off the program are not kept; they would be stale when needed again.
    QStringList shown;
    for (const SourceRef* source : {&plan.program, plan.incoming ? &*plan.incoming : nullptr}) {
        if (source != nullptr && source->isCamera())
            shown.append(source->cameraId);
    }
    m_cameras.keepOnly(shown, m_pool);

    const int blackWeight = FrameBlender::weightOf(plan.blackLevel);
    media::Frame result;
    if (incoming == nullptr && blackWeight == 0) {
        result = program; // shown as it is: shared, never written again
    } else if (blackWeight >= 256) {
        result = m_black;
    } else {
        auto out = m_pool.acquire();
        if (!out)
            return out.error();
        if (incoming != nullptr) {
            composeTransition(plan, program, *incoming, *out);
            if (blackWeight > 0)
                FrameBlender::mixWithColour(*out, YuvColour::black(), blackWeight, *out);
        } else {
            FrameBlender::mixWithColour(program, YuvColour::black(), blackWeight, *out);
        }
        result = *out;
        m_pool.recycle(std::move(*out));
    }
    result.setPts(at.frame);
    result.setTimeBase(AVRational{1, m_settings.fps});
    result.setArrivalUs(at.sessionUs);
    media::Scaler::setBt709LimitedRange(result);
    return result;
}

void Compositor::composeTransition(const CompositionPlan& plan, const media::Frame& outgoing,
                                   const media::Frame& incoming, media::Frame& out) const {
    const double position = plan.position;
    switch (plan.transition.type) {
    case TransitionType::Cut:
    case TransitionType::Mix:
        FrameBlender::mix(outgoing, incoming, FrameBlender::weightOf(position), out);
        return;
    case TransitionType::Dip: {
        const YuvColour colour = YuvColour::fromRgb(plan.transition.dipColourRgb);
        if (position < 0.5)
            FrameBlender::mixWithColour(outgoing, colour, FrameBlender::weightOf(position * 2),
                                        out);
        else
            FrameBlender::mixWithColour(incoming, colour, FrameBlender::weightOf(2 - position * 2),
                                        out);
        return;
    }
    case TransitionType::Wipe:
        FrameBlender::wipe(outgoing, incoming, plan.transition.wipeDirection, position, out);
        return;
    }
}

} // namespace wl::switcher
