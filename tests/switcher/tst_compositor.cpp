#include <QCryptographicHash>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "SwitcherTestSupport.h"
#include "switcher/Compositor.h"

using namespace wl::switcher;
using test::near;
using test::pixelAt;
using test::solidFrame;
using wl::media::Frame;

namespace {

constexpr YuvColour kBlack = YuvColour::black();
constexpr YuvColour kRed{81, 90, 240};
constexpr YuvColour kTeal{150, 160, 90};

Compositor makeCompositor(int width = 1920, int height = 1080) {
    CompositorSettings settings;
    settings.width = width;
    settings.height = height;
    return Compositor::create(settings).value();
}

// One frame per camera, with a fixed sequence unless changed.
struct Cameras {
    std::map<QString, SequencedFrame> frames;
    void set(const QString& id, Frame frame, std::uint64_t sequence = 1) {
        frames[id] = {std::move(frame), sequence};
    }
    CameraFrameProvider provider() const {
        return [this](const QString& id) -> std::optional<SequencedFrame> {
            const auto it = frames.find(id);
            if (it == frames.end())
                return std::nullopt;
            return it->second;
        };
    }
};

CompositionPlan show(const QString& camera) {
    CompositionPlan plan;
    plan.program = SourceRef::camera(camera);
    return plan;
}

CompositionPlan transition(TransitionType type, double position,
                           WipeDirection direction = WipeDirection::LeftToRight) {
    CompositionPlan plan = show("a");
    plan.incoming = SourceRef::camera("b");
    plan.transition.type = type;
    plan.transition.wipeDirection = direction;
    plan.position = position;
    return plan;
}

Frame render(Compositor& compositor, const CompositionPlan& plan, const Cameras& cameras,
             std::int64_t frame = 0) {
    auto rendered = compositor.render(plan, cameras.provider(), {frame, frame * 33'333});
    if (!rendered)
        qFatal("render failed: %s", rendered.error().toString().c_str());
    return *rendered;
}

bool everyPixelIs(const Frame& frame, YuvColour colour) {
    for (int y = 0; y < frame.height(); y += 1)
        for (int x = 0; x < frame.width(); x += 1)
            if (!(pixelAt(frame, x, y) == colour))
                return false;
    return true;
}

QByteArray digest(const Frame& frame) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? frame.height() : frame.height() / 2;
        const int columns = plane == 0 ? frame.width() : frame.width() / 2;
        for (int y = 0; y < rows; ++y)
            hash.addData(QByteArrayView(frame.data(plane) +
                                            static_cast<std::ptrdiff_t>(y) * frame.lineSize(plane),
                                        columns));
    }
    return hash.result();
}

} // namespace

