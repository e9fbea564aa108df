#include "RestreamDestination.h"

#include <QString>

#include "OutputLog.h"
#include "media/AvError.h"
#include "media/IoInterrupt.h"
#include "media/LibAv.h"
#include "media/Muxer.h"

namespace wl::output {

namespace {

constexpr std::chrono::milliseconds kPopWait{200};
constexpr std::chrono::milliseconds kIdleWait{1000};
constexpr AVRational kMicroseconds{1, 1'000'000};

bool isPermanent(const Error& error) {
    // A refused key, a URL libav cannot use or a protocol it lacks will not heal by retrying.
    return error.code == ErrorCode::Refused || error.code == ErrorCode::Unsupported ||
           error.code == ErrorCode::InvalidArgument;
}

std::string describe(const Error& error) {
    if (error.code == ErrorCode::Refused)
        return "the server refused the stream (check the stream key): " + error.message;
    return error.message;
}

} // namespace

RestreamDestination::RestreamDestination(RestreamTarget target, RestreamSettings settings,
                                         std::function<void()> requestKeyframe)
    : m_target(std::move(target))
    , m_settings(settings)
    , m_requestKeyframe(std::move(requestKeyframe))
    , m_epoch(std::chrono::steady_clock::now())
    , m_interrupt(std::make_shared<media::IoInterrupt>())
    , m_queue(settings.queuePackets, settings.queueBytes)
    , m_enabled(m_target.enabled)
    , m_machine(m_settings)
    , m_bitrate(static_cast<int>(settings.bitrateWindow.count())) {
}

RestreamDestination::~RestreamDestination() = default;

std::int64_t RestreamDestination::nowUs() const {
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                 m_epoch)
        .count();
}

void RestreamDestination::push(const media::Packet& packet) {
    m_queue.push(packet);
}

void RestreamDestination::setStreams(const ProgramStreams& streams) {
    {
        std::lock_guard lock(m_mutex);
        m_streams = Streams{streams, m_generation.load() + 1};
        m_generation = m_streams->generation;
        m_controlChanged = true;
    }
    m_control.notify_all();
    m_queue.wake();
}

void RestreamDestination::setActive(bool active) {
    m_active = active;
    changed(!active);
}

void RestreamDestination::setEnabled(bool enabled) {
    m_enabled = enabled;
    if (enabled) {
        std::lock_guard lock(m_mutex);
        m_machine.enable();
    }
    changed(!enabled);
}

void RestreamDestination::changed(bool abortConnecting) {
    {
        std::lock_guard lock(m_mutex);
        m_controlChanged = true;
        // A live connection ends cleanly within a pop wait; a hanging connect is cut short.
        if (abortConnecting && m_machine.status() != RestreamStatus::Live)
            m_interrupt->requestAbort();
    }
    m_control.notify_all();
    m_queue.wake();
}

bool RestreamDestination::wanted() const {
    return m_active && m_enabled;
}

RestreamSnapshot RestreamDestination::snapshot() const {
    RestreamSnapshot snapshot;
    snapshot.id = m_target.id;
    snapshot.name = m_target.name;
    snapshot.url = m_target.publicUrl();
    snapshot.maskedKey = m_target.maskedKey();
    snapshot.enabled = m_enabled;
    snapshot.packetsDropped = m_queue.droppedTotal();
    snapshot.queuedPackets = m_queue.size();
    const std::int64_t now = nowUs();
    std::lock_guard lock(m_mutex);
    snapshot.status = m_machine.status();
    snapshot.lastError = m_machine.lastError();
    snapshot.reconnects = m_machine.reconnects();
    snapshot.consecutiveFailures = m_machine.consecutiveFailures();
    snapshot.bytesSent = m_bytesSent;
    snapshot.packetsSent = m_packetsSent;
    snapshot.packetsDropped += m_outOfOrder;
    if (snapshot.status == RestreamStatus::Live) {
        snapshot.bitrateKbps = m_bitrate.bitsPerSecond(now) / 1000.0;
        snapshot.uptimeMs = (now - m_machine.liveSinceUs()) / 1000;
    }
    if (m_machine.retryAtUs() >= 0)
        snapshot.retryInMs = std::max<std::int64_t>(0, (m_machine.retryAtUs() - now) / 1000);
    return snapshot;
}

