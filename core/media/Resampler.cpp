#include "Resampler.h"

#include "AvError.h"

namespace wl::media {

namespace {

// A layout swresample can use: an unspecified order becomes the default layout for the count.
void usableLayout(const AVChannelLayout& in, AVChannelLayout* out) {
    if (in.order == AV_CHANNEL_ORDER_UNSPEC || av_channel_layout_check(&in) == 0) {
        av_channel_layout_default(out, in.nb_channels);
        return;
    }
    if (av_channel_layout_copy(out, &in) < 0)
        av_channel_layout_default(out, in.nb_channels);
}

} // namespace

Resampler::Resampler(ResamplerSettings settings)
    : m_settings(settings) {
}

Resampler::InputFormat Resampler::formatOf(const Frame& frame) {
    const AVFrame* av = frame.av();
    InputFormat format;
    format.sampleRate = av->sample_rate;
    format.format = av->format;
    format.channels = av->ch_layout.nb_channels;
    format.order = av->ch_layout.order;
    format.mask = av->ch_layout.order == AV_CHANNEL_ORDER_NATIVE ? av->ch_layout.u.mask : 0;
    return format;
}

Expected<void> Resampler::configure(const Frame& input) {
    const InputFormat format = formatOf(input);
    if (m_context && format == m_input)
        return {};
    if (format.sampleRate <= 0 || format.channels <= 0 || format.format < 0)
        return makeError(ErrorCode::InvalidArgument, "audio frame without rate, layout or format",
                         "Resampler");
    if (m_settings.sampleRate <= 0 || m_settings.channels <= 0)
        return makeError(ErrorCode::InvalidArgument, "bad resampler settings", "Resampler");

    AVChannelLayout inputLayout{};
    usableLayout(input.av()->ch_layout, &inputLayout);
    AVChannelLayout outputLayout{};
    av_channel_layout_default(&outputLayout, m_settings.channels);
    SwrContext* context = nullptr;
    int status = swr_alloc_set_opts2(
        &context, &outputLayout, m_settings.format, m_settings.sampleRate, &inputLayout,
        static_cast<AVSampleFormat>(format.format), format.sampleRate, 0, nullptr);
    av_channel_layout_uninit(&inputLayout);
    av_channel_layout_uninit(&outputLayout);
    SwrContextPtr owned(context);
    if (status < 0)
        return avError(status, "Resampler: swr_alloc_set_opts2");
    status = swr_init(owned.get());
    if (status < 0)
        return avError(status, "Resampler: swr_init");
    m_context = std::move(owned);
    m_input = format;
    ++m_configurations;
    return {};
}

Expected<Frame> Resampler::convert(const Frame& input) {
    if (input.isEmpty() || input.kind() != MediaKind::Audio)
        return makeError(ErrorCode::InvalidArgument, "not an audio frame", "Resampler");
    auto configured = configure(input);
    if (!configured)
        return configured.error();

    std::int64_t pts = kNoPts;
    if (input.pts() != kNoPts) {
        // The converter still holds `delay` output samples from earlier input.
        const std::int64_t delay = swr_get_delay(m_context.get(), m_settings.sampleRate);
        pts = av_rescale_q(input.pts(), input.timeBase(), AVRational{1, m_settings.sampleRate}) -
              delay;
    }
    const AVFrame* av = input.av();
    return run(const_cast<const std::uint8_t**>(av->extended_data), av->nb_samples, pts,
               input.arrivalUs());
}

Expected<Frame> Resampler::drain() {
    if (!m_context)
        return Frame();
    return run(nullptr, 0, m_nextPts, m_lastArrivalUs);
}

Expected<Frame> Resampler::run(const std::uint8_t** inputData, int inputSamples, std::int64_t pts,
                               std::int64_t arrivalUs) {
    const int capacity = swr_get_out_samples(m_context.get(), inputSamples);
    if (capacity < 0)
        return avError(capacity, "Resampler: swr_get_out_samples");
    m_lastArrivalUs = arrivalUs;
    if (capacity == 0)
        return Frame();
    auto output = Frame::allocateAudio(m_settings.sampleRate, m_settings.channels,
                                       m_settings.format, capacity);
    if (!output)
        return output.error();
    AVFrame* out = output->av();
    const int converted =
        swr_convert(m_context.get(), out->extended_data, capacity, inputData, inputSamples);
    if (converted < 0)
        return avError(converted, "Resampler: swr_convert");
    if (converted == 0)
        return Frame();
    out->nb_samples = converted;
    if (pts == kNoPts)
        pts = m_nextPts;
    out->pts = pts;
    m_nextPts = pts + converted;
    output->setArrivalUs(arrivalUs);
    return output;
}

} // namespace wl::media
