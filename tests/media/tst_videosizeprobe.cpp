#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "media/Demuxer.h"
#include "media/VideoSizeProbe.h"

using namespace wl::media;

namespace {

// The first keyframe and the configuration record of a clip made by the ffmpeg CLI, with the
// parameters rebuilt from the record alone, as the RTMP ingest builds them (no picture size).
struct Clip {
    CodecParameters parameters;
    Packet keyframe;
    Packet later;
};

std::optional<Clip> makeClip(const QString& path, const QStringList& codecArgs,
                             const QString& size) {
    QProcess ffmpeg;
    QStringList args{
        "-hide_banner", "-loglevel", "error", "-y",
        "-f",           "lavfi",     "-i",    "testsrc2=size=" + size + ":rate=25:duration=0.4"};
    args << codecArgs << "-pix_fmt"
         << "yuv420p" << path;
    ffmpeg.start("ffmpeg", args);
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
        return std::nullopt;
    auto demuxer = Demuxer::open(DemuxerSettings{path.toStdString(), {}, {}, {}});
    if (!demuxer)
        return std::nullopt;
    const int index = demuxer->bestStream(MediaKind::Video);
    const auto full = demuxer->streamParameters(index).value();
    auto bare = full.codecId() == AV_CODEC_ID_HEVC ? CodecParameters::forHevc(full.extradata())
                                                   : CodecParameters::forH264(full.extradata());
    if (!bare)
        return std::nullopt;
    std::vector<Packet> packets;
    for (;;) {
        auto packet = demuxer->read();
        if (!packet || !packet->has_value())
            break;
        if ((*packet)->streamIndex() == index)
            packets.push_back(std::move(**packet));
    }
    if (packets.size() < 2)
        return std::nullopt;
    return Clip{std::move(*bare), packets[0], packets[1]};
}

} // namespace

class TestVideoSizeProbe : public QObject {
    Q_OBJECT

private slots:
    void h264SizeComesFromTheKeyframeIncludingCropping() {
        QTemporaryDir dir;
        // 330×186 is not a multiple of 16: the SPS crops the coded 336×192 picture.
        auto clip = makeClip(dir.filePath("h264.flv"), {"-c:v", "libx264", "-preset", "ultrafast"},
                             "330x186");
        QVERIFY(clip);
        QCOMPARE(clip->parameters.width(), 0);
        QVERIFY(clip->keyframe.isKeyframe());
        QCOMPARE(VideoSizeProbe::probe(clip->parameters, clip->keyframe), QSize(330, 186));
        QVERIFY(VideoSizeProbe::fill(clip->parameters, clip->keyframe));
        QCOMPARE(clip->parameters.width(), 330);
        QCOMPARE(clip->parameters.height(), 186);
    }

    void hevcSizeComesFromTheKeyframe() {
        QTemporaryDir dir;
        auto clip =
            makeClip(dir.filePath("hevc.mp4"),
                     {"-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error"},
                     "320x240");
        if (!clip)
            QSKIP("ffmpeg cannot encode HEVC here");
        QCOMPARE(VideoSizeProbe::probe(clip->parameters, clip->keyframe), QSize(320, 240));
    }

    void garbageGivesNoSize() {
        QTemporaryDir dir;
        auto clip = makeClip(dir.filePath("h264.flv"), {"-c:v", "libx264", "-preset", "ultrafast"},
                             "320x180");
        QVERIFY(clip);
        const std::vector<std::uint8_t> junk(64, 0x55);
        auto packet = Packet::fromBytes(junk, MediaKind::Video);
        QVERIFY(packet);
        QVERIFY(!VideoSizeProbe::probe(clip->parameters, *packet));
        QVERIFY(!VideoSizeProbe::fill(clip->parameters, *packet));
        QCOMPARE(clip->parameters.width(), 0);
        // Parameters that already know their size are left alone.
        CodecParameters sized = clip->parameters;
        sized.setVideoSize(64, 48);
        QVERIFY(VideoSizeProbe::fill(sized, *packet));
        QCOMPARE(sized.width(), 64);
    }
};

QTEST_GUILESS_MAIN(TestVideoSizeProbe)
#include "tst_videosizeprobe.moc"
