#include "RecordingFile.h"

#include <cstdlib>
#include <string>

#include "JournalEntry.h"
#include "MediaTime.h"
#include "RecordLog.h"

namespace wl::record {

namespace {

// Samples per compressed audio frame, when the codec has a fixed one (AAC: 1024).
int audioFrameSamples(const media::CodecParameters& parameters) {
    if (parameters.av()->frame_size > 0)
        return parameters.av()->frame_size;
    return parameters.codecId() == AV_CODEC_ID_AAC ? 1024 : 0;
}

std::int64_t packetDts(const media::Packet& packet) {
    return packet.dts() != media::kNoPts ? packet.dts() : packet.pts();
}

} // namespace

RecordingFile::RecordingFile(RecordingFileSpec spec, const RecordingSettings& settings,
                             const SessionClock& clock, WriteFaultHook fault)
    : m_spec(std::move(spec))
    , m_settings(settings)
    , m_clock(clock)
    , m_fault(std::move(fault)) {
    m_status.path = m_spec.path;
    m_status.relativePath = m_spec.relativePath;
    m_status.cameraId = m_spec.cameraId;
    m_status.part = m_spec.part;
    m_needKeyframe = m_spec.video.has_value();
}

RecordingFile::~RecordingFile() {
    if (m_muxer)
        abandon(
            makeError(ErrorCode::Internal, "closed without close()", m_spec.path.toStdString()));
}

Expected<void> RecordingFile::write(const media::Packet& packet,
                                    std::optional<std::int64_t> programFrame) {
    if (m_status.state != FileState::Waiting && m_status.state != FileState::Recording)
        return {};
    const bool video = packet.kind() == media::MediaKind::Video;
    if ((video && !m_spec.video) || (!video && !m_spec.audio) || packet.isEmpty() ||
        packetDts(packet) == media::kNoPts) {
        ++m_dropped;
        return {};
    }
    if (!m_muxer) {
        if (m_spec.video && !(video && packet.isKeyframe())) {
            // Nothing can be shown before the first keyframe; audio is kept for its start.
            if (!video)
                keepPreroll(packet);
            else
                ++m_dropped;
            return {};
        }
        return start(packet, programFrame);
    }
    if (video && programFrame)
        m_status.lastProgramFrame = std::max(m_status.lastProgramFrame.value_or(0), *programFrame);
    if (video && m_needKeyframe) {
        if (!packet.isKeyframe()) {
            ++m_dropped;
            return {};
        }
        m_needKeyframe = false;
    }
    return writeMapped(packet);
}

void RecordingFile::keepPreroll(const media::Packet& packet) {
    m_preroll.push_back(packet);
    const std::int64_t newestUs = MediaTime::toUs(packetDts(packet), packet.timeBase());
    while (!m_preroll.empty() &&
           newestUs - MediaTime::toUs(packetDts(m_preroll.front()), m_preroll.front().timeBase()) >
               m_settings.audioPrerollUs) {
        m_preroll.pop_front();
        ++m_dropped;
    }
}

Expected<void> RecordingFile::start(const media::Packet& first,
                                    std::optional<std::int64_t> programFrame) {
    m_originUs = MediaTime::toUs(packetDts(first), first.timeBase());
    m_status.startSessionUs = first.arrivalUs();
    m_status.startWallUs = m_clock.toWallClockUs(first.arrivalUs());
    m_timecode = Timecode::fromWallClock(m_status.startWallUs, m_settings.timecodeFps,
                                         m_settings.timecodeZone);
    m_status.startTimecode = m_timecode.toString();
    if (first.kind() == media::MediaKind::Video && programFrame) {
        m_status.firstProgramFrame = programFrame;
        m_status.lastProgramFrame = programFrame;
    }
    m_metadata = {
        {"timecode", m_timecode.toString().toStdString()},
        {"creation_time", JournalEntry::isoWallTime(m_status.startWallUs).toStdString()},
    };
    if (auto opened = openMuxer(); !opened)
        return fail(opened.error());
    m_status.state = FileState::Recording;
    m_needKeyframe = false;
    qCInfo(lcRecord, "recording %s from timecode %s", qPrintable(m_spec.relativePath),
           qPrintable(m_status.startTimecode));

    // Audio that arrived while waiting and belongs after the keyframe opens the file with it.
    std::deque<media::Packet> preroll;
    preroll.swap(m_preroll);
    for (const media::Packet& audio : preroll) {
        if (MediaTime::toUs(packetDts(audio), audio.timeBase()) < m_originUs) {
            ++m_dropped;
            continue;
        }
        if (auto written = writeMapped(audio); !written)
            return written;
    }
    return writeMapped(first);
}

Expected<void> RecordingFile::openMuxer() {
    auto sink = FileSink::open(m_spec.path, FileSink::Mode::CreateNew, m_fault);
    if (!sink)
        return sink.error();
    m_sink = std::move(*sink);

    media::MuxerSettings settings;
    settings.url = m_spec.path.toStdString();
    settings.formatName = "mp4";
    settings.options = {
        // Self-contained fragments of about a second: what reached the disk plays after a crash.
        {"movflags", "+frag_keyframe+empty_moov+default_base_moof"},
        {"frag_duration", std::to_string(m_settings.fragmentDurationUs)},
        {"write_tmcd", "1"},
        {"max_interleave_delta", std::to_string(m_settings.maxInterleaveDelayUs)},
        {"flush_packets", "1"},
    };
    settings.metadata = m_metadata;
    settings.sink = m_sink;
    auto muxer = media::Muxer::open(std::move(settings));
    if (!muxer)
        return muxer.error();

    const int fps = m_settings.timecodeFps;
    if (m_spec.video) {
        // 1/(1000·fps) holds millisecond timestamps exactly and gives the timecode track a whole
        // number of ticks per frame.
        auto stream =
            muxer->addStream(*m_spec.video, AVRational{1, 1000 * fps}, AVRational{fps, 1});
        if (!stream)
            return stream.error();
        m_tracks[0].stream = *stream;
    }
    if (m_spec.audio) {
        const int rate = m_spec.audio->sampleRate();
        auto stream = muxer->addStream(*m_spec.audio, AVRational{1, rate > 0 ? rate : 1000});
        if (!stream)
            return stream.error();
        m_tracks[1].stream = *stream;
        m_tracks[1].nominalDuration = rate > 0 ? audioFrameSamples(*m_spec.audio) : 0;
    }
    if (auto header = muxer->writeHeader(); !header)
        return header.error();
    for (Track& track : m_tracks) {
        if (track.stream >= 0)
            track.timeBase = muxer->streamTimeBase(track.stream);
    }
    m_muxer.emplace(std::move(*muxer));
    return {};
}

Expected<void> RecordingFile::writeMapped(const media::Packet& packet) {
    Track& track = trackFor(packet.kind());
    const AVRational from = packet.timeBase();
    const std::int64_t origin = MediaTime::fromUs(m_originUs, track.timeBase);
    const std::int64_t inDts = packetDts(packet);
    const std::int64_t inPts = packet.pts() != media::kNoPts ? packet.pts() : inDts;
    std::int64_t dts = MediaTime::rescale(inDts, from, track.timeBase) - origin;
    // The composition offset is rescaled on its own, so B-frame offsets survive exactly.
    std::int64_t pts = dts + MediaTime::rescale(inPts - inDts, from, track.timeBase);
    if (track.any && track.nominalDuration > 0 && pts == dts) {
        // Millisecond stamps jitter around whole audio frames: snap them back onto the grid.
        const std::int64_t expected = track.lastDts + track.nominalDuration;
        if (std::llabs(dts - expected) <= track.nominalDuration / 2)
            dts = pts = expected;
    }
    if (dts < 0 || (track.any && dts <= track.lastDts)) {
        ++m_dropped;
        if (packet.kind() == media::MediaKind::Video)
            m_needKeyframe = true; // later frames would refer to the one dropped
        return {};
    }
    media::Packet mapped = packet;
    mapped.setTimeBase(track.timeBase);
    mapped.setDts(dts);
    mapped.setPts(pts);
    mapped.setDuration(0);
    mapped.setStreamIndex(track.stream);
    return pushHeld(track, std::move(mapped));
}

Expected<void> RecordingFile::pushHeld(Track& track, media::Packet packet) {
    if (track.held) {
        media::Packet held = std::move(*track.held);
        track.lastDuration = packet.dts() - held.dts();
        held.setDuration(track.lastDuration);
        if (auto written = m_muxer->write(held, track.stream); !written)
            return fail(written.error());
        ++(packet.kind() == media::MediaKind::Video ? m_status.videoPackets
                                                    : m_status.audioPackets);
    }
    track.lastDts = packet.dts();
    track.any = true;
    track.held = std::move(packet);
    updateStatus();
    return {};
}

void RecordingFile::updateStatus() {
    std::int64_t durationUs = 0;
    for (const Track& track : m_tracks) {
        if (track.any)
            durationUs = std::max(
                durationUs, MediaTime::toUs(track.lastDts + track.lastDuration, track.timeBase));
    }
    m_status.durationUs = durationUs;
    m_status.bytes = m_sink ? m_sink->size() : 0;
}

Expected<void> RecordingFile::close() {
    if (!m_muxer) {
        if (m_status.state == FileState::Waiting || m_status.state == FileState::Recording)
            m_status.state = FileState::Done;
        m_preroll.clear();
        return {};
    }
    for (Track& track : m_tracks) {
        if (!track.held)
            continue;
        media::Packet last = std::move(*track.held);
        track.held.reset();
        const std::int64_t duration =
            track.lastDuration > 0 ? track.lastDuration : track.nominalDuration;
        last.setDuration(duration);
        track.lastDuration = duration;
        auto written = m_muxer->write(last, track.stream);
        if (!written)
            return fail(written.error());
        ++(last.kind() == media::MediaKind::Video ? m_status.videoPackets : m_status.audioPackets);
    }
    auto finished = m_muxer->finish();
    m_muxer.reset();
    if (!finished)
        return fail(finished.error());
    updateStatus();
    if (auto synced = m_sink->sync(); !synced)
        return fail(synced.error());
    if (auto closed = m_sink->close(); !closed)
        return fail(closed.error());
    m_status.state = FileState::Done;
    qCInfo(lcRecord, "closed %s: %.1f s, %lld bytes", qPrintable(m_spec.relativePath),
           static_cast<double>(m_status.durationUs) / 1e6, static_cast<long long>(m_status.bytes));
    return {};
}

Expected<void> RecordingFile::sync() {
    if (!m_muxer || !m_sink)
        return {};
    if (auto synced = m_sink->sync(); !synced)
        return fail(synced.error());
    return {};
}

Expected<void> RecordingFile::fail(Error error) {
    abandon(error);
    return error;
}

void RecordingFile::abandon(const Error& error) {
    if (m_muxer) {
        // The trailer may fail as well (full disk); the fragments already written still play.
        static_cast<void>(m_muxer->finish());
        m_muxer.reset();
    }
    if (m_sink) {
        static_cast<void>(m_sink->sync());
        static_cast<void>(m_sink->close());
    }
    for (Track& track : m_tracks)
        track.held.reset();
    m_preroll.clear();
    updateStatus();
    m_status.state = FileState::Failed;
    m_status.error = QString::fromStdString(error.toString());
    qCWarning(lcRecord, "file %s failed: %s", qPrintable(m_spec.relativePath),
              error.toString().c_str());
}

} // namespace wl::record
