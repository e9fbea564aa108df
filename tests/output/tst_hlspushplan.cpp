// What the HLS push uploads, in which order, and how it resumes at the live edge: pure logic.
#include <QTest>

#include "output/HlsPushPlan.h"

using namespace wl::output;
using Kind = HlsPushOperation::Kind;

namespace {

HlsPushView viewWith(std::uint64_t first, std::uint64_t last, const QString& run = "r1") {
    HlsPushView view;
    view.started = true;
    view.initName = run + "-init.mp4";
    view.initSegment = QByteArray("init");
    for (std::uint64_t sequence = first; sequence <= last; ++sequence) {
        HlsPushSegment segment;
        segment.sequence = sequence;
        segment.name = QStringLiteral("%1-%2.m4s").arg(run).arg(sequence);
        segment.durationSeconds = 1.0;
        segment.programDateTimeUs =
            1'700'000'000'000'000LL + static_cast<qint64>(sequence) * 1'000'000;
        segment.bytes = QByteArray(100, 'x');
        view.segments.push_back(segment);
    }
    return view;
}

// Runs the plan to completion against `view`, every request succeeding; returns what it did.
QStringList pushAll(HlsPushPlan& plan, const HlsPushView& view) {
    QStringList done;
    for (int guard = 0; guard < 100; ++guard) {
        const auto operation = plan.next(view);
        if (operation.kind == Kind::None)
            return done;
        const char* verb = operation.kind == Kind::Delete ? "DELETE " : "PUT ";
        done << QString::fromLatin1(verb) + operation.name;
        plan.done(operation);
    }
    return done;
}

HlsPushSettings settings() {
    HlsPushSettings result;
    result.windowSegments = 3;
    result.lingerSegments = 1;
    result.maxBacklogSegments = 2;
    return result;
}

} // namespace

class TestHlsPushPlan : public QObject {
    Q_OBJECT

private slots:
    void nothingBeforeTheInitSegment() {
        HlsPushPlan plan(settings());
        QCOMPARE(plan.next(HlsPushView{}).kind, Kind::None);
    }

    void startsAtTheLiveEdgeThenFollowsInOrder() {
        HlsPushPlan plan(settings());
        // Five segments exist when the push starts: only the newest two are worth sending.
        QCOMPARE(pushAll(plan, viewWith(1, 5)),
                 (QStringList{"PUT r1-init.mp4", "PUT r1-4.m4s", "PUT r1-5.m4s",
                              "PUT output_main.m3u8"}));
        QCOMPARE(plan.segmentsSkipped(), 0u); // not behind, just joined late
        QByteArray playlist = plan.playlist(false);
        QVERIFY(playlist.contains("#EXT-X-MEDIA-SEQUENCE:4\n"));
        QVERIFY(playlist.contains("#EXT-X-MAP:URI=\"r1-init.mp4\"\n"));
        QVERIFY(playlist.contains("#EXTINF:1.00000,\nr1-4.m4s\n#EXT-X-PROGRAM-DATE-TIME"));
        QVERIFY(playlist.endsWith("r1-5.m4s\n"));
        QVERIFY(playlist.contains("#EXT-X-PROGRAM-DATE-TIME:2023-11-14T22:13:24.000Z\n"));

        // One new segment: the segment first, then the playlist that names it.
        QCOMPARE(pushAll(plan, viewWith(2, 6)),
                 (QStringList{"PUT r1-6.m4s", "PUT output_main.m3u8"}));
        // The window holds three; the oldest leaves the playlist, lingers one step, then goes.
        QCOMPARE(pushAll(plan, viewWith(3, 7)),
                 (QStringList{"PUT r1-7.m4s", "PUT output_main.m3u8"}));
        QCOMPARE(pushAll(plan, viewWith(4, 8)),
                 (QStringList{"PUT r1-8.m4s", "PUT output_main.m3u8", "DELETE r1-4.m4s"}));
        QVERIFY(plan.playlist(false).contains("#EXT-X-MEDIA-SEQUENCE:6\n"));
        QCOMPARE(*plan.lastPushedSequence(), 8u);
    }

    void aFailedRequestIsAskedForAgain() {
        HlsPushPlan plan(settings());
        const auto view = viewWith(1, 1);
        QCOMPARE(plan.next(view).kind, Kind::PutInit);
        QCOMPARE(plan.next(view).kind, Kind::PutInit); // not done: the same again
        plan.done(plan.next(view));
        const auto segment = plan.next(view);
        QCOMPARE(segment.kind, Kind::PutSegment);
        QCOMPARE(segment.body.size(), 100);
        QCOMPARE(plan.next(view).name, segment.name);
    }

    void afterAnOutageItSkipsToTheLiveEdgeWithAConsistentPlaylist() {
        HlsPushPlan plan(settings());
        pushAll(plan, viewWith(1, 2));
        // The origin was away while segments 3..10 were made.
        QCOMPARE(pushAll(plan, viewWith(5, 10)),
                 (QStringList{"PUT r1-9.m4s", "PUT r1-10.m4s", "PUT output_main.m3u8",
                              "DELETE r1-1.m4s"}));
        QCOMPARE(plan.segmentsSkipped(), 6u); // 3..8
        const QByteArray playlist = plan.playlist(false);
        // Only what the origin has, from the new start; nothing before the gap.
        QVERIFY(playlist.contains("#EXT-X-MEDIA-SEQUENCE:9\n"));
        QVERIFY(!playlist.contains("r1-2.m4s"));
        QCOMPARE(playlist.count("#EXTINF"), 2);
    }

    void aNewInitStartsAFreshWindow() {
        HlsPushPlan plan(settings());
        pushAll(plan, viewWith(1, 2, "r1"));
        const auto done = pushAll(plan, viewWith(1, 1, "r2"));
        QCOMPARE(done.first(), QStringLiteral("PUT r2-init.mp4"));
        QVERIFY(done.contains("PUT r2-1.m4s"));
        QVERIFY(plan.playlist(false).contains("#EXT-X-MAP:URI=\"r2-init.mp4\""));
        QVERIFY(!plan.playlist(false).contains("r1-"));
    }

    void theEndIsPushedOnce() {
        HlsPushPlan plan(settings());
        auto view = viewWith(1, 2);
        pushAll(plan, view);
        view.ended = true;
        const auto operation = plan.next(view);
        QCOMPARE(operation.kind, Kind::PutPlaylist);
        QVERIFY(operation.body.endsWith("#EXT-X-ENDLIST\n"));
        plan.done(operation);
        QCOMPARE(plan.next(view).kind, Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestHlsPushPlan)
#include "tst_hlspushplan.moc"