void RestreamDestination::run(std::stop_token stop) {
    const std::stop_callback onStop(stop, [this] {
        m_interrupt->requestAbort();
        m_control.notify_all();
        m_queue.wake();
    });
    const QString label = QString::fromStdString(m_target.id);
    while (!stop.stop_requested()) {
        std::unique_lock lock(m_mutex);
        const bool want = wanted() && m_streams.has_value();
        if (!want && m_machine.status() != RestreamStatus::Idle &&
            m_machine.status() != RestreamStatus::Failed)
            m_machine.stopped();
        const std::int64_t now = nowUs();
        if (!m_machine.shouldConnect(want, now)) {
            const auto retryAt = m_machine.retryAtUs();
            const auto wait =
                retryAt >= 0 ? std::chrono::milliseconds((retryAt - now) / 1000 + 1) : kIdleWait;
            m_control.wait_for(lock, stop, wait, [this] { return m_controlChanged; });
            m_controlChanged = false;
            continue;
        }
        m_machine.attemptStarted();
        const Streams streams = *m_streams;
        lock.unlock();

        qCInfo(lcOutput).noquote() << "restream" << label << "connecting to"
                                   << QString::fromStdString(m_target.publicUrl());
        auto result = connectAndSend(stop, streams);
        m_queue.close();

        lock.lock();
        if (stop.stop_requested())
            break;
        if (!result && wanted() && m_generation == streams.generation) {
            if (result.error().code == ErrorCode::Unavailable && !m_interrupt->abortRequested()) {
                // Nobody asked to abort: the I/O deadline cut a connect or write that hung.
                result = makeError(ErrorCode::Timeout,
                                   "no answer within " +
                                       std::to_string(m_settings.ioTimeout.count()) + " ms",
                                   result.error().context);
            }
            const bool permanent = isPermanent(result.error());
            const auto status = m_machine.failed(describe(result.error()), permanent, nowUs());
            qCWarning(lcOutput).noquote()
                << "restream" << label << QString::fromStdString(result.error().toString())
                << (status == RestreamStatus::Failed ? "- giving up until re-enabled"
                                                     : "- will retry");
        } else if (!wanted()) {
            m_machine.stopped();
            qCInfo(lcOutput).noquote() << "restream" << label << "stopped";
        } else {
            // New streams: reconnect at once with the new configuration.
            m_machine.stopped();
        }
    }
    std::lock_guard lock(m_mutex);
    m_machine.stopped();
}

Expected<void> RestreamDestination::connectAndSend(const std::stop_token& stop,
                                                   const Streams& streams) {
    m_interrupt->reset();
    if (stop.stop_requested() || !wanted())
        return {};
    media::MuxerSettings settings;
    settings.url = m_target.publishUrl();
    settings.formatName = "flv";
    // A live stream cannot seek back to patch the duration and size into the header.
    settings.options = {{"flvflags", "no_duration_filesize"}};
    settings.interrupt = m_interrupt;
    settings.ioTimeout = m_settings.ioTimeout;
    auto muxer = media::Muxer::open(std::move(settings));
    if (!muxer) {
        // Never echo the key: libav names the URL in its context.
        auto error = muxer.error();
        error.context = "restream " + m_target.id + ": " + m_target.publicUrl();
        return error;
    }
    const AVRational frameRate{streams.streams.videoTimeBase.den,
                               streams.streams.videoTimeBase.num};
    auto video = muxer->addStream(streams.streams.video, streams.streams.videoTimeBase, frameRate);
    if (!video)
        return video.error();
    auto audio = muxer->addStream(streams.streams.audio, streams.streams.audioTimeBase);
    if (!audio)
        return audio.error();
    if (auto header = muxer->writeHeader(); !header)
        return header.error().wrapped("restream " + m_target.id);

    m_queue.open();
    if (m_requestKeyframe)
        m_requestKeyframe();
    m_baseUs = -1;
    m_haveVideo = false;
    m_haveAudio = false;
    {
        std::lock_guard lock(m_mutex);
        m_machine.connected(nowUs());
        m_bitrate.reset();
    }
    qCInfo(lcOutput).noquote() << "restream" << QString::fromStdString(m_target.id) << "live";
    auto sent = sendUntilUnwanted(stop, *muxer, streams.generation);
    if (!sent)
        return sent.error().wrapped("restream " + m_target.id);
    if (!stop.stop_requested()) {
        if (auto finished = muxer->finish(); !finished)
            qCDebug(lcOutput).noquote() << "restream" << QString::fromStdString(m_target.id)
                                        << "closed without a clean end:"
                                        << QString::fromStdString(finished.error().toString());
    }
    return {};
}

