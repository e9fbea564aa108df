#include <atomic>
#include <thread>

#include <QTest>

#include "common/BoundedQueue.h"

using namespace std::chrono_literals;

class TestBoundedQueue : public QObject {
    Q_OBJECT

private slots:
    void keepsFifoOrder() {
        wl::BoundedQueue<int> queue(4);
        for (int i = 0; i < 3; ++i)
            QVERIFY(queue.push(i).accepted);
        QCOMPARE(*queue.tryPop(), 0);
        QCOMPARE(*queue.tryPop(), 1);
        QCOMPARE(*queue.tryPop(), 2);
        QVERIFY(!queue.tryPop().has_value());
    }

    void dropOldestKeepsTheNewestItems() {
        wl::BoundedQueue<int> queue(2, wl::OverflowPolicy::DropOldest);
        queue.push(1);
        queue.push(2);
        const auto result = queue.push(3);
        QVERIFY(result.accepted);
        QCOMPARE(result.dropped, std::size_t{1});
        QCOMPARE(*queue.tryPop(), 2);
        QCOMPARE(*queue.tryPop(), 3);
        QCOMPARE(queue.droppedTotal(), std::uint64_t{1});
    }

    void dropNewestRefusesThePushedItem() {
        wl::BoundedQueue<int> queue(2, wl::OverflowPolicy::DropNewest);
        queue.push(1);
        queue.push(2);
        const auto result = queue.push(3);
        QVERIFY(!result.accepted);
        QCOMPARE(*queue.tryPop(), 1);
        QCOMPARE(*queue.tryPop(), 2);
        QVERIFY(!queue.tryPop().has_value());
    }

    void popForTimesOutWhenEmpty() {
        wl::BoundedQueue<int> queue(2);
        QVERIFY(!queue.popFor(5ms).has_value());
    }

    void closeWakesAWaitingConsumer() {
        wl::BoundedQueue<int> queue(2);
        std::atomic<bool> woke{false};
        std::thread consumer([&] {
            const auto item = queue.popFor(10s);
            woke = !item.has_value();
        });
        std::this_thread::sleep_for(20ms);
        queue.close();
        consumer.join();
        QVERIFY(woke.load());
        QVERIFY(!queue.push(5).accepted);
    }

    void closedQueueStillDrains() {
        wl::BoundedQueue<int> queue(2);
        queue.push(7);
        queue.close();
        QCOMPARE(*queue.popFor(1ms), 7);
    }

    void producersAndConsumerLoseNothingBelowCapacity() {
        wl::BoundedQueue<int> queue(100000);
        constexpr int perProducer = 10000;
        std::thread a([&] {
            for (int i = 0; i < perProducer; ++i)
                queue.push(i);
        });
        std::thread b([&] {
            for (int i = 0; i < perProducer; ++i)
                queue.push(i);
        });
        long long sum = 0;
        int received = 0;
        while (received < 2 * perProducer) {
            if (auto item = queue.popFor(1s)) {
                sum += *item;
                ++received;
            }
        }
        a.join();
        b.join();
        QCOMPARE(sum, 2LL * perProducer * (perProducer - 1) / 2);
        QCOMPARE(queue.droppedTotal(), std::uint64_t{0});
    }
};

QTEST_APPLESS_MAIN(TestBoundedQueue)
#include "tst_boundedqueue.moc"
