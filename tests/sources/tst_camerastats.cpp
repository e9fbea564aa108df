#include <QTest>

#include "sources/CameraStatsCollector.h"
#include "sources/QualityScore.h"

using namespace wl::sources;

class TestCameraStats : public QObject {
    Q_OBJECT

private slots:
    void measuresRatesOverTheInterval() {
        CameraStatsCollector stats;
        stats.refresh(1'000'000, true);
        // 30 frames of 1250 bytes each over one second, evenly spaced.
        for (int i = 0; i < 30; ++i) {
            const std::int64_t arrival = 1'000'000 + i * 33'333;
            stats.videoPacketArrived(arrival, i * 33 + i / 3, 1250, i % 30 == 0);
            stats.frameDecoded(arrival, arrival + 2'000);
        }
        const CameraStats result = stats.refresh(2'000'000, true);
        QCOMPARE(result.framesDecoded, std::uint64_t{30});
        QCOMPARE(result.fps, 30.0);
        QCOMPARE(result.bitrateKbps, 300.0);
        QVERIFY(std::abs(result.nominalFps - 30.0) < 0.6);
        QVERIFY(result.jitterMs < 2.0);
        QVERIFY2(result.quality >= 95, QByteArray::number(result.quality));
    }

    void keyframeIntervalFromDts() {
        CameraStatsCollector stats;
        for (int i = 0; i <= 120; ++i)
            stats.videoPacketArrived(i * 33'333, i * 1000 / 30, 100, i % 60 == 0);
        QCOMPARE(stats.refresh(5'000'000, true).keyframeIntervalS, 2.0);
    }

    void burstyArrivalRaisesJitterAndLowersQuality() {
        CameraStatsCollector stats;
        stats.refresh(1, true);
        // Frames stamped 33 ms apart arrive in bursts of ten every 333 ms.
        for (int i = 0; i < 60; ++i) {
            const std::int64_t arrival = 1 + (i / 10) * 333'333;
            stats.videoPacketArrived(arrival, i * 33, 1000, false);
            stats.frameDecoded(arrival, arrival + 1000);
        }
        const CameraStats result = stats.refresh(2'000'001, true);
        QVERIFY2(result.jitterMs > 20.0, QByteArray::number(result.jitterMs));
        QVERIFY(result.quality < 100);
    }

    void lateAndDroppedFramesAreCounted() {
        CameraStatsCollector stats;
        stats.frameDecoded(0, 1'000'000); // a second after arrival: late
        stats.frameDecoded(0, 1'000);
        stats.framesDropped(3);
        const CameraStats result = stats.refresh(1'000'000, true);
        QCOMPARE(result.framesLate, std::uint64_t{1});
        QCOMPARE(result.framesDropped, std::uint64_t{3});
    }

    void reconnectsAreCountedAndResetTiming() {
        CameraStatsCollector stats;
        stats.publishStarted(0, false);
        stats.videoPacketArrived(0, 100'000, 10, true);
        stats.publishStarted(5'000'000, true);
        // The new publisher restarts its timestamps at 0: no jitter spike from the old session.
        stats.videoPacketArrived(5'000'000, 0, 10, true);
        const CameraStats result = stats.refresh(6'000'000, true);
        QCOMPARE(result.reconnects, 1);
        QVERIFY(result.jitterMs < 1.0);
    }

    void qualityScoreReflectsEachImpairment() {
        QualityInputs perfect{true, 30, 30, 2, 0, 1, 0};
        QCOMPARE(computeQualityScore(perfect), 100);
        QCOMPARE(computeQualityScore(QualityInputs{}), 0); // not live

        QualityInputs halfRate = perfect;
        halfRate.measuredFps = 15;
        QVERIFY(computeQualityScore(halfRate) <= 76);

        QualityInputs jittery = perfect;
        jittery.jitterMs = 200;
        QCOMPARE(computeQualityScore(jittery), 80);

        QualityInputs lossy = perfect;
        lossy.lossRatio = 0.5;
        QCOMPARE(computeQualityScore(lossy), 80);

        QualityInputs flaky = perfect;
        flaky.recentReconnects = 5;
        QCOMPARE(computeQualityScore(flaky), 80);

        QualityInputs everything{true, 0, 30, 500, 1, 10, 3};
        QCOMPARE(computeQualityScore(everything), 0);
    }
};

QTEST_APPLESS_MAIN(TestCameraStats)
#include "tst_camerastats.moc"
