#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <limits>

struct AVIOInterruptCB;

namespace wl::media {

// Lets another thread cut short libav's blocking network and file I/O (connect, handshake, read,
// write). libav polls it about every 100 ms while it waits; once it fires, the blocked call
// returns AVERROR_EXIT. Shared (std::shared_ptr) by the owner thread and the Muxer/Demuxer, so it
// outlives the format context. All members are thread-safe.
class IoInterrupt {
public:
    using Clock = std::chrono::steady_clock;

    // Aborts every current and future call now (sticky until reset()).
    void requestAbort();
    // Aborts every call still running or started after `deadline` (sticky until reset()); the
    // earliest deadline wins. Gives a graceful shutdown a bounded budget.
    void abortAt(Clock::time_point deadline);
    // Clears abort requests and the operation deadline.
    void reset();

    // The deadline of the one operation in progress (set by the I/O owner around each call).
    void setOperationDeadline(Clock::time_point deadline);
    void clearOperationDeadline();

    bool abortRequested() const;
    // True when libav should give up now.
    bool shouldInterrupt() const;

    // For AVFormatContext::interrupt_callback and avio_open2(); valid while this object lives.
    AVIOInterruptCB callback();

private:
    static int check(void* opaque);
    static std::int64_t toTicks(Clock::time_point time);

    static constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();
    std::atomic<bool> m_abort{false};
    std::atomic<std::int64_t> m_abortDeadline{kNever};
    std::atomic<std::int64_t> m_operationDeadline{kNever};
};

} // namespace wl::media
