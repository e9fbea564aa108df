#include <array>
#include <cstdint>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include <QTest>

#include "media/AvError.h"
#include "media/Packet.h"

using wl::media::MediaKind;
using wl::media::Packet;

class TestPacket : public QObject {
    Q_OBJECT

private slots:
    void fromBytesCopiesAndPads() {
        std::vector<std::uint8_t> bytes(100);
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<std::uint8_t>(i + 1);
        auto packet = Packet::fromBytes(bytes, MediaKind::Audio);
        QVERIFY(packet);
        QCOMPARE(packet->size(), 100);
        QCOMPARE(packet->kind(), MediaKind::Audio);
        QVERIFY(packet->data() != bytes.data());
        QVERIFY(std::equal(bytes.begin(), bytes.end(), packet->data()));
        // Decoders may read AV_INPUT_BUFFER_PADDING_SIZE bytes past the end; they must be zero.
        for (int i = 0; i < AV_INPUT_BUFFER_PADDING_SIZE; ++i)
            QCOMPARE(packet->data()[100 + i], std::uint8_t{0});
        QCOMPARE(packet->bufferRefCount(), 1);
        bytes[0] = 0xEE;
        QCOMPARE(packet->data()[0], std::uint8_t{1});
    }

    void fromEmptyBytesIsEmpty() {
        auto packet = Packet::fromBytes({});
        QVERIFY(packet);
        QVERIFY(packet->isEmpty());
    }

    void copySharesThePayload() {
        const std::array<std::uint8_t, 4> bytes{1, 2, 3, 4};
        Packet original = Packet::fromBytes(bytes).value();
        {
            const Packet copy = original; // NOLINT(performance-unnecessary-copy-initialization)
            QCOMPARE(copy.data(), original.data());
            QCOMPARE(original.bufferRefCount(), 2);
            QCOMPARE(copy.bufferRefCount(), 2);
            Packet assigned;
            assigned = copy;
            QCOMPARE(original.bufferRefCount(), 3);
        }
        QCOMPARE(original.bufferRefCount(), 1);
    }

    void moveLeavesSourceEmpty() {
        const std::array<std::uint8_t, 3> bytes{9, 8, 7};
        Packet source = Packet::fromBytes(bytes).value();
        const std::uint8_t* payload = source.data();
        Packet target = std::move(source);
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(source.data(), nullptr);
        QCOMPARE(source.bufferRefCount(), 0);
        QCOMPARE(target.data(), payload);
        QCOMPARE(target.bufferRefCount(), 1);

        Packet assigned;
        assigned = std::move(target);
        QVERIFY(target.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(assigned.size(), 3);
    }

    void copiesKeepMetadataIndependently() {
        const std::array<std::uint8_t, 2> bytes{1, 2};
        Packet original = Packet::fromBytes(bytes).value();
        original.setPts(3000);
        original.setDts(2960);
        original.setDuration(33);
        original.setTimeBase(AVRational{1, 1000});
        original.setKeyframe(true);
        original.setArrivalUs(123456);
        original.setKind(MediaKind::Video);

        Packet copy = original;
        QCOMPARE(copy.pts(), std::int64_t{3000});
        QCOMPARE(copy.dts(), std::int64_t{2960});
        QCOMPARE(copy.duration(), std::int64_t{33});
        QCOMPARE(copy.timeBase().den, 1000);
        QVERIFY(copy.isKeyframe());
        QCOMPARE(copy.arrivalUs(), std::int64_t{123456});
        QCOMPARE(copy.kind(), MediaKind::Video);

        copy.setPts(4000);
        copy.setKeyframe(false);
        copy.setArrivalUs(1);
        QCOMPARE(original.pts(), std::int64_t{3000});
        QVERIFY(original.isKeyframe());
        QCOMPARE(original.arrivalUs(), std::int64_t{123456});
    }

    void copyOfEmptyIsEmpty() {
        const Packet empty;
        const Packet copy = empty; // NOLINT(performance-unnecessary-copy-initialization)
        QVERIFY(copy.isEmpty());
        QCOMPARE(copy.pts(), wl::media::kNoPts);
    }

    void copyCanCrossThreads() {
        std::vector<std::uint8_t> bytes(1000, 0x42);
        const Packet original = Packet::fromBytes(bytes).value();
        std::vector<Packet> copies;
        {
            std::vector<std::thread> threads;
            std::mutex mutex;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([&] {
                    for (int i = 0; i < 200; ++i) {
                        Packet copy = original;
                        std::lock_guard lock(mutex);
                        copies.push_back(std::move(copy));
                    }
                });
            }
            for (auto& thread : threads)
                thread.join();
        }
        QCOMPARE(original.bufferRefCount(), 801);
        copies.clear();
        QCOMPARE(original.bufferRefCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPacket)
#include "tst_packet.moc"
