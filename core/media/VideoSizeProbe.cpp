#include "VideoSizeProbe.h"

#include "AvPointers.h"

namespace wl::media {

std::optional<QSize> VideoSizeProbe::probe(const CodecParameters& parameters,
                                           const Packet& keyframe) {
    if (parameters.kind() != MediaKind::Video || keyframe.isEmpty())
        return std::nullopt;
    const AVCodecID codecId = parameters.av()->codec_id;
    AvParserPtr parser(av_parser_init(codecId));
    const AVCodec* codec = avcodec_find_decoder(codecId);
    if (!parser || !codec)
        return std::nullopt;
    AvCodecContextPtr context(avcodec_alloc_context3(codec));
    // The context carries the configuration record (avcC/hvcC): NAL length size and SPS.
    if (!context || avcodec_parameters_to_context(context.get(), parameters.av()) < 0)
        return std::nullopt;
    parser->flags |= PARSER_FLAG_COMPLETE_FRAMES;
    std::uint8_t* out = nullptr;
    int outSize = 0;
    av_parser_parse2(parser.get(), context.get(), &out, &outSize, keyframe.av()->data,
                     keyframe.av()->size, AV_NOPTS_VALUE, AV_NOPTS_VALUE, 0);
    if (parser->width <= 0 || parser->height <= 0)
        return std::nullopt;
    return QSize(parser->width, parser->height);
}

bool VideoSizeProbe::fill(CodecParameters& parameters, const Packet& keyframe) {
    if (parameters.width() > 0 && parameters.height() > 0)
        return true;
    const auto size = probe(parameters, keyframe);
    if (!size)
        return false;
    parameters.setVideoSize(size->width(), size->height());
    return true;
}

} // namespace wl::media
