#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <variant>
#include <vector>

#include "HlsFragmenter.h"
#include "HlsPackagerSettings.h"
#include "HlsSource.h"
#include "PacketConsumer.h"
#include "common/BoundedQueue.h"
#include "common/SessionClock.h"

namespace wl::output {

// A program switch to put into the playlists (see HlsPackager::noteSwitch).
struct HlsSwitchMark {
    std::int64_t programFrame = 0; // the first frame showing the new camera
    std::int64_t sessionUs = 0;    // that frame's session time (used if the frame is unknown)
    QString cameraId;
    QString cameraName;
};

// Packages the encoded program as CMAF/fMP4 HLS in memory: an init segment, segments cut at
// keyframes (segmentSeconds, 1 s by default, as the encoder's GOP), parts of about partSeconds,
// and the playlists (HlsPlaylistWriter). Readers use the HlsSource side.
//
// Threads: the encoder thread calls the PacketConsumer side, which only queues (bounded; when
// full, packets are dropped and the stream resumes at the next keyframe) and never waits. Any
// thread may call noteSwitch() and endStream(). All muxing happens in run() on the packager's
// own thread, which the Session owns.
class HlsPackager : public PacketConsumer, public HlsSource {
public:
    struct Stats {
        std::uint64_t packetsIn = 0;
        std::uint64_t packetsDropped = 0; // queue full or waiting for a keyframe
        std::uint64_t segments = 0;
        std::uint64_t parts = 0;
        std::uint64_t muxErrors = 0;
    };

    HlsPackager(HlsPackagerSettings settings, const SessionClock& clock);
    ~HlsPackager() override;

    // Encoder thread.
    void streamsStarted(const ProgramStreams& streams) override;
    void packetReady(const media::Packet& packet) override;

    // Any thread: a switch shows as EXT-X-DATERANGE from the next playlist on.
    void noteSwitch(HlsSwitchMark mark);
    // Any thread: the event ended. Once the encoder's last packets are in, the open segment is
    // closed and the playlists get EXT-X-ENDLIST; later packets are ignored.
    void endStream();

    // Packager thread: works until stopped.
    void run(std::stop_token stop);
    // Packager thread: handles at most one queued item, waiting up to `wait` for one; returns
    // whether it handled one. run() is a loop over this (tests and benchmarks call it directly).
    bool step(std::chrono::milliseconds wait);

    // HlsSource
    std::shared_ptr<const HlsSnapshot> snapshot() const override;
    ListenerId addListener(Listener listener) override;
    void removeListener(ListenerId id) override;

    Stats stats() const;
    const HlsPackagerSettings& settings() const { return m_settings; }

private:
    struct Item {
        std::variant<ProgramStreams, media::Packet> content;
        bool afterLoss = false; // packets before this one were dropped
    };
    struct SegmentAnchor {
        std::uint64_t sequence = 0;
        std::int64_t startPts = 0; // video pts (program frame) of the segment's first frame
        std::int64_t programDateTimeUs = 0;
    };

    void handleStreams(const ProgramStreams& streams);
    void handlePacket(const media::Packet& packet, bool afterLoss);
    void handleVideo(const media::Packet& packet);
    void openSegment(const media::Packet& keyframe);
    bool closePart(std::int64_t endPts);
    void closeSegment(std::int64_t endPts);
    void finishAt(std::int64_t endPts); // closes the open part and segment (gap, loss, end)
    bool segmentCutWanted(std::int64_t pts) const;
    void applySwitchMarks();
    void maybeEnd();
    void trimWindow();
    void publish(const std::vector<HlsUpdate>& updates);
    std::int64_t programDateTimeOf(std::int64_t programFrame, std::int64_t sessionUs) const;
    double framesToSeconds(std::int64_t frames) const;
    QString partName(std::uint64_t sequence, int index) const;

    const HlsPackagerSettings m_settings;
    const SessionClock& m_clock;
    const QString m_runId; // makes names unique across runs, so media can be cached for good

    // Encoder thread → packager thread.
    BoundedQueue<Item> m_queue;
    bool m_lossPending = false; // encoder thread only
    std::atomic<std::uint64_t> m_packetsIn{0};
    std::atomic<std::uint64_t> m_packetsDropped{0};

    std::mutex m_controlMutex;
    std::vector<HlsSwitchMark> m_switchMarks;
    std::atomic<bool> m_endRequested{false};
    std::atomic<std::int64_t> m_endRequestedNs{0};

    // Packager thread only.
    std::optional<ProgramStreams> m_streams;
    std::optional<HlsFragmenter> m_fragmenter;
    HlsSnapshot m_state; // the working copy; published copies go to m_snapshot
    std::deque<SegmentAnchor> m_anchors;
    std::uint64_t m_nextSequence = 0;
    std::uint64_t m_dateRangeCount = 0;
    bool m_waitingForKeyframe = true;
    bool m_segmentOpen = false;
    std::int64_t m_segmentStartPts = 0;
    std::int64_t m_partStartPts = 0;
    bool m_partIndependent = false;
    std::int64_t m_lastVideoPts = 0;
    std::int64_t m_lastVideoDuration = 1;
    std::optional<std::int64_t> m_lastKeyframePts;
    std::int64_t m_gopFrames = 0; // longest keyframe interval seen
    std::int64_t m_partFrames = 10;
    std::chrono::steady_clock::time_point m_lastPacketAt{};
    std::vector<HlsUpdate> m_pendingUpdates;
    std::atomic<std::uint64_t> m_segmentsMade{0};
    std::atomic<std::uint64_t> m_partsMade{0};
    std::atomic<std::uint64_t> m_muxErrors{0};

    mutable std::mutex m_snapshotMutex;
    std::shared_ptr<const HlsSnapshot> m_snapshot;

    std::mutex m_listenersMutex;
    std::vector<std::pair<ListenerId, Listener>> m_listeners;
    ListenerId m_nextListenerId = 1;
};

} // namespace wl::output