class TestCompositor : public QObject {
    Q_OBJECT

private slots:
    void rejectsBadFormats() {
        CompositorSettings odd;
        odd.width = 1921;
        QVERIFY(!Compositor::create(odd));
        CompositorSettings noFps;
        noFps.fps = 0;
        QVERIFY(!Compositor::create(noFps));
        CompositorSettings missingImage;
        missingImage.slate.imagePath = "/nonexistent/slate.png";
        auto failed = Compositor::create(missingImage);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, wl::ErrorCode::NotFound);
    }

    void cutShowsExactlyTheSource() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(1920, 1080, kRed));
        const Frame out = render(compositor, show("a"), cameras, 42);
        QCOMPARE(out.width(), 1920);
        QCOMPARE(out.height(), 1080);
        QCOMPARE(out.pixelFormat(), AV_PIX_FMT_YUV420P);
        QCOMPARE(out.pts(), std::int64_t{42});
        QCOMPARE(out.timeBase().num, 1);
        QCOMPARE(out.timeBase().den, 30);
        QCOMPARE(out.arrivalUs(), std::int64_t{42 * 33'333});
        QCOMPARE(out.av()->colorspace, AVCOL_SPC_BT709);
        QCOMPARE(out.av()->color_range, AVCOL_RANGE_MPEG);
        QVERIFY(everyPixelIs(out, kRed));
    }

    void pillarboxesFourByThree() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(640, 480, kRed));
        const Frame out = render(compositor, show("a"), cameras);
        // 4:3 in 1920×1080 is 1440 wide from x = 240.
        for (int y : {0, 540, 1079}) {
            QCOMPARE(pixelAt(out, 0, y), kBlack);
            QCOMPARE(pixelAt(out, 239, y), kBlack);
            QVERIFY(near(pixelAt(out, 240, y), kRed, 1));
            QVERIFY(near(pixelAt(out, 960, y), kRed, 1));
            QVERIFY(near(pixelAt(out, 1679, y), kRed, 1));
            QCOMPARE(pixelAt(out, 1680, y), kBlack);
            QCOMPARE(pixelAt(out, 1919, y), kBlack);
        }
    }

    void letterboxesCinemaScope() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(2560, 1080, kTeal));
        const Frame out = render(compositor, show("a"), cameras);
        // 64:27 in 1920×1080 is 810 rows high, from row 134 (even).
        for (int x : {0, 960, 1919}) {
            QCOMPARE(pixelAt(out, x, 0), kBlack);
            QCOMPARE(pixelAt(out, x, 133), kBlack);
            QVERIFY(near(pixelAt(out, x, 134), kTeal, 1));
            QVERIFY(near(pixelAt(out, x, 943), kTeal, 1));
            QCOMPARE(pixelAt(out, x, 944), kBlack);
            QCOMPARE(pixelAt(out, x, 1079), kBlack);
        }
    }

    void honoursSampleAspectRatio() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        // 1440×1080 anamorphic (4:3 pixels) is 16:9 on screen: no bars.
        Frame anamorphic = solidFrame(1440, 1080, kTeal);
        anamorphic.av()->sample_aspect_ratio = AVRational{4, 3};
        cameras.set("a", anamorphic);
        const Frame out = render(compositor, show("a"), cameras);
        QVERIFY(near(pixelAt(out, 0, 0), kTeal, 1));
        QVERIFY(near(pixelAt(out, 1919, 1079), kTeal, 1));
    }

    void upscales720pKeepingTheColour() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(1280, 720, kRed));
        const Frame out = render(compositor, show("a"), cameras);
        for (int y : {0, 300, 1079})
            for (int x : {0, 700, 1919})
                QVERIFY(near(pixelAt(out, x, y), kRed, 1));
        // And down to a 720p program.
        Compositor small = makeCompositor(1280, 720);
        cameras.set("a", solidFrame(1920, 1080, kTeal));
        const Frame down = render(small, show("a"), cameras);
        QCOMPARE(down.width(), 1280);
        QVERIFY(near(pixelAt(down, 640, 360), kTeal, 1));
        QVERIFY(near(pixelAt(down, 1279, 719), kTeal, 1));
    }

    void convertsTheColourMatrixToBt709() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        // BT.601 red (Y 81, Cb 90, Cr 240) is BT.709 Y 63, Cb 102, Cr 240.
        cameras.set("a", solidFrame(720, 576, kRed, AV_PIX_FMT_YUV420P, AVCOL_SPC_SMPTE170M));
        QVERIFY(near(pixelAt(render(compositor, show("a"), cameras), 960, 540), {63, 102, 240}, 2));
        // Untagged SD counts as BT.601, untagged HD as BT.709.
        cameras.set("a", solidFrame(640, 480, kRed, AV_PIX_FMT_YUV420P, AVCOL_SPC_UNSPECIFIED), 2);
        QVERIFY(near(pixelAt(render(compositor, show("a"), cameras), 960, 540), {63, 102, 240}, 2));
        cameras.set("a", solidFrame(1280, 720, kRed, AV_PIX_FMT_YUV420P, AVCOL_SPC_UNSPECIFIED), 3);
        QVERIFY(near(pixelAt(render(compositor, show("a"), cameras), 960, 540), kRed, 1));
        cameras.set("a", solidFrame(1920, 1080, kRed, AV_PIX_FMT_YUV420P, AVCOL_SPC_UNSPECIFIED),
                    4);
        QVERIFY(near(pixelAt(render(compositor, show("a"), cameras), 960, 540), kRed, 0));
    }

    void fullRangeInputIsConvertedToLimited() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(1920, 1080, {255, 128, 128}, AV_PIX_FMT_YUVJ420P));
        const Frame out = render(compositor, show("a"), cameras);
        QVERIFY(near(pixelAt(out, 960, 540), {235, 128, 128}, 1));
        // Tagged full range without the yuvj format, and the chroma extremes.
        Frame tagged = solidFrame(1920, 1080, {0, 0, 255});
        tagged.av()->color_range = AVCOL_RANGE_JPEG;
        cameras.set("a", tagged, 2);
        QCOMPARE(pixelAt(render(compositor, show("a"), cameras), 7, 7), (YuvColour{16, 16, 240}));
        // Scaled full-range input goes through swscale and ends up the same.
        cameras.set("a", solidFrame(1280, 720, {255, 128, 128}, AV_PIX_FMT_YUVJ420P), 3);
        QVERIFY(near(pixelAt(render(compositor, show("a"), cameras), 7, 7), {235, 128, 128}, 1));
    }

    void mixAtHalfIsTheMidpoint() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(1920, 1080, {50, 100, 150}));
        cameras.set("b", solidFrame(1920, 1080, {150, 160, 90}));
        const Frame out = render(compositor, transition(TransitionType::Mix, 0.5), cameras);
        QVERIFY(near(pixelAt(out, 0, 0), {100, 130, 120}, 1));
        QVERIFY(near(pixelAt(out, 1919, 1079), {100, 130, 120}, 1));
        const Frame quarter = render(compositor, transition(TransitionType::Mix, 0.25), cameras);
        QVERIFY(near(pixelAt(quarter, 960, 540), {75, 115, 135}, 1));
    }

    void dipPassesThroughTheColour() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(1920, 1080, {50, 100, 150}));
        cameras.set("b", solidFrame(1920, 1080, {150, 160, 90}));
        CompositionPlan plan = transition(TransitionType::Dip, 0.5);
        plan.transition.dipColourRgb = 0xffffff;
        const YuvColour white{235, 128, 128};
        QVERIFY(everyPixelIs(render(compositor, plan, cameras), white));
        plan.position = 0.25; // halfway from the outgoing to the colour
        QVERIFY(near(pixelAt(render(compositor, plan, cameras), 10, 10), {143, 114, 139}, 1));
        plan.position = 0.75; // halfway from the colour to the incoming
        QVERIFY(near(pixelAt(render(compositor, plan, cameras), 10, 10), {193, 144, 109}, 1));
        plan.position = 0.999;
        QVERIFY(near(pixelAt(render(compositor, plan, cameras), 10, 10), {150, 160, 90}, 1));
    }

    void wipeSplitsAtTheEdge() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        const YuvColour a{50, 100, 150};
        const YuvColour b{150, 160, 90};
        cameras.set("a", solidFrame(1920, 1080, a));
        cameras.set("b", solidFrame(1920, 1080, b));
        Frame out = render(compositor, transition(TransitionType::Wipe, 0.5), cameras);
        QCOMPARE(pixelAt(out, 0, 500), b);
        QCOMPARE(pixelAt(out, 959, 500), b);
        QCOMPARE(pixelAt(out, 960, 500), a);
        QCOMPARE(pixelAt(out, 1919, 500), a);

        out = render(compositor, transition(TransitionType::Wipe, 0.25, WipeDirection::RightToLeft),
                     cameras);
        QCOMPARE(pixelAt(out, 1439, 100), a);
        QCOMPARE(pixelAt(out, 1440, 100), b);

        out = render(compositor, transition(TransitionType::Wipe, 0.25, WipeDirection::TopToBottom),
                     cameras);
        QCOMPARE(pixelAt(out, 700, 269), b);
        QCOMPARE(pixelAt(out, 700, 270), a);

        out = render(compositor, transition(TransitionType::Wipe, 0.75, WipeDirection::BottomToTop),
                     cameras);
        QCOMPARE(pixelAt(out, 700, 269), a);
        QCOMPARE(pixelAt(out, 700, 270), b);
    }

    void blackLevelFadesToBlack() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(1920, 1080, {216, 28, 228}));
        cameras.set("b", solidFrame(1920, 1080, {100, 100, 100}));
        CompositionPlan plan = show("a");
        plan.blackLevel = 1;
        QVERIFY(everyPixelIs(render(compositor, plan, cameras), kBlack));
        plan.blackLevel = 0.5;
        QVERIFY(near(pixelAt(render(compositor, plan, cameras), 5, 5), {116, 78, 178}, 1));
        // On top of a transition too.
        CompositionPlan mixing = transition(TransitionType::Mix, 0.5);
        mixing.blackLevel = 1;
        QVERIFY(everyPixelIs(render(compositor, mixing, cameras), kBlack));
    }

    void slateIsDeterministicAndNotBlack() {
        Compositor first = makeCompositor();
        Compositor second = makeCompositor();
        CompositionPlan plan;
        plan.program = SourceRef::slate();
        const Frame a = render(first, plan, {});
        const Frame b = render(second, plan, {});
        QCOMPARE(digest(a), digest(b));
        QVERIFY(!(pixelAt(a, 10, 10) == kBlack));
        // The text: some bright pixels in the middle band, none near the edges.
        int bright = 0;
        for (int x = 0; x < 1920; ++x)
            bright += pixelAt(a, x, 540).y > 200 ? 1 : 0;
        QVERIFY(bright > 100);
        QVERIFY(pixelAt(a, 960, 20).y < 60);
        // The 720p slate differs from the 1080p one only in size.
        Compositor small = makeCompositor(1280, 720);
        const Frame c = render(small, plan, {});
        QCOMPARE(c.width(), 1280);
        QVERIFY(pixelAt(c, 640, 360).y > 0);
    }

    void slateImageIsLetterboxed() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QImage image(400, 400, QImage::Format_RGB32);
        image.fill(QColor(255, 0, 0));
        const QString path = dir.filePath("slate.png");
        QVERIFY(image.save(path));
        CompositorSettings settings;
        settings.slate.imagePath = path;
        Compositor compositor = Compositor::create(settings).value();
        CompositionPlan plan;
        plan.program = SourceRef::slate();
        const Frame out = render(compositor, plan, {});
        // BT.709 limited-range red is Y 63, Cb 102, Cr 240; a square image is pillarboxed.
        QVERIFY(near(pixelAt(out, 960, 540), {63, 102, 240}, 2));
        QCOMPARE(pixelAt(out, 100, 540), kBlack);
        QCOMPARE(pixelAt(out, 1819, 540), kBlack);
    }

    void sourceWithoutFramesRendersBlack() {
        Compositor compositor = makeCompositor();
        QVERIFY(everyPixelIs(render(compositor, show("never"), {}), kBlack));
        CompositionPlan plan;
        plan.program = SourceRef::black();
        QVERIFY(everyPixelIs(render(compositor, plan, {}), kBlack));
        // A transition from a camera without frames blends from black.
        Cameras cameras;
        cameras.set("b", solidFrame(1920, 1080, {216, 128, 128}));
        QVERIFY(
            near(pixelAt(render(compositor, transition(TransitionType::Mix, 0.5), cameras), 9, 9),
                 {116, 128, 128}, 1));
    }

    void convertsOnlyWhenTheSequenceChanges() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(1280, 720, kRed), 7);
        for (int i = 0; i < 5; ++i)
            render(compositor, show("a"), cameras, i);
        QCOMPARE(compositor.sourceConversions(), std::uint64_t{1});
        cameras.set("a", solidFrame(1280, 720, kTeal), 8);
        const Frame out = render(compositor, show("a"), cameras, 5);
        QCOMPARE(compositor.sourceConversions(), std::uint64_t{2});
        QVERIFY(near(pixelAt(out, 960, 540), kTeal, 1));
        // Both sources of a transition, each once.
        cameras.set("b", solidFrame(640, 480, kRed), 1);
        for (int i = 0; i < 10; ++i)
            render(compositor, transition(TransitionType::Mix, i / 10.0 + 0.05), cameras, i);
        QCOMPARE(compositor.sourceConversions(), std::uint64_t{3});
    }

    void returnedFramesAreNeverOverwritten() {
        Compositor compositor = makeCompositor();
        Cameras cameras;
        cameras.set("a", solidFrame(1920, 1080, {50, 100, 150}));
        cameras.set("b", solidFrame(1920, 1080, {150, 160, 90}));
        std::vector<Frame> held;
        for (int i = 1; i <= 12; ++i)
            held.push_back(
                render(compositor, transition(TransitionType::Mix, i / 16.0), cameras, i));
        for (int i = 1; i <= 12; ++i) {
            const int expected = (50 * (256 - i * 16) + 150 * i * 16 + 128) >> 8;
            QCOMPARE(int(pixelAt(held[static_cast<std::size_t>(i - 1)], 3, 3).y), expected);
        }
        // Once the frames are released, the pool reuses them: no more allocations.
        held.clear();
        render(compositor, transition(TransitionType::Mix, 0.5), cameras, 20);
        const std::uint64_t allocations = compositor.frameAllocations();
        for (int i = 0; i < 30; ++i)
            render(compositor, transition(TransitionType::Mix, 0.5), cameras, 21 + i);
        QCOMPARE(compositor.frameAllocations(), allocations);
    }
};

QTEST_GUILESS_MAIN(TestCompositor)
#include "tst_compositor.moc"