Expected<void> RestreamDestination::sendUntilUnwanted(const std::stop_token& stop,
                                                      media::Muxer& muxer,
                                                      std::uint64_t generation) {
    auto lastPacket = std::chrono::steady_clock::now();
    while (!stop.stop_requested() && wanted() && m_generation == generation) {
        auto packet = m_queue.popFor(kPopWait, stop);
        if (!packet) {
            // No keyframe yet (or the encoder is idle): ask again rather than wait for the GOP.
            if (m_baseUs < 0 &&
                std::chrono::steady_clock::now() - lastPacket > m_settings.keyframeWait) {
                if (m_requestKeyframe)
                    m_requestKeyframe();
                lastPacket = std::chrono::steady_clock::now();
            }
            continue;
        }
        lastPacket = std::chrono::steady_clock::now();
        const Rebase rebased = rebase(*packet);
        if (rebased == Rebase::OutOfOrder) {
            std::lock_guard lock(m_mutex);
            ++m_outOfOrder;
        }
        if (rebased != Rebase::Sent)
            continue;
        const int index = packet->kind() == media::MediaKind::Video ? 0 : 1;
        if (auto written = muxer.write(*packet, index); !written)
            return written.error();
        std::lock_guard lock(m_mutex);
        m_bytesSent += static_cast<std::uint64_t>(packet->size());
        ++m_packetsSent;
        m_bitrate.add(nowUs(), static_cast<std::uint64_t>(packet->size()));
    }
    return {};
}

RestreamDestination::Rebase RestreamDestination::rebase(media::Packet& packet) {
    const std::int64_t dts = packet.dts() != media::kNoPts ? packet.dts() : packet.pts();
    if (dts == media::kNoPts)
        return Rebase::OutOfOrder;
    if (m_baseUs < 0) {
        // The queue opens on a video keyframe; the connection's time zero is that picture.
        m_baseUs = av_rescale_q(dts, packet.timeBase(), kMicroseconds);
    }
    const std::int64_t offset = av_rescale_q(m_baseUs, kMicroseconds, packet.timeBase());
    const std::int64_t rebased = dts - offset;
    const bool video = packet.kind() == media::MediaKind::Video;
    // Audio encoded before the first picture, and anything out of order (an encoder restart),
    // would break FLV's rising timestamps.
    if (rebased < 0)
        return Rebase::BeforeStart;
    if (video ? (m_haveVideo && rebased <= m_lastVideoDts)
              : (m_haveAudio && rebased <= m_lastAudioDts))
        return Rebase::OutOfOrder;
    if (video) {
        m_lastVideoDts = rebased;
        m_haveVideo = true;
    } else {
        m_lastAudioDts = rebased;
        m_haveAudio = true;
    }
    if (packet.pts() != media::kNoPts)
        packet.setPts(packet.pts() - offset);
    packet.setDts(rebased);
    return Rebase::Sent;
}

} // namespace wl::output
