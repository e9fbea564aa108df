#pragma once

// A few seconds of program encoded by the real ProgramEncoder (x264 closed GOP of 1 s + AAC), for
// tests of what consumes encoded packets (HLS). Header-only: the test must link wedlive_core.
#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

#include <QElapsedTimer>
#include <QTest>

#include "common/WorkerThread.h"
#include "output/ProgramEncoder.h"

namespace wl::test {

constexpr int kFps = 30;
constexpr int kSamplesPerFrame = 48000 / kFps;
constexpr std::int64_t kFirstFrame = 3000; // the program clock ran before the output started

class CollectingConsumer : public output::PacketConsumer {
public:
    void streamsStarted(const output::ProgramStreams& started) override {
        std::lock_guard lock(mutex);
        streams = started;
    }
    void packetReady(const media::Packet& packet) override {
        std::lock_guard lock(mutex);
        packets.push_back(packet);
    }
    std::mutex mutex;
    output::ProgramStreams streams;
    std::vector<media::Packet> packets;
};

inline media::Frame videoFrame(std::int64_t programFrame, int width = 320, int height = 180) {
    auto frame = media::Frame::allocateVideo(width, height, AV_PIX_FMT_YUV420P);
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? height : height / 2;
        for (int row = 0; row < rows; ++row)
            std::fill_n(frame->data(plane) + row * frame->lineSize(plane), frame->lineSize(plane),
                        static_cast<std::uint8_t>(40 + (programFrame * 5 + row) % 160));
    }
    frame->setTimeBase({1, kFps});
    frame->setPts(programFrame);
    frame->setArrivalUs(programFrame * 1000000 / kFps);
    return std::move(frame).value();
}

inline media::Frame audioBlock(std::int64_t programFrame) {
    auto frame = media::Frame::allocateAudio(48000, 2, AV_SAMPLE_FMT_FLT, kSamplesPerFrame);
    auto* samples = reinterpret_cast<float*>(frame->data(0));
    for (int i = 0; i < kSamplesPerFrame; ++i) {
        const double t = static_cast<double>(programFrame * kSamplesPerFrame + i) / 48000.0;
        samples[2 * i] = samples[2 * i + 1] =
            static_cast<float>(0.3 * std::sin(2 * M_PI * 440 * t));
    }
    frame->setTimeBase({1, 48000});
    frame->setPts(programFrame * kSamplesPerFrame);
    frame->setArrivalUs(programFrame * 1000000 / kFps);
    return std::move(frame).value();
}

// A program encoded once by the real program encoder.
struct EncodedProgram {
    output::ProgramStreams streams;
    std::vector<media::Packet> packets;
};

inline EncodedProgram encodeProgram(int frames, int width = 320, int height = 180,
                                    int bitrateKbps = 600) {
    output::PacketFanout fanout;
    CollectingConsumer consumer;
    fanout.add(&consumer);
    output::ProgramEncoderSettings settings;
    settings.width = width;
    settings.height = height;
    settings.fps = kFps;
    settings.videoBitrateKbps = bitrateKbps;
    settings.preset = "ultrafast";
    settings.encoderThreads = 1;
    settings.videoQueueFrames = static_cast<std::size_t>(frames);
    settings.audioQueueBlocks = static_cast<std::size_t>(frames);
    output::ProgramEncoder encoder(settings, fanout);
    if (!encoder.open())
        return {};
    WorkerThread thread;
    thread.start("test-encode", [&encoder](std::stop_token stop) { encoder.run(stop); });
    for (int i = 0; i < frames; ++i) {
        // At most two seconds queued: big pictures would otherwise pile up in memory.
        while (static_cast<std::int64_t>(encoder.stats().videoFramesEncoded) < i - 2 * kFps)
            QTest::qWait(5);
        encoder.submitAudio(audioBlock(kFirstFrame + i));
        encoder.submitVideo(videoFrame(kFirstFrame + i, width, height));
    }
    QElapsedTimer timer;
    timer.start();
    while (encoder.stats().videoFramesEncoded < static_cast<std::uint64_t>(frames) &&
           timer.elapsed() < 300000)
        QTest::qWait(20);
    thread.stop();
    std::lock_guard lock(consumer.mutex);
    // All frames were queued at once, so the encoder made every audio packet first; a live
    // program interleaves them by time, as here.
    auto packets = consumer.packets;
    std::stable_sort(packets.begin(), packets.end(), [](const auto& a, const auto& b) {
        return double(a.pts()) * a.timeBase().num / a.timeBase().den <
               double(b.pts()) * b.timeBase().num / b.timeBase().den;
    });
    return EncodedProgram{consumer.streams, packets};
}

} // namespace wl::test
