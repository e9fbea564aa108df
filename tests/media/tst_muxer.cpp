#include <chrono>
#include <thread>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "MediaTestSupport.h"
#include "media/AvLogRouting.h"
#include "media/Demuxer.h"
#include "media/Encoder.h"
#include "media/Muxer.h"

using namespace wl::media;
using namespace std::chrono_literals;

namespace {

constexpr int kVideoFrames = 30;
constexpr int kAudioFrames = 47;

// Encodes one second of 320x240 H.264 at 30 fps and 48 kHz stereo AAC into `muxer`.
void writeOneSecond(Muxer& muxer) {
    VideoEncoderSettings videoSettings;
    videoSettings.width = 320;
    videoSettings.height = 240;
    videoSettings.preset = "ultrafast";
    videoSettings.bitrateKbps = 400;
    videoSettings.threads = 1;
    auto video = Encoder::openVideo(videoSettings);
    auto audio = Encoder::openAudio(AudioEncoderSettings{});
    QVERIFY(video && audio);
    const int videoStream = muxer.addStream(video->codecParameters(), video->timeBase()).value();
    const int audioStream = muxer.addStream(audio->codecParameters(), audio->timeBase()).value();
    auto header = muxer.writeHeader();
    QVERIFY2(header, header ? "" : header.error().toString().c_str());

    auto writeAll = [&](wl::Expected<std::vector<Packet>> packets, int stream) {
        QVERIFY(packets);
        for (const Packet& packet : *packets)
            QVERIFY(muxer.write(packet, stream));
    };
    for (int i = 0; i < kVideoFrames; ++i)
        writeAll(video->encode(test::makeVideoFrame(320, 240, i)), videoStream);
    for (int i = 0; i < kAudioFrames; ++i)
        writeAll(audio->encode(test::makeSineFrame(48000, 2, 1024, i * 1024, 440.0)), audioStream);
    writeAll(video->drain(), videoStream);
    writeAll(audio->drain(), audioStream);
    auto finished = muxer.finish();
    QVERIFY2(finished, finished ? "" : finished.error().toString().c_str());
}

quint16 closedPort() {
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class TestMuxer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { routeAvLogToQt(AV_LOG_WARNING); }

    void writesAnMp4ThatReadsBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath("take.mp4");
        {
            auto muxer = Muxer::open(MuxerSettings{path.toStdString(), "mp4", {}, {}, {}});
            QVERIFY(muxer);
            QVERIFY(!muxer->isNetwork());
            writeOneSecond(*muxer);
            if (QTest::currentTestFailed())
                return;
        }

        auto demuxer = Demuxer::open(DemuxerSettings{path.toStdString(), {}, {}, {}});
        QVERIFY(demuxer);
        QCOMPARE(demuxer->streamCount(), 2);
        const int videoIndex = demuxer->bestStream(MediaKind::Video);
        const int audioIndex = demuxer->bestStream(MediaKind::Audio);
        QVERIFY(videoIndex >= 0 && audioIndex >= 0);
        const CodecParameters video = demuxer->streamParameters(videoIndex).value();
        QCOMPARE(video.codecId(), AV_CODEC_ID_H264);
        QCOMPARE(video.width(), 320);
        QCOMPARE(video.height(), 240);
        const CodecParameters audio = demuxer->streamParameters(audioIndex).value();
        QCOMPARE(audio.codecId(), AV_CODEC_ID_AAC);
        QCOMPARE(audio.sampleRate(), 48000);
        QCOMPARE(audio.channelCount(), 2);
        QVERIFY(demuxer->durationUs() > 900000);

        int videoPackets = 0;
        int audioPackets = 0;
        for (;;) {
            auto packet = demuxer->read();
            QVERIFY(packet);
            if (!packet->has_value())
                break;
            const Packet& p = **packet;
            QCOMPARE(av_cmp_q(p.timeBase(), demuxer->streamTimeBase(p.streamIndex())), 0);
            if (p.streamIndex() == videoIndex)
                ++videoPackets;
            else if (p.streamIndex() == audioIndex)
                ++audioPackets;
        }
        QCOMPARE(videoPackets, kVideoFrames);
        // The AAC encoder adds one frame of priming.
        QVERIFY(audioPackets >= kAudioFrames && audioPackets <= kAudioFrames + 2);

        QProcess ffprobe;
        ffprobe.start("ffprobe",
                      {"-v", "error", "-show_entries", "stream=codec_name,width,height,sample_rate",
                       "-of", "csv=p=0", path});
        QVERIFY(ffprobe.waitForFinished(30000));
        QCOMPARE(ffprobe.exitCode(), 0);
        const QString probed = QString::fromUtf8(ffprobe.readAllStandardOutput());
        QVERIFY2(probed.contains("h264,320,240"), qPrintable(probed));
        QVERIFY2(probed.contains("aac,48000"), qPrintable(probed));
    }

