// The restream's packet queue: bounded, never blocking the encoder, dropping until a keyframe.
#include <thread>

#include <QTest>

#include "output/BitrateMeter.h"
#include "output/RestreamQueue.h"

using namespace wl;
using namespace wl::output;
using namespace std::chrono_literals;

namespace {

media::Packet packet(media::MediaKind kind, std::int64_t pts, bool keyframe, int size = 100) {
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size), 0x42);
    auto result = media::Packet::fromBytes(bytes, kind).value();
    result.setPts(pts);
    result.setDts(pts);
    result.setKeyframe(keyframe);
    return result;
}

media::Packet video(std::int64_t pts, bool keyframe = false) {
    return packet(media::MediaKind::Video, pts, keyframe);
}

media::Packet audio(std::int64_t pts) {
    return packet(media::MediaKind::Audio, pts, true);
}

std::vector<std::int64_t> drain(RestreamQueue& queue) {
    std::vector<std::int64_t> pts;
    std::stop_source stop;
    while (auto next = queue.popFor(0ms, stop.get_token()))
        pts.push_back(next->pts());
    return pts;
}

} // namespace

class TestRestreamQueue : public QObject {
    Q_OBJECT

private slots:
    void ignoresPacketsUntilOpened() {
        RestreamQueue queue(10, 0);
        QVERIFY(!queue.push(video(0, true)));
        QCOMPARE(queue.size(), 0u);
        QCOMPARE(queue.droppedTotal(), 0u); // not connected is not a drop
    }

    void aConnectionStartsOnAVideoKeyframe() {
        RestreamQueue queue(10, 0);
        queue.open();
        QVERIFY(!queue.push(audio(1)));
        QVERIFY(!queue.push(video(2)));
        QVERIFY(queue.push(video(3, true)));
        QVERIFY(queue.push(audio(4)));
        QVERIFY(queue.push(video(5)));
        QCOMPARE(drain(queue), (std::vector<std::int64_t>{3, 4, 5}));
        QCOMPARE(queue.droppedTotal(), 0u);
    }

    void whenFullItDropsUntilTheNextKeyframeAndCounts() {
        RestreamQueue queue(3, 0);
        queue.open();
        QVERIFY(queue.push(video(0, true)));
        QVERIFY(queue.push(video(1)));
        QVERIFY(queue.push(video(2)));
        QVERIFY(!queue.push(video(3))); // full
        QCOMPARE(drain(queue), (std::vector<std::int64_t>{0, 1, 2}));
        // Room again, but the GOP is broken: everything until the next keyframe goes.
        QVERIFY(!queue.push(video(4)));
        QVERIFY(!queue.push(audio(5)));
        QVERIFY(queue.push(video(6, true)));
        QVERIFY(queue.push(video(7)));
        QCOMPARE(queue.droppedTotal(), 3u);
        QCOMPARE(drain(queue), (std::vector<std::int64_t>{6, 7}));
    }

    void theByteLimitAlsoCounts() {
        RestreamQueue queue(100, 250);
        queue.open();
        QVERIFY(queue.push(video(0, true)));
        QVERIFY(queue.push(video(1)));
        QVERIFY(!queue.push(video(2))); // 300 bytes > 250
        QCOMPARE(queue.bytes(), 200u);
        QCOMPARE(queue.droppedTotal(), 1u);
    }

    void closeDiscardsAndReopenWaitsForAKeyframe() {
        RestreamQueue queue(10, 0);
        queue.open();
        QVERIFY(queue.push(video(0, true)));
        queue.close();
        QCOMPARE(queue.size(), 0u);
        queue.open();
        QVERIFY(!queue.push(video(1)));
        QVERIFY(queue.push(video(2, true)));
        QCOMPARE(drain(queue), (std::vector<std::int64_t>{2}));
    }

    void popWaitsForAPushFromAnotherThread() {
        RestreamQueue queue(10, 0);
        queue.open();
        std::jthread producer([&queue] {
            std::this_thread::sleep_for(50ms);
            queue.push(video(9, true));
        });
        std::stop_source stop;
        auto popped = queue.popFor(5000ms, stop.get_token());
        QVERIFY(popped.has_value());
        QCOMPARE(popped->pts(), 9);
    }

    void wakeAndStopEndAWait() {
        RestreamQueue queue(10, 0);
        std::stop_source stop;
        std::jthread waker([&queue] {
            std::this_thread::sleep_for(50ms);
            queue.wake();
        });
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!queue.popFor(10000ms, stop.get_token()).has_value());
        QVERIFY(timer.elapsed() < 5000);
        std::jthread stopper([&stop] {
            std::this_thread::sleep_for(50ms);
            stop.request_stop();
        });
        timer.restart();
        QVERIFY(!queue.popFor(10000ms, stop.get_token()).has_value());
        QVERIFY(timer.elapsed() < 5000);
    }

    void bitrateOverTheWindow() {
        BitrateMeter meter(5);
        QCOMPARE(meter.bitsPerSecond(0), 0.0);
        // 125 000 bytes every second for 10 s = 1 Mb/s.
        for (int second = 0; second < 10; ++second)
            for (int part = 0; part < 10; ++part)
                meter.add(second * 1'000'000LL + part * 100'000, 12'500);
        QVERIFY(std::abs(meter.bitsPerSecond(9'999'999) - 1e6) < 0.05e6);
        // Silence: the rate falls to zero once the window has passed.
        QVERIFY(meter.bitsPerSecond(13'500'000) < 0.6e6);
        QCOMPARE(meter.bitsPerSecond(20'000'000), 0.0);
        // A young stream is not diluted by the empty part of the window.
        meter.reset();
        meter.add(100'000'000, 62'500);
        meter.add(100'400'000, 62'500);
        QVERIFY(std::abs(meter.bitsPerSecond(101'000'000) - 1e6) < 0.05e6);
    }
};

QTEST_GUILESS_MAIN(TestRestreamQueue)
#include "tst_restreamqueue.moc"
