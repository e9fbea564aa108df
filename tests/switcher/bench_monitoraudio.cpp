// What headphone monitoring costs the program thread per tick, beside a plain copy of the same
// samples (the least any tap could do). Run by hand (not under CTest):
//   build/tests/switcher/bench_monitoraudio
// A reader thread drains the buffer like a QAudioSink pulling 10 ms periods, so the writer meets
// real lock contention.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include "switcher/MonitorAudioBuffer.h"

using Clock = std::chrono::steady_clock;

namespace {
constexpr std::size_t kTickFrames = 1600; // 30 fps at 48 kHz
constexpr int kTicks = 200000;

double nsPerTick(Clock::duration elapsed) {
    return std::chrono::duration<double, std::nano>(elapsed).count() / kTicks;
}
} // namespace

int main() {
    std::vector<float> tick(kTickFrames * 2);
    for (std::size_t i = 0; i < tick.size(); ++i)
        tick[i] = static_cast<float>(i % 997) / 997.0f;

    std::vector<float> copy(tick.size());
    auto start = Clock::now();
    for (int i = 0; i < kTicks; ++i) {
        std::memcpy(copy.data(), tick.data(), tick.size() * sizeof(float));
        asm volatile("" : : "r"(copy.data()) : "memory"); // keep the copy
    }
    const double baseline = nsPerTick(Clock::now() - start);

    wl::switcher::MonitorAudioBuffer buffer;
    std::atomic<bool> stop{false};
    std::thread reader([&] { // a device period of 480 frames, as fast as it can
        std::vector<float> period(480 * 2);
        while (!stop.load(std::memory_order_relaxed))
            buffer.read(period.data(), 480);
    });
    start = Clock::now();
    for (int i = 0; i < kTicks; ++i)
        buffer.monitorAudio(tick.data(), kTickFrames, {});
    const double tap = nsPerTick(Clock::now() - start);
    stop = true;
    reader.join();

    const auto stats = buffer.stats();
    std::printf("per program tick (%zu stereo frames), %d ticks:\n", kTickFrames, kTicks);
    std::printf("  memcpy baseline        %8.0f ns\n", baseline);
    std::printf("  MonitorAudioBuffer tap %8.0f ns  (%.2fx baseline; %.4f%% of a 33.3 ms tick)\n",
                tap, tap / baseline, tap / 33'333'333.0 * 100);
    std::printf("  reader took %llu frames, %llu dropped (writer faster than real time)\n",
                static_cast<unsigned long long>(stats.readFrames),
                static_cast<unsigned long long>(stats.droppedFrames));
    return 0;
}
