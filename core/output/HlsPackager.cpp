#include "HlsPackager.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QRandomGenerator>

#include "HlsPlaylistWriter.h"
#include "OutputLog.h"

namespace wl::output {

namespace {

// A jump in the video time line longer than this (and than two segments) means the program
// output stopped for a while: the open segment ends where the pictures stopped. Shorter jumps
// are frames an overloaded encoder dropped; the segment goes on.
constexpr double kGapSeconds = 2.0;
constexpr int kErrorsLogged = 5;

QString makeRunId() {
    const quint64 seed = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()) ^
                         (static_cast<quint64>(QRandomGenerator::global()->generate()) << 20);
    return QString::number(seed % 2176782336ULL, 36).rightJustified(6, QLatin1Char('0'));
}

std::int64_t steadyNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

HlsPackager::HlsPackager(HlsPackagerSettings settings, const SessionClock& clock)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_runId(makeRunId())
    , m_queue(m_settings.queuePackets, OverflowPolicy::DropNewest)
    , m_snapshot(std::make_shared<HlsSnapshot>()) {
    m_state.initName = m_runId + QStringLiteral("-init.mp4");
    m_state.targetDurationSeconds = std::max(1.0, std::ceil(m_settings.segmentSeconds - 1e-6));
}

HlsPackager::~HlsPackager() {
    // Orders the destruction after the last removeListener() of a reader on another thread
    // (joined through Qt, which ThreadSanitizer cannot see).
    std::lock_guard lock(m_listenersMutex);
    m_listeners.clear();
}

void HlsPackager::streamsStarted(const ProgramStreams& streams) {
    m_queue.push(Item{streams, false});
}

void HlsPackager::packetReady(const media::Packet& packet) {
    ++m_packetsIn;
    const auto pushed = m_queue.push(Item{packet, m_lossPending});
    m_lossPending = !pushed.accepted;
    if (!pushed.accepted)
        ++m_packetsDropped;
}

void HlsPackager::noteSwitch(HlsSwitchMark mark) {
    std::lock_guard lock(m_controlMutex);
    m_switchMarks.push_back(std::move(mark));
}

void HlsPackager::endStream() {
    if (m_endRequested.load())
        return;
    m_endRequestedNs = steadyNs();
    m_endRequested = true;
}

void HlsPackager::run(std::stop_token stop) {
    using namespace std::chrono_literals;
    while (!stop.stop_requested())
        step(50ms);
}

bool HlsPackager::step(std::chrono::milliseconds wait) {
    // Without a wait, no condition-variable wait either (a zero-timeout wait still sleeps).
    auto item = wait.count() > 0 ? m_queue.popFor(wait) : m_queue.tryPop();
    if (item) {
        m_lastPacketAt = std::chrono::steady_clock::now();
        if (const auto* streams = std::get_if<ProgramStreams>(&item->content))
            handleStreams(*streams);
        else
            handlePacket(std::get<media::Packet>(item->content), item->afterLoss);
    }
    applySwitchMarks();
    maybeEnd();
    return item.has_value();
}

void HlsPackager::handleStreams(const ProgramStreams& streams) {
    if (m_fragmenter || m_state.ended) {
        // The program encoder opens once per session; a second configuration would need a new
        // init segment and a discontinuity, which nothing produces today.
        qCWarning(lcOutput) << "HLS: program streams announced again; keeping the first";
        return;
    }
    auto fragmenter = HlsFragmenter::open(streams);
    if (!fragmenter) {
        ++m_muxErrors;
        qCWarning(lcOutput).noquote() << "HLS packager cannot start:"
                                      << QString::fromStdString(fragmenter.error().toString());
        return;
    }
    m_streams = streams;
    m_fragmenter.emplace(std::move(fragmenter).value());
    const double fps =
        static_cast<double>(streams.videoTimeBase.den) / std::max(1, streams.videoTimeBase.num);
    m_partFrames = std::max<std::int64_t>(1, std::lround(m_settings.partSeconds * fps));
    m_gopFrames = std::max<std::int64_t>(1, std::lround(m_settings.segmentSeconds * fps));
    m_state.partTargetSeconds = framesToSeconds(m_partFrames);
    m_state.initSegment = m_fragmenter->initSegment();
    m_state.started = true;
    publish({HlsUpdate{HlsUpdate::Kind::Started, 0, -1}});
}

void HlsPackager::handlePacket(const media::Packet& packet, bool afterLoss) {
    if (!m_fragmenter || m_state.ended) {
        ++m_packetsDropped;
        return;
    }
    if (afterLoss && m_segmentOpen) {
        // Packets were lost before this one: end cleanly and resume at the next keyframe.
        finishAt(m_lastVideoPts + m_lastVideoDuration);
        m_waitingForKeyframe = true;
    }
    if (packet.kind() == media::MediaKind::Video) {
        handleVideo(packet);
        return;
    }
    if (m_waitingForKeyframe) {
        ++m_packetsDropped;
        return;
    }
    if (auto written = m_fragmenter->write(packet); !written) {
        if (m_muxErrors++ < kErrorsLogged)
            qCWarning(lcOutput).noquote()
                << "HLS audio:" << QString::fromStdString(written.error().toString());
    }
}

void HlsPackager::handleVideo(const media::Packet& packet) {
    const std::int64_t pts = packet.pts();
    const bool keyframe = packet.isKeyframe();
    std::vector<HlsUpdate> updates;
    const double gap = std::max(kGapSeconds, 2 * m_settings.segmentSeconds);
    if (m_segmentOpen && framesToSeconds(pts - m_lastVideoPts) > gap) {
        finishAt(m_lastVideoPts + m_lastVideoDuration);
        m_waitingForKeyframe = true;
    }
    if (keyframe) {
        if (m_lastKeyframePts && !m_waitingForKeyframe) {
            const std::int64_t interval = pts - *m_lastKeyframePts;
            if (framesToSeconds(interval) <= 4 * m_settings.segmentSeconds)
                m_gopFrames = std::max(m_gopFrames, interval);
        }
        m_lastKeyframePts = pts;
    }

    if (m_waitingForKeyframe) {
        if (!keyframe) {
            ++m_packetsDropped;
            return;
        }
        m_waitingForKeyframe = false;
        openSegment(packet);
    } else if (keyframe && segmentCutWanted(pts)) {
        closePart(pts);
        closeSegment(pts);
        openSegment(packet);
    } else if (pts - m_partStartPts >= m_partFrames) {
        closePart(pts);
        m_partStartPts = pts;
        m_partIndependent = keyframe;
    }

    if (auto written = m_fragmenter->write(packet); !written) {
        if (m_muxErrors++ < kErrorsLogged)
            qCWarning(lcOutput).noquote()
                << "HLS video:" << QString::fromStdString(written.error().toString());
    }
    m_lastVideoPts = pts;
    m_lastVideoDuration = std::max<std::int64_t>(1, packet.duration());
    if (!m_pendingUpdates.empty()) {
        updates.swap(m_pendingUpdates);
        publish(updates);
    }
}

bool HlsPackager::segmentCutWanted(std::int64_t pts) const {
    const double elapsed = framesToSeconds(pts - m_segmentStartPts);
    if (elapsed <= 0)
        return false;
    const double frame = framesToSeconds(1);
    if (elapsed >= m_settings.segmentSeconds - frame / 2)
        return true;
    // An early (requested) keyframe: cut here when waiting for the next regular one would make
    // the segment longer than EXT-X-TARGETDURATION allows (rounded, as the spec compares).
    const double longest = m_state.targetDurationSeconds + 0.5 - frame;
    return elapsed + framesToSeconds(m_gopFrames) > longest;
}

void HlsPackager::openSegment(const media::Packet& keyframe) {
    const std::uint64_t sequence = m_nextSequence++;
    m_segmentOpen = true;
    m_segmentStartPts = keyframe.pts();
    m_partStartPts = keyframe.pts();
    m_partIndependent = true;
    HlsOpenSegment open;
    open.sequence = sequence;
    open.programDateTimeUs = m_clock.toWallClockUs(keyframe.arrivalUs());
    m_anchors.push_back(SegmentAnchor{sequence, keyframe.pts(), open.programDateTimeUs});
    m_state.open = std::move(open);
}

bool HlsPackager::closePart(std::int64_t endPts) {
    if (!m_state.open || !m_fragmenter->hasPendingPackets())
        return false;
    auto bytes = m_fragmenter->cut();
    if (!bytes) {
        if (m_muxErrors++ < kErrorsLogged)
            qCWarning(lcOutput).noquote()
                << "HLS part:" << QString::fromStdString(bytes.error().toString());
        return false;
    }
    HlsOpenSegment& open = *m_state.open;
    HlsPart part;
    part.index = static_cast<int>(open.parts.size());
    part.name = partName(open.sequence, part.index);
    part.durationSeconds = framesToSeconds(endPts - m_partStartPts);
    part.independent = m_partIndependent;
    part.bytes = std::move(bytes).value();
    m_pendingUpdates.push_back(HlsUpdate{HlsUpdate::Kind::Part, open.sequence, part.index});
    open.parts.push_back(std::move(part));
    ++m_partsMade;
    return true;
}

void HlsPackager::closeSegment(std::int64_t endPts) {
    HlsOpenSegment open = std::move(*m_state.open);
    m_state.open.reset();
    m_segmentOpen = false;
    HlsSegment segment;
    segment.sequence = open.sequence;
    segment.name =
        m_runId + QLatin1Char('-') + QString::number(open.sequence) + QStringLiteral(".m4s");
    segment.durationSeconds = framesToSeconds(endPts - m_segmentStartPts);
    segment.programDateTimeUs = open.programDateTimeUs;
    qsizetype size = 0;
    for (const HlsPart& part : open.parts)
        size += part.bytes.size();
    segment.bytes.reserve(size);
    for (const HlsPart& part : open.parts)
        segment.bytes += part.bytes;
    segment.parts = std::move(open.parts);
    m_pendingUpdates.push_back(HlsUpdate{HlsUpdate::Kind::Segment, segment.sequence, -1});
    m_state.segments.push_back(std::move(segment));
    ++m_segmentsMade;
    trimWindow();
}

void HlsPackager::finishAt(std::int64_t endPts) {
    if (!m_segmentOpen)
        return;
    closePart(endPts);
    if (m_state.open && !m_state.open->parts.empty()) {
        closeSegment(endPts);
    } else {
        // Nothing was written: give the sequence number back, so the numbers have no hole.
        if (m_state.open)
            m_nextSequence = m_state.open->sequence;
        if (!m_anchors.empty() && m_anchors.back().sequence == m_nextSequence)
            m_anchors.pop_back();
        m_state.open.reset();
        m_segmentOpen = false;
    }
    std::vector<HlsUpdate> updates;
    updates.swap(m_pendingUpdates);
    publish(updates);
}

void HlsPackager::trimWindow() {
    auto& segments = m_state.segments;
    std::size_t listed = 0;
    for (const HlsSegment& segment : segments)
        listed += segment.sequence >= m_state.firstPlaylistSequence ? 1 : 0;
    while (listed > m_settings.windowSegments) {
        ++m_state.firstPlaylistSequence;
        --listed;
    }
    while (segments.size() > m_settings.windowSegments + m_settings.lingerSegments)
        segments.erase(segments.begin());
    while (!m_anchors.empty() && !segments.empty() &&
           m_anchors.front().sequence < segments.front().sequence)
        m_anchors.pop_front();
    // Date ranges before the playlists' first segment are history for every player.
    std::int64_t firstDate = 0;
    for (const HlsSegment& segment : segments) {
        if (segment.sequence >= m_state.firstPlaylistSequence) {
            firstDate = segment.programDateTimeUs;
            break;
        }
    }
    auto& ranges = m_state.dateRanges;
    ranges.erase(std::remove_if(
                     ranges.begin(), ranges.end(),
                     [firstDate](const HlsDateRange& range) { return range.startUs < firstDate; }),
                 ranges.end());
}

void HlsPackager::applySwitchMarks() {
    std::vector<HlsSwitchMark> marks;
    {
        std::lock_guard lock(m_controlMutex);
        marks.swap(m_switchMarks);
    }
    if (marks.empty() || m_state.ended)
        return;
    for (const HlsSwitchMark& mark : marks) {
        HlsDateRange range;
        range.id = QStringLiteral("switch-%1-%2").arg(m_runId).arg(++m_dateRangeCount);
        range.startUs = programDateTimeOf(mark.programFrame, mark.sessionUs);
        range.cameraId = mark.cameraId;
        range.cameraName = mark.cameraName;
        m_state.dateRanges.push_back(std::move(range));
    }
    publish({});
}

std::int64_t HlsPackager::programDateTimeOf(std::int64_t programFrame,
                                            std::int64_t sessionUs) const {
    // Video pts are program frame numbers: the segment holding the frame gives its media time,
    // and the segment's date plus that offset is the frame's date as players compute it.
    if (m_streams) {
        for (auto it = m_anchors.rbegin(); it != m_anchors.rend(); ++it) {
            if (it->startPts <= programFrame)
                return it->programDateTimeUs +
                       std::llround(framesToSeconds(programFrame - it->startPts) * 1e6);
        }
    }
    return m_clock.toWallClockUs(sessionUs);
}

void HlsPackager::maybeEnd() {
    if (!m_endRequested.load() || m_state.ended)
        return;
    using namespace std::chrono;
    const auto now = steady_clock::now();
    const bool quiet = now - m_lastPacketAt >= milliseconds(m_settings.endQuietMs);
    const bool waitedEnough =
        steadyNs() - m_endRequestedNs.load() >= std::int64_t{m_settings.endWaitMaxMs} * 1000000;
    if (!((quiet && m_queue.size() == 0) || waitedEnough))
        return;
    if (m_fragmenter)
        finishAt(m_lastVideoPts + m_lastVideoDuration);
    m_state.ended = true;
    publish({HlsUpdate{HlsUpdate::Kind::Ended, 0, -1}});
    qCInfo(lcOutput) << "HLS ended after" << m_segmentsMade << "segments";
}

void HlsPackager::publish(const std::vector<HlsUpdate>& updates) {
    m_state.preloadHintName =
        (!m_state.ended && m_state.open)
            ? partName(m_state.open->sequence, static_cast<int>(m_state.open->parts.size()))
            : QString();
    m_state.lowLatencyPlaylist = HlsPlaylistWriter::lowLatency(m_state, m_settings.partListSeconds);
    m_state.plainPlaylist = HlsPlaylistWriter::plain(m_state);
    auto published = std::make_shared<const HlsSnapshot>(m_state);
    {
        std::lock_guard lock(m_snapshotMutex);
        m_snapshot = std::move(published);
    }
    if (updates.empty())
        return;
    std::lock_guard lock(m_listenersMutex);
    for (const HlsUpdate& update : updates) {
        for (const auto& [id, listener] : m_listeners)
            listener(update);
    }
}

std::shared_ptr<const HlsSnapshot> HlsPackager::snapshot() const {
    std::lock_guard lock(m_snapshotMutex);
    return m_snapshot;
}

HlsSource::ListenerId HlsPackager::addListener(Listener listener) {
    std::lock_guard lock(m_listenersMutex);
    const ListenerId id = m_nextListenerId++;
    m_listeners.emplace_back(id, std::move(listener));
    return id;
}

void HlsPackager::removeListener(ListenerId id) {
    std::lock_guard lock(m_listenersMutex);
    m_listeners.erase(std::remove_if(m_listeners.begin(), m_listeners.end(),
                                     [id](const auto& entry) { return entry.first == id; }),
                      m_listeners.end());
}

HlsPackager::Stats HlsPackager::stats() const {
    Stats stats;
    stats.packetsIn = m_packetsIn.load();
    stats.packetsDropped = m_packetsDropped.load();
    stats.segments = m_segmentsMade.load();
    stats.parts = m_partsMade.load();
    stats.muxErrors = m_muxErrors.load();
    return stats;
}

double HlsPackager::framesToSeconds(std::int64_t frames) const {
    if (!m_streams)
        return 0;
    return static_cast<double>(frames) * m_streams->videoTimeBase.num /
           m_streams->videoTimeBase.den;
}

QString HlsPackager::partName(std::uint64_t sequence, int index) const {
    return m_runId + QLatin1Char('-') + QString::number(sequence) + QLatin1Char('.') +
           QString::number(index) + QStringLiteral(".m4s");
}

} // namespace wl::output