    void passesMuxerOptions() {
        QTemporaryDir dir;
        const QString path = dir.filePath("faststart.mov");
        {
            auto muxer = Muxer::open(
                MuxerSettings{path.toStdString(), "mov", {{"movflags", "+faststart"}}, {}, {}});
            QVERIFY(muxer);
            writeOneSecond(*muxer);
            if (QTest::currentTestFailed())
                return;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // faststart moves the index (moov) in front of the media data (mdat).
        QVERIFY(bytes.indexOf("moov") >= 0);
        QVERIFY(bytes.indexOf("moov") < bytes.indexOf("mdat"));
    }

    void rejectsMisuse() {
        QTemporaryDir dir;
        auto muxer =
            Muxer::open(MuxerSettings{dir.filePath("x.mp4").toStdString(), {}, {}, {}, {}});
        QVERIFY(muxer);
        QCOMPARE(muxer->writeHeader().error().code, wl::ErrorCode::InvalidArgument);
        QCOMPARE(muxer->write(Packet(), 0).error().code, wl::ErrorCode::Conflict);
        QVERIFY(!Muxer::open(MuxerSettings{"", "mp4", {}, {}, {}}));
        QVERIFY(!Muxer::open(MuxerSettings{"/x", "no-such-format", {}, {}, {}}));
    }

    void rtmpToAClosedPortFailsFast() {
        const std::string url = "rtmp://127.0.0.1:" + std::to_string(closedPort()) + "/live/nobody";
        QElapsedTimer timer;
        timer.start();
        auto muxer = Muxer::open(MuxerSettings{url, "flv", {}, {}, 2000ms});
        QVERIFY(!muxer);
        QCOMPARE(muxer.error().code, wl::ErrorCode::IoFailure);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    // A peer that accepts TCP but never answers the RTMP handshake: the I/O timeout ends it.
    void stalledHandshakeTimesOut() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const std::string url =
            "rtmp://127.0.0.1:" + std::to_string(silent.serverPort()) + "/live/x";
        QElapsedTimer timer;
        timer.start();
        auto muxer = Muxer::open(MuxerSettings{url, "flv", {}, {}, 400ms});
        QVERIFY(!muxer);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    // The owner aborts from another thread long before the I/O timeout would.
    void interruptAbortsABlockedConnect() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const std::string url =
            "rtmp://127.0.0.1:" + std::to_string(silent.serverPort()) + "/live/x";
        auto interrupt = std::make_shared<IoInterrupt>();
        QElapsedTimer timer;
        timer.start();
        std::thread aborter([interrupt] {
            std::this_thread::sleep_for(200ms);
            interrupt->requestAbort();
        });
        auto muxer = Muxer::open(MuxerSettings{url, "flv", {}, interrupt, 30000ms});
        const qint64 elapsed = timer.elapsed();
        aborter.join();
        QVERIFY(!muxer);
        QVERIFY2(elapsed >= 150 && elapsed < 600, qPrintable(QString::number(elapsed)));
        QVERIFY(interrupt->abortRequested());
        interrupt->reset();
        QVERIFY(!interrupt->shouldInterrupt());
    }

    void interruptDeadlinesAreEarliestWins() {
        IoInterrupt interrupt;
        QVERIFY(!interrupt.shouldInterrupt());
        interrupt.abortAt(IoInterrupt::Clock::now() + 10h);
        interrupt.abortAt(IoInterrupt::Clock::now() - 1ms);
        interrupt.abortAt(IoInterrupt::Clock::now() + 1h);
        QVERIFY(interrupt.shouldInterrupt());
        interrupt.reset();
        interrupt.setOperationDeadline(IoInterrupt::Clock::now() + 1h);
        QVERIFY(!interrupt.shouldInterrupt());
        interrupt.setOperationDeadline(IoInterrupt::Clock::now() - 1ms);
        QVERIFY(interrupt.shouldInterrupt());
        interrupt.clearOperationDeadline();
        QVERIFY(!interrupt.shouldInterrupt());
    }
};

QTEST_GUILESS_MAIN(TestMuxer)
#include "tst_muxer.moc"
