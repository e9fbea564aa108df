// Compositor timing at 1080p: run by hand (not under CTest), e.g.
//   build/tests/switcher/bench_compositor -minimumtotal 2000
#include <QTest>

#include "SwitcherTestSupport.h"
#include "switcher/Compositor.h"

using namespace wl::switcher;

namespace {

// Two cameras whose frames are new on every tick (the worst case: nothing cached).
struct TwoCameras {
    wl::media::Frame a;
    wl::media::Frame b;
    std::uint64_t sequence = 0;
    CameraFrameProvider provider() {
        return [this](const QString& id) -> std::optional<SequencedFrame> {
            return SequencedFrame{id == "a" ? a : b, sequence};
        };
    }
};

CompositionPlan plan(TransitionType type, double position, double blackLevel = 0) {
    CompositionPlan result;
    result.program = SourceRef::camera("a");
    if (type != TransitionType::Cut) {
        result.incoming = SourceRef::camera("b");
        result.transition.type = type;
        result.position = position;
    }
    result.blackLevel = blackLevel;
    return result;
}

} // namespace

class BenchCompositor : public QObject {
    Q_OBJECT

private slots:
    void render_data() {
        QTest::addColumn<int>("sourceWidth");
        QTest::addColumn<int>("sourceHeight");
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("blackLevel");
        QTest::addColumn<bool>("fullRange");
        const int cut = static_cast<int>(TransitionType::Cut);
        const int mix = static_cast<int>(TransitionType::Mix);
        const int dip = static_cast<int>(TransitionType::Dip);
        const int wipe = static_cast<int>(TransitionType::Wipe);
        QTest::newRow("cut 1080p") << 1920 << 1080 << cut << 0.0 << false;
        QTest::newRow("cut 720p upscaled") << 1280 << 720 << cut << 0.0 << false;
        QTest::newRow("cut 4:3 pillarboxed") << 1440 << 1080 << cut << 0.0 << false;
        QTest::newRow("cut 1080p + fade") << 1920 << 1080 << cut << 0.5 << false;
        QTest::newRow("mix 1080p") << 1920 << 1080 << mix << 0.0 << false;
        QTest::newRow("mix 1080p + fade") << 1920 << 1080 << mix << 0.5 << false;
        QTest::newRow("dip 1080p") << 1920 << 1080 << dip << 0.0 << false;
        QTest::newRow("wipe 1080p") << 1920 << 1080 << wipe << 0.0 << false;
        QTest::newRow("mix 720p upscaled") << 1280 << 720 << mix << 0.0 << false;
        QTest::newRow("mix 1080p full range (converted)") << 1920 << 1080 << mix << 0.0 << true;
    }

    void render() {
        QFETCH(int, sourceWidth);
        QFETCH(int, sourceHeight);
        QFETCH(int, type);
        QFETCH(double, blackLevel);
        QFETCH(bool, fullRange);
        Compositor compositor = Compositor::create(CompositorSettings{}).value();
        const AVPixelFormat format = fullRange ? AV_PIX_FMT_YUVJ420P : AV_PIX_FMT_YUV420P;
        TwoCameras cameras{test::solidFrame(sourceWidth, sourceHeight, {50, 100, 150}, format),
                           test::solidFrame(sourceWidth, sourceHeight, {150, 160, 90}, format)};
        const CompositionPlan shown = plan(static_cast<TransitionType>(type), 0.4, blackLevel);
        std::int64_t frame = 0;
        QBENCHMARK {
            ++cameras.sequence;
            auto out = compositor.render(shown, cameras.provider(), {frame, frame * 33'333});
            QVERIFY(out);
            ++frame;
        }
    }
};

QTEST_GUILESS_MAIN(BenchCompositor)
#include "bench_compositor.moc"
