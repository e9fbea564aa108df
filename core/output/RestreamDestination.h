#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>

#include "BitrateMeter.h"
#include "ProgramStreams.h"
#include "RestreamQueue.h"
#include "RestreamSettings.h"
#include "RestreamSnapshot.h"
#include "RestreamStateMachine.h"
#include "RestreamTarget.h"
#include "common/Expected.h"

namespace wl::media {
class IoInterrupt;
class Muxer;
} // namespace wl::media

namespace wl::output {

// One RTMP restream destination: the encoder's packets (no second encode) go through a bounded
// RestreamQueue to run(), which the Session runs on a thread of its own. run() connects with
// libavformat's RTMP client (flv over rtmp://) while the destination is wanted (program output on
// and enabled), starts each connection at a keyframe with timestamps rebased to zero, and on any
// failure reconnects with backoff (RestreamStateMachine). Blocking libav I/O is bounded by the
// I/O timeout and aborted through an IoInterrupt on stop and disable.
class RestreamDestination {
public:
    RestreamDestination(RestreamTarget target, RestreamSettings settings,
                        std::function<void()> requestKeyframe);
    ~RestreamDestination();

    const std::string& id() const { return m_target.id; }

    // Encoder thread; never waits.
    void push(const media::Packet& packet);
    // Any thread. New streams make a live connection reconnect with the new configuration.
    void setStreams(const ProgramStreams& streams);
    void setActive(bool active);
    // The director's start/stop; starting a failed destination gives it a fresh start.
    void setEnabled(bool enabled);
    RestreamSnapshot snapshot() const;

    // The destination's thread: returns when `stop` is requested.
    void run(std::stop_token stop);

private:
    struct Streams {
        ProgramStreams streams;
        std::uint64_t generation = 0;
    };
    bool wanted() const;
    void changed(bool abortConnecting);
    // One connection from open to close; an error when it failed.
    Expected<void> connectAndSend(const std::stop_token& stop, const Streams& streams);
    Expected<void> sendUntilUnwanted(const std::stop_token& stop, media::Muxer& muxer,
                                     std::uint64_t generation);
    enum class Rebase { Sent, BeforeStart, OutOfOrder };
    // Rebases `packet` onto this connection's time line, or says why it must be skipped.
    Rebase rebase(media::Packet& packet);
    std::int64_t nowUs() const;

    const RestreamTarget m_target;
    const RestreamSettings m_settings;
    const std::function<void()> m_requestKeyframe;
    const std::chrono::steady_clock::time_point m_epoch;
    std::shared_ptr<media::IoInterrupt> m_interrupt;
    RestreamQueue m_queue;

    std::atomic<bool> m_active{false};
    std::atomic<bool> m_enabled;
    std::atomic<std::uint64_t> m_generation{0};

    mutable std::mutex m_mutex;
    std::condition_variable_any m_control;
    bool m_controlChanged = false;
    std::optional<Streams> m_streams;
    RestreamStateMachine m_machine;
    BitrateMeter m_bitrate;
    std::uint64_t m_bytesSent = 0;
    std::uint64_t m_packetsSent = 0;
    std::uint64_t m_outOfOrder = 0;

    // Worker thread only: the current connection's time line.
    std::int64_t m_baseUs = -1;
    std::int64_t m_lastVideoDts = 0;
    std::int64_t m_lastAudioDts = 0;
    bool m_haveVideo = false;
    bool m_haveAudio = false;
};

} // namespace wl::output
