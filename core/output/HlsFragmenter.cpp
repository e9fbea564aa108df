#include "HlsFragmenter.h"

namespace wl::output {

Expected<HlsFragmenter> HlsFragmenter::open(const ProgramStreams& streams) {
    constexpr const char* kContext = "HlsFragmenter::open";
    auto sink = std::make_shared<media::MemoryByteSink>();
    media::MuxerSettings settings;
    settings.url = "hls.mp4";
    settings.formatName = "mp4";
    settings.sink = sink;
    // Fragments only where we cut; the moov carries no samples; each moof is its own base, as
    // CMAF wants; the first fragment's decode time is the packets' own (the program's time
    // line, so audio and video line up); no index at the end (a live stream has none).
    settings.options = {{"movflags", "+frag_custom+empty_moov+default_base_moof+cmaf+frag_discont+"
                                     "skip_trailer"}};
    auto muxer = media::Muxer::open(std::move(settings));
    if (!muxer)
        return muxer.error().wrapped(kContext);
    const AVRational frameRate{streams.videoTimeBase.den, streams.videoTimeBase.num};
    auto video = muxer->addStream(streams.video, streams.videoTimeBase, frameRate);
    if (!video)
        return video.error().wrapped(kContext);
    auto audio = muxer->addStream(streams.audio, streams.audioTimeBase);
    if (!audio)
        return audio.error().wrapped(kContext);
    if (auto header = muxer->writeHeader(); !header)
        return header.error().wrapped(kContext);
    muxer->flushIo();
    HlsFragmenter fragmenter(std::move(muxer).value(), std::move(sink), *video, *audio);
    fragmenter.m_init = fragmenter.m_sink->take();
    if (fragmenter.m_init.isEmpty())
        return makeError(ErrorCode::Internal, "the muxer wrote no init segment", kContext);
    return fragmenter;
}

HlsFragmenter::HlsFragmenter(media::Muxer muxer, std::shared_ptr<media::MemoryByteSink> sink,
                             int video, int audio)
    : m_sink(std::move(sink))
    , m_muxer(std::move(muxer))
    , m_videoStream(video)
    , m_audioStream(audio) {
}

Expected<void> HlsFragmenter::write(const media::Packet& packet) {
    const int stream = packet.kind() == media::MediaKind::Video ? m_videoStream : m_audioStream;
    if (auto written = m_muxer->writeDirect(packet, stream); !written)
        return written.error().wrapped("HlsFragmenter::write");
    ++m_pendingPackets;
    return {};
}

Expected<QByteArray> HlsFragmenter::cut() {
    if (auto flushed = m_muxer->flushFragment(); !flushed)
        return flushed.error().wrapped("HlsFragmenter::cut");
    m_pendingPackets = 0;
    return m_sink->take();
}

} // namespace wl::output
