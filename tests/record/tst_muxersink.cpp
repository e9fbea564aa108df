#include <cerrno>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "../media/MediaTestSupport.h"
#include "RecordTestSupport.h"
#include "media/AvLogRouting.h"
#include "media/Encoder.h"
#include "media/Muxer.h"
#include "record/FileSink.h"

using namespace wl;
using namespace wl::media;

namespace {

// A seekable sink in memory that can be told to fail after some bytes.
class MemorySink final : public ByteSink {
public:
    Expected<void> write(std::span<const std::uint8_t> bytes) override {
        if (failAfter >= 0 && m_position + static_cast<std::int64_t>(bytes.size()) > failAfter)
            return makeError(ErrorCode::IoFailure, "write: No space left on device", "memory.mp4");
        const auto end = m_position + static_cast<std::int64_t>(bytes.size());
        if (end > data.size())
            data.resize(end);
        std::copy(bytes.begin(), bytes.end(), data.begin() + m_position);
        m_position = end;
        ++writes;
        return {};
    }
    Expected<void> seek(std::int64_t position) override {
        m_position = position;
        return {};
    }
    std::int64_t position() const override { return m_position; }
    std::int64_t size() const override { return data.size(); }

    QByteArray data;
    std::int64_t failAfter = -1;
    int writes = 0;

private:
    std::int64_t m_position = 0;
};

// One second of 320x240 H.264 and AAC into `muxer`; the first error is returned.
Expected<void> writeOneSecond(Muxer& muxer) {
    VideoEncoderSettings videoSettings;
    videoSettings.width = 320;
    videoSettings.height = 240;
    videoSettings.preset = "ultrafast";
    videoSettings.threads = 1;
    auto video = Encoder::openVideo(videoSettings);
    auto audio = Encoder::openAudio(AudioEncoderSettings{});
    if (!video || !audio)
        return makeError(ErrorCode::CodecFailure, "encoder");
    auto videoStream =
        muxer.addStream(video->codecParameters(), AVRational{1, 30000}, AVRational{30, 1});
    auto audioStream = muxer.addStream(audio->codecParameters(), audio->timeBase());
    if (!videoStream || !audioStream)
        return makeError(ErrorCode::Internal, "streams");
    if (auto header = muxer.writeHeader(); !header)
        return header;
    auto writeAll = [&](Expected<std::vector<Packet>> packets, int stream) -> Expected<void> {
        if (!packets)
            return packets.error();
        for (const Packet& packet : *packets) {
            if (auto written = muxer.write(packet, stream); !written)
                return written;
        }
        return {};
    };
    for (int i = 0; i < 30; ++i) {
        if (auto written = writeAll(video->encode(test::makeVideoFrame(320, 240, i)), *videoStream);
            !written)
            return written;
    }
    for (int i = 0; i < 47; ++i) {
        auto frame = test::makeSineFrame(48000, 2, 1024, i * 1024, 440.0);
        if (auto written = writeAll(audio->encode(frame), *audioStream); !written)
            return written;
    }
    if (auto written = writeAll(video->drain(), *videoStream); !written)
        return written;
    if (auto written = writeAll(audio->drain(), *audioStream); !written)
        return written;
    return muxer.finish();
}

} // namespace

// The Muxer's custom output (MuxerSettings::sink), container metadata and frame rate.
class TestMuxerSink : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { routeAvLogToQt(AV_LOG_FATAL); }

    void writesThroughTheSinkWithTimecodeMetadata() {
        auto sink = std::make_shared<MemorySink>();
        MuxerSettings settings;
        settings.url = "memory.mp4";
        settings.formatName = "mp4";
        settings.options = {{"write_tmcd", "1"}};
        settings.metadata = {{"timecode", "14:03:12:07"},
                             {"creation_time", "2024-06-01T12:03:12.433Z"}};
        settings.sink = sink;
        auto muxer = Muxer::open(std::move(settings));
        QVERIFY(muxer);
        auto written = writeOneSecond(*muxer);
        QVERIFY2(written, written ? "" : written.error().toString().c_str());
        QVERIFY(sink->writes > 0);

        QTemporaryDir dir;
        const QString path = dir.filePath("out.mp4");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sink->data);
        file.close();
        const QJsonObject probe = wl::record::test::ffprobe(path);
        QCOMPARE(wl::record::test::probeTimecode(probe), QStringLiteral("14:03:12:07"));
        QCOMPARE(wl::record::test::probePackets(probe, QStringLiteral("video")), 30);
        QCOMPARE(probe.value(QStringLiteral("format"))
                     .toObject()
                     .value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("creation_time"))
                     .toString(),
                 QStringLiteral("2024-06-01T12:03:12.000000Z"));
        QVERIFY(wl::record::test::playsCleanly(path));
    }

    void theSinksErrorComesBackWithItsContext() {
        auto sink = std::make_shared<MemorySink>();
        sink->failAfter = 4000; // the header fits, the media does not
        MuxerSettings settings;
        settings.url = "memory.mp4";
        settings.formatName = "mp4";
        settings.options = {{"movflags", "+frag_keyframe+empty_moov"}, {"flush_packets", "1"}};
        settings.sink = sink;
        auto muxer = Muxer::open(std::move(settings));
        QVERIFY(muxer);
        auto written = writeOneSecond(*muxer);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::IoFailure);
        QVERIFY2(written.error().message.find("No space left") != std::string::npos,
                 written.error().toString().c_str());
        QVERIFY(written.error().context.find("memory.mp4") != std::string::npos);
    }

    void fileSinkReportsInjectedErrnoAndNeverOverwrites() {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.bin");
        int calls = 0;
        auto sink =
            wl::record::FileSink::open(path, wl::record::FileSink::Mode::CreateNew,
                                       [&](const QString&, std::int64_t offset, std::size_t) {
                                           ++calls;
                                           return offset >= 4 ? ENOSPC : 0;
                                       });
        QVERIFY(sink);
        const std::uint8_t bytes[4] = {1, 2, 3, 4};
        QVERIFY((*sink)->write(bytes));
        QVERIFY((*sink)->sync());
        auto failed = (*sink)->write(bytes);
        QVERIFY(!failed);
        QCOMPARE((*sink)->lastErrno(), ENOSPC);
        QCOMPARE(failed.error().context, path.toStdString());
        QCOMPARE(calls, 2);
        QVERIFY((*sink)->close());
        QCOMPARE(QFile(path).size(), 4);

        auto again = wl::record::FileSink::open(path, wl::record::FileSink::Mode::CreateNew);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        auto append = wl::record::FileSink::open(path, wl::record::FileSink::Mode::Append);
        QVERIFY(append);
        QCOMPARE((*append)->position(), 4);
        QVERIFY((*append)->write(bytes));
        QVERIFY((*append)->truncate(6));
        QCOMPARE(QFile(path).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestMuxerSink)
#include "tst_muxersink.moc"
