// The HLS packager on real encoded program packets (ProgramEncoder: x264 closed GOP + AAC):
// segments at keyframes, parts, playlists, date ranges, the sliding window and the end, with
// init + segment checked by ffprobe.
#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "common/WorkerThread.h"
#include "output/HlsPackager.h"
#include "output/ProgramEncoder.h"
#include "support/EncodedProgram.h"

using namespace wl;
using namespace wl::output;

namespace {

using wl::test::EncodedProgram;
using wl::test::encodeProgram;
using wl::test::kFirstFrame;
using wl::test::kFps;
using wl::test::kSamplesPerFrame;

// Feeds packets and lets the packager work them off on this thread.
void feed(HlsPackager& packager, const std::vector<media::Packet>& packets) {
    for (const auto& packet : packets) {
        packager.packetReady(packet);
        while (packager.step(std::chrono::milliseconds(0))) {
        }
    }
}

void endAndSettle(HlsPackager& packager) {
    packager.endStream();
    QElapsedTimer timer;
    timer.start();
    while (!packager.snapshot()->ended && timer.elapsed() < 5000)
        packager.step(std::chrono::milliseconds(20));
}

QStringList lines(const QByteArray& playlist) {
    return QString::fromUtf8(playlist).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList withPrefix(const QStringList& all, const QString& prefix) {
    QStringList found;
    for (const QString& line : all)
        if (line.startsWith(prefix))
            found.append(line);
    return found;
}

QString attribute(const QString& line, const QString& name) {
    const auto match =
        QRegularExpression(QStringLiteral("[:,]%1=(\"[^\"]*\"|[^,]*)").arg(name)).match(line);
    QString value = match.captured(1);
    if (value.startsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    return value;
}

std::int64_t parseDateUs(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch() * 1000;
}

QJsonObject ffprobe(const QString& path, const QStringList& extra) {
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  QStringList{"-v", "error", "-of", "json"} + extra + QStringList{path});
    process.waitForFinished(30000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestHlsPackager : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_program = encodeProgram(10 * kFps);
        QVERIFY(m_program.packets.size() > 10 * kFps);
    }

    void segmentsStartAtKeyframesAndPartsStayWithinTheTarget() {
        SessionClock clock;
        HlsPackager packager(HlsPackagerSettings{}, clock);
        packager.streamsStarted(m_program.streams);
        feed(packager, m_program.packets);
        const auto live = packager.snapshot();
        QVERIFY(live->started);
        QVERIFY(!live->ended);
        QCOMPARE(live->partTargetSeconds, 10.0 / kFps);
        // Ten seconds of 1 s GOPs: nine complete segments, the tenth open (its last keyframe
        // has come, the next has not).
        QCOMPARE(live->segments.size(), std::size_t{9});
        for (std::size_t i = 0; i < live->segments.size(); ++i) {
            const HlsSegment& segment = live->segments[i];
            QCOMPARE(segment.sequence, std::uint64_t(i));
            QVERIFY(std::abs(segment.durationSeconds - 1.0) < 1e-9);
            QCOMPARE(segment.parts.size(), std::size_t{3});
            QByteArray joined;
            for (const HlsPart& part : segment.parts) {
                QVERIFY(part.durationSeconds <= live->partTargetSeconds + 1e-9);
                QCOMPARE(part.independent, part.index == 0);
                QVERIFY(part.bytes.mid(4, 4) == "moof");
                joined += part.bytes;
            }
            QCOMPARE(joined, segment.bytes);
            // Consecutive segments are one second apart in program date-time too.
            if (i > 0)
                QCOMPARE(segment.programDateTimeUs - live->segments[i - 1].programDateTimeUs,
                         std::int64_t{1000000});
        }
        QVERIFY(live->open);
        QCOMPARE(live->open->sequence, std::uint64_t{9});
        // The hint names the part being written: the next one of the open segment.
        QVERIFY2(live->preloadHintName.endsWith(
                     QStringLiteral("-9.%1.m4s").arg(live->open->parts.size())),
                 qPrintable(live->preloadHintName));
        QVERIFY(live->initSegment.mid(4, 4) == "ftyp");

        endAndSettle(packager);
        const auto ended = packager.snapshot();
        QVERIFY(ended->ended);
        QCOMPARE(ended->segments.size(), std::size_t{10});
        QVERIFY(std::abs(ended->segments.back().durationSeconds - 1.0) < 1e-9);
        QCOMPARE(packager.stats().muxErrors, std::uint64_t{0});
        // Only audio that came before the first keyframe is left out.
        QVERIFY(packager.stats().packetsDropped <= 3);
    }

    void initPlusSegmentPlaysAsH264AndAac() {
        SessionClock clock;
        HlsPackager packager(HlsPackagerSettings{}, clock);
        packager.streamsStarted(m_program.streams);
        feed(packager, m_program.packets);
        const auto snapshot = packager.snapshot();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seg.mp4"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(snapshot->initSegment + snapshot->segments[4].bytes);
        file.close();

        const auto streams = ffprobe(path, {"-show_streams", "-show_format"});
        QStringList codecs;
        for (const auto value : streams.value("streams").toArray())
            codecs.append(value.toObject().value("codec_name").toString());
        QCOMPARE(codecs, (QStringList{"h264", "aac"}));
        // The fragment keeps the program's time line: it starts 104 s in and lasts a second.
        const auto format = streams.value("format").toObject();
        const double start = format.value("start_time").toString().toDouble();
        const double duration = format.value("duration").toString().toDouble() - start;
        QVERIFY2(std::abs(duration - 1.0) < 0.1, qPrintable(QString::number(duration)));
        QVERIFY2(std::abs(start - (kFirstFrame + 4 * kFps) / double(kFps)) < 0.05,
                 qPrintable(QString::number(start)));

        const auto frames = ffprobe(path, {"-select_streams", "v", "-show_frames", "-show_entries",
                                           "frame=key_frame,pict_type,pts_time"});
        const auto list = frames.value("frames").toArray();
        QCOMPARE(list.size(), kFps);
        QCOMPARE(list.first().toObject().value("key_frame").toInt(), 1);
        // Segment 4 starts at program frame kFirstFrame + 120.
        const double first = list.first().toObject().value("pts_time").toString().toDouble();
        QCOMPARE(first, (kFirstFrame + 4 * kFps) / double(kFps));
    }

    void lowLatencyPlaylistCarriesEveryTag() {
        SessionClock clock;
        HlsPackager packager(HlsPackagerSettings{}, clock);
        packager.streamsStarted(m_program.streams);
        // Part of the program, a switch at its frame 225 (segment 7, half a second in), the rest.
        const std::size_t half = m_program.packets.size() * 6 / 10;
        feed(packager, {m_program.packets.begin(), m_program.packets.begin() + half});
        packager.noteSwitch(HlsSwitchMark{kFirstFrame + 225, 0, QStringLiteral("cam2"),
                                          QStringLiteral("Stage \"left\"")});
        feed(packager, {m_program.packets.begin() + half, m_program.packets.end()});
        const auto snapshot = packager.snapshot();
        const QStringList all = lines(snapshot->lowLatencyPlaylist);

        QCOMPARE(all.first(), QStringLiteral("#EXTM3U"));
        QVERIFY(all.contains(QStringLiteral("#EXT-X-TARGETDURATION:1")));
        const QString control = withPrefix(all, "#EXT-X-SERVER-CONTROL:").value(0);
        QCOMPARE(attribute(control, "CAN-BLOCK-RELOAD"), QStringLiteral("YES"));
        const double partTarget =
            attribute(withPrefix(all, "#EXT-X-PART-INF:").value(0), "PART-TARGET").toDouble();
        QVERIFY(std::abs(partTarget - 1.0 / 3) < 1e-4);
        QVERIFY(attribute(control, "PART-HOLD-BACK").toDouble() >= 3 * partTarget - 1e-4);
        QCOMPARE(withPrefix(all, "#EXT-X-MEDIA-SEQUENCE:").value(0),
                 QStringLiteral("#EXT-X-MEDIA-SEQUENCE:3"));
        QCOMPARE(attribute(withPrefix(all, "#EXT-X-MAP:").value(0), "URI"), snapshot->initName);

        // Six segments in the window, each with a date; parts listed for the newest ones.
        const QStringList infs = withPrefix(all, "#EXTINF:");
        QCOMPARE(infs.size(), 6);
        for (const QString& inf : infs)
            QCOMPARE(inf, QStringLiteral("#EXTINF:1.00000,"));
        QVERIFY(withPrefix(all, "#EXT-X-PROGRAM-DATE-TIME:").size() >= 6);
        const QStringList parts = withPrefix(all, "#EXT-X-PART:");
        QVERIFY(parts.size() >= 9);
        for (const QString& part : parts) {
            QVERIFY(attribute(part, "DURATION").toDouble() <= partTarget + 1e-6);
            QVERIFY(snapshot->media(attribute(part, "URI")).has_value());
        }
        QCOMPARE(withPrefix(all, "#EXT-X-PART:").filter("INDEPENDENT=YES").size(),
                 parts.size() / 3 + (parts.size() % 3 ? 1 : 0));
        const QString hint = withPrefix(all, "#EXT-X-PRELOAD-HINT:").value(0);
        QCOMPARE(attribute(hint, "TYPE"), QStringLiteral("PART"));
        QCOMPARE(attribute(hint, "URI"), snapshot->preloadHintName);
        QVERIFY(!snapshot->media(snapshot->preloadHintName));

        // The switch: its date is segment 7's date plus half a second.
        const QString range = withPrefix(all, "#EXT-X-DATERANGE:").value(0);
        QVERIFY2(!range.isEmpty(), snapshot->lowLatencyPlaylist.constData());
        QCOMPARE(attribute(range, "CLASS"), QStringLiteral("live.wedlive.camera"));
        QCOMPARE(attribute(range, "X-CAMERA-ID"), QStringLiteral("cam2"));
        QCOMPARE(attribute(range, "X-CAMERA-NAME"), QStringLiteral("Stage 'left'"));
        QVERIFY(!attribute(range, "ID").isEmpty());
        const HlsSegment* seventh = nullptr;
        for (const auto& segment : snapshot->segments)
            if (segment.sequence == 7)
                seventh = &segment;
        QVERIFY(seventh);
        QCOMPARE(parseDateUs(attribute(range, "START-DATE")),
                 (seventh->programDateTimeUs + 500000) / 1000 * 1000);

        const QStringList plain = lines(snapshot->plainPlaylist);
        QVERIFY(withPrefix(plain, "#EXT-X-PART").isEmpty());
        QVERIFY(withPrefix(plain, "#EXT-X-PRELOAD-HINT").isEmpty());
        QCOMPARE(withPrefix(plain, "#EXTINF:").size(), 6);
        QCOMPARE(withPrefix(plain, "#EXT-X-DATERANGE:").size(), 1);

        endAndSettle(packager);
        const auto ended = packager.snapshot();
        QCOMPARE(lines(ended->lowLatencyPlaylist).last(), QStringLiteral("#EXT-X-ENDLIST"));
        QCOMPARE(lines(ended->plainPlaylist).last(), QStringLiteral("#EXT-X-ENDLIST"));
        QVERIFY(!ended->lowLatencyPlaylist.contains("PRELOAD-HINT"));
    }

    void theWindowSlidesAndOldSegmentsLingerThenGo() {
        SessionClock clock;
        HlsPackagerSettings settings;
        settings.windowSegments = 3;
        settings.lingerSegments = 2;
        HlsPackager packager(settings, clock);
        packager.streamsStarted(m_program.streams);
        feed(packager, m_program.packets);
        const auto snapshot = packager.snapshot();
        // Complete: 0..8. Listed: 6..8. Kept: 4..8. Gone: 0..3.
        QCOMPARE(snapshot->firstPlaylistSequence, std::uint64_t{6});
        QCOMPARE(withPrefix(lines(snapshot->plainPlaylist), "#EXTINF:").size(), 3);
        QVERIFY(snapshot->lowLatencyPlaylist.contains("#EXT-X-MEDIA-SEQUENCE:6\n"));
        QCOMPARE(snapshot->segments.front().sequence, std::uint64_t{4});
        QVERIFY(snapshot->media(snapshot->segments.front().name).has_value());
        QVERIFY(!snapshot->media(QString(snapshot->initName).replace("init.mp4", "3.m4s")));
        QVERIFY(!snapshot->media(QStringLiteral("../etc/passwd")));
    }

    void aPauseInTheOutputEndsTheSegmentWhereThePicturesStopped() {
        // The output stops after 2.5 s and comes back 20 s later (pts jump) on a keyframe.
        std::vector<media::Packet> packets;
        bool resumed = false;
        for (media::Packet packet : m_program.packets) {
            const bool video = packet.kind() == media::MediaKind::Video;
            const std::int64_t frame =
                video ? packet.pts() - kFirstFrame : packet.pts() / kSamplesPerFrame - kFirstFrame;
            if (frame >= 75 && frame < 150)
                continue;
            if (frame >= 150) {
                resumed = true;
                packet.setPts(packet.pts() + (video ? 600 : 600 * kSamplesPerFrame));
                packet.setDts(packet.dts() + (video ? 600 : 600 * kSamplesPerFrame));
                packet.setArrivalUs(packet.arrivalUs() + 20000000);
            }
            packets.push_back(packet);
        }
        QVERIFY(resumed);
        SessionClock clock;
        HlsPackager packager(HlsPackagerSettings{}, clock);
        packager.streamsStarted(m_program.streams);
        feed(packager, packets);
        const auto snapshot = packager.snapshot();
        std::vector<double> durations;
        for (const auto& segment : snapshot->segments)
            durations.push_back(segment.durationSeconds);
        // 1, 1, 0.5 (cut where the pictures stopped), then whole seconds again from frame 150.
        QCOMPARE(durations.size(), std::size_t{7});
        QVERIFY(std::abs(durations[2] - 0.5) < 1e-9);
        for (std::size_t i = 0; i < durations.size(); ++i) {
            QCOMPARE(snapshot->segments[i].sequence, std::uint64_t(i));
            if (i != 2)
                QVERIFY(std::abs(durations[i] - 1.0) < 1e-9);
        }
        QCOMPARE(snapshot->segments[3].programDateTimeUs - snapshot->segments[2].programDateTimeUs,
                 std::int64_t{(150 - 60) * 1000000 / kFps + 20000000});
        QCOMPARE(packager.stats().muxErrors, std::uint64_t{0});
    }

    void aFullQueueDropsAndResumesAtAKeyframe() {
        SessionClock clock;
        HlsPackagerSettings settings;
        settings.queuePackets = 40;
        HlsPackager packager(settings, clock);
        packager.streamsStarted(m_program.streams);
        const auto& packets = m_program.packets;
        const std::size_t stallFrom = packets.size() * 3 / 10;
        const std::size_t stallTo = packets.size() * 6 / 10;
        feed(packager, {packets.begin(), packets.begin() + stallFrom});
        // The packager thread stalls: the encoder side must not wait, packets are dropped.
        QElapsedTimer timer;
        timer.start();
        for (std::size_t i = stallFrom; i < stallTo; ++i)
            packager.packetReady(packets[i]);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(packager.stats().packetsDropped > 40);
        // Then it works off the queue and the rest.
        feed(packager, {packets.begin() + stallTo, packets.end()});
        const auto snapshot = packager.snapshot();
        QVERIFY(snapshot->segments.size() >= 6);
        for (std::size_t i = 0; i < snapshot->segments.size(); ++i) {
            const HlsSegment& segment = snapshot->segments[i];
            QCOMPARE(segment.sequence, std::uint64_t(i));
            QVERIFY(segment.parts.front().independent);
            QVERIFY(segment.durationSeconds > 0 && segment.durationSeconds <= 1.0 + 1e-9);
        }
        QCOMPARE(packager.stats().muxErrors, std::uint64_t{0});
    }

private:
    EncodedProgram m_program;
};

QTEST_GUILESS_MAIN(TestHlsPackager)
#include "tst_hlspackager.moc"
