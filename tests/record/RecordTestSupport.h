#pragma once

// Helpers shared by the core/record tests: test streams made by the ffmpeg CLI, read back with
// our Demuxer, fed through the camera tap, and files inspected with the ffprobe CLI.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include "common/SessionClock.h"
#include "common/WorkerThread.h"
#include "media/CodecParameters.h"
#include "media/Demuxer.h"
#include "media/Packet.h"
#include "record/Recorder.h"
#include "sources/CameraStreamTap.h"

namespace wl::record::test {

// An H.264 (with B-frames, one keyframe a second) + AAC stream in FLV, as a camera publishes it.
inline bool makeFlv(const QString& path, double seconds, int width = 320, int height = 180,
                    const QStringList& extraOutputArgs = {}) {
    QProcess ffmpeg;
    QStringList args{QStringLiteral("-hide_banner"),
                     QStringLiteral("-nostdin"),
                     QStringLiteral("-loglevel"),
                     QStringLiteral("error"),
                     QStringLiteral("-y"),
                     QStringLiteral("-f"),
                     QStringLiteral("lavfi"),
                     QStringLiteral("-i"),
                     QStringLiteral("testsrc2=size=%1x%2:rate=30").arg(width).arg(height),
                     QStringLiteral("-f"),
                     QStringLiteral("lavfi"),
                     QStringLiteral("-i"),
                     QStringLiteral("sine=frequency=440:sample_rate=48000"),
                     QStringLiteral("-t"),
                     QString::number(seconds),
                     QStringLiteral("-c:v"),
                     QStringLiteral("libx264"),
                     QStringLiteral("-preset"),
                     QStringLiteral("veryfast"),
                     QStringLiteral("-bf"),
                     QStringLiteral("2"),
                     QStringLiteral("-g"),
                     QStringLiteral("30"),
                     QStringLiteral("-pix_fmt"),
                     QStringLiteral("yuv420p"),
                     QStringLiteral("-threads"),
                     QStringLiteral("1"),
                     QStringLiteral("-c:a"),
                     QStringLiteral("aac"),
                     QStringLiteral("-b:a"),
                     QStringLiteral("64k")};
    args << extraOutputArgs << QStringLiteral("-f") << QStringLiteral("flv") << path;
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0) {
        qWarning("ffmpeg failed: %s", ffmpeg.readAllStandardError().constData());
        return false;
    }
    return true;
}

// Everything a stream file holds, in file order.
struct StreamContents {
    std::optional<media::CodecParameters> video;
    std::optional<media::CodecParameters> audio;
    std::vector<media::Packet> packets;
    int videoCount() const {
        int count = 0;
        for (const auto& packet : packets)
            count += packet.kind() == media::MediaKind::Video ? 1 : 0;
        return count;
    }
    int audioCount() const { return static_cast<int>(packets.size()) - videoCount(); }
    int keyframes() const {
        int count = 0;
        for (const auto& packet : packets)
            count += packet.kind() == media::MediaKind::Video && packet.isKeyframe() ? 1 : 0;
        return count;
    }
};

inline std::optional<StreamContents> readStream(const QString& path) {
    auto demuxer = media::Demuxer::open(media::DemuxerSettings{path.toStdString(), {}, {}, {}});
    if (!demuxer) {
        qWarning("cannot open %s: %s", qPrintable(path), demuxer.error().toString().c_str());
        return std::nullopt;
    }
    StreamContents contents;
    const int video = demuxer->bestStream(media::MediaKind::Video);
    const int audio = demuxer->bestStream(media::MediaKind::Audio);
    if (video >= 0)
        contents.video = demuxer->streamParameters(video).value();
    if (audio >= 0)
        contents.audio = demuxer->streamParameters(audio).value();
    for (;;) {
        auto packet = demuxer->read();
        if (!packet) {
            qWarning("read %s: %s", qPrintable(path), packet.error().toString().c_str());
            return std::nullopt;
        }
        if (!packet->has_value())
            break;
        const int index = (*packet)->streamIndex();
        if (index == video || index == audio)
            contents.packets.push_back(std::move(**packet));
    }
    return contents;
}

// Publishes `contents` through a camera tap as the ingest would: ms timestamps, arrival times on
// the session clock starting at `firstArrivalUs` and following the timestamps.
inline void feedCamera(sources::CameraStreamTap& tap, std::uint64_t publishId,
                       const StreamContents& contents, std::int64_t firstArrivalUs,
                       std::int64_t timestampOffsetMs = 0, bool announce = true) {
    if (announce) {
        tap.publishStarted(publishId, firstArrivalUs);
        if (contents.video)
            tap.configReceived(publishId, *contents.video);
        if (contents.audio)
            tap.configReceived(publishId, *contents.audio);
    }
    const std::int64_t firstDts = contents.packets.empty() ? 0 : contents.packets.front().dts();
    for (const media::Packet& source : contents.packets) {
        media::Packet packet = source;
        packet.setDts(source.dts() + timestampOffsetMs);
        packet.setPts(source.pts() + timestampOffsetMs);
        packet.setArrivalUs(firstArrivalUs + (source.dts() - firstDts) * 1000);
        tap.packetReceived(publishId, packet);
    }
}

// Feeds packets [begin, end) paced like a live camera (by their timestamps); returns the
// longest any single push took.
inline std::chrono::microseconds feedPaced(sources::CameraStreamTap& tap, std::uint64_t publishId,
                                           const StreamContents& contents, std::size_t begin,
                                           std::size_t end, const SessionClock& clock) {
    const auto started = std::chrono::steady_clock::now();
    const std::int64_t firstDts = contents.packets[begin].dts();
    std::chrono::microseconds longest{0};
    for (std::size_t i = begin; i < end && i < contents.packets.size(); ++i) {
        media::Packet packet = contents.packets[i];
        std::this_thread::sleep_until(started + std::chrono::milliseconds(packet.dts() - firstDts));
        packet.setArrivalUs(clock.nowUs());
        const auto before = std::chrono::steady_clock::now();
        tap.packetReceived(publishId, packet);
        longest = std::max(longest, std::chrono::duration_cast<std::chrono::microseconds>(
                                        std::chrono::steady_clock::now() - before));
    }
    return longest;
}

inline void announce(sources::CameraStreamTap& tap, std::uint64_t publishId,
                     const StreamContents& contents) {
    tap.publishStarted(publishId, 0);
    tap.configReceived(publishId, *contents.video);
    tap.configReceived(publishId, *contents.audio);
}

// ffprobe's view of a file: {"streams":[…],"format":{…}} with packet counts.
inline QJsonObject ffprobe(const QString& path) {
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-print_format"),
                 QStringLiteral("json"), QStringLiteral("-show_streams"),
                 QStringLiteral("-show_format"), QStringLiteral("-count_packets"), path});
    if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
}

inline QJsonObject probeStream(const QJsonObject& probe, const QString& codecType) {
    for (const auto& value : probe.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject stream = value.toObject();
        if (stream.value(QStringLiteral("codec_type")).toString() == codecType)
            return stream;
    }
    return {};
}

inline QString probeTimecode(const QJsonObject& probe) {
    const QJsonObject tags =
        probeStream(probe, QStringLiteral("video")).value(QStringLiteral("tags")).toObject();
    return tags.value(QStringLiteral("timecode")).toString();
}

inline double probeDuration(const QJsonObject& probe, const QString& codecType) {
    return probeStream(probe, codecType).value(QStringLiteral("duration")).toString().toDouble();
}

inline int probePackets(const QJsonObject& probe, const QString& codecType) {
    return probeStream(probe, codecType)
        .value(QStringLiteral("nb_read_packets"))
        .toString()
        .toInt();
}

// Seconds of media ffprobe finds in the first stream of `codecType` ("video", "audio") by
// reading every packet: from the first packet's start to the last one's end. Works on fragmented
// files without an index (a crashed recording); -1 when ffprobe cannot open the file.
inline double probeMediaSeconds(const QString& path, const QString& codecType) {
    QProcess probe;
    probe.start(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                 codecType.left(1) + QStringLiteral(":0"), QStringLiteral("-show_entries"),
                 QStringLiteral("packet=pts_time,duration_time"), QStringLiteral("-of"),
                 QStringLiteral("csv=p=0"), path});
    if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
        return -1;
    std::optional<double> first;
    double end = 0;
    for (const QByteArray& line : probe.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        bool ok = false;
        const double pts = fields.value(0).toDouble(&ok);
        if (!ok)
            continue;
        const double duration = fields.value(1).toDouble();
        first = std::min(first.value_or(pts), pts);
        end = std::max(end, pts + duration);
    }
    return first ? end - *first : 0;
}

// Decodes the whole file with the ffmpeg CLI; true when it plays without errors.
inline bool playsCleanly(const QString& path, QString* errors = nullptr) {
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-hide_banner"), QStringLiteral("-nostdin"), QStringLiteral("-v"),
                  QStringLiteral("error"), QStringLiteral("-i"), path, QStringLiteral("-f"),
                  QStringLiteral("null"), QStringLiteral("-")});
    if (!ffmpeg.waitForFinished(120000))
        return false;
    const QString log = QString::fromUtf8(ffmpeg.readAllStandardError()).trimmed();
    if (errors)
        *errors = log;
    return ffmpeg.exitCode() == 0 && log.isEmpty();
}

// The top-level MP4 boxes ("ftyp", "moov", "moof", "mdat", …) in file order.
inline QStringList topLevelBoxes(const QString& path) {
    QFile file(path);
    QStringList boxes;
    if (!file.open(QIODevice::ReadOnly))
        return boxes;
    qint64 position = 0;
    while (position + 8 <= file.size()) {
        file.seek(position);
        const QByteArray header = file.read(16);
        if (header.size() < 8)
            break;
        auto byte = [&](int i) {
            return static_cast<std::uint64_t>(static_cast<quint8>(header[i]));
        };
        std::uint64_t size = byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
        if (size == 1 && header.size() >= 16) {
            size = 0;
            for (int i = 8; i < 16; ++i)
                size = size << 8 | byte(i);
        } else if (size == 0) {
            size = static_cast<std::uint64_t>(file.size() - position);
        }
        boxes << QString::fromLatin1(header.mid(4, 4));
        if (size < 8)
            break;
        position += static_cast<qint64>(size);
    }
    return boxes;
}

inline bool waitFor(const std::function<bool()>& condition, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

// A recorder running on its own "wl-record" thread, as the Session runs it, in a temporary root.
class RecorderHarness {
public:
    RecorderHarness() {
        settings.recordingsRoot = root.path();
        settings.eventTitle = QStringLiteral("Anna & Ben's Wedding");
    }
    ~RecorderHarness() { thread.stop(); }

    Recorder& start(RecordingEnvironment environment = {}) {
        create(std::move(environment));
        runWorker();
        return *recorder;
    }
    // The recorder without its worker: producers can fill the queues first.
    Recorder& create(RecordingEnvironment environment = {}) {
        recorder = std::make_unique<Recorder>(settings, clock, std::move(environment));
        recorder->setAlertHandler([this](const RecordingAlert& alert) {
            std::lock_guard lock(m_alertMutex);
            m_alerts.push_back(alert);
        });
        return *recorder;
    }
    void runWorker() {
        thread.start("wl-record", [this](std::stop_token stop) { recorder->run(stop); });
    }
    // Waits until the take is stopped and every file is finished.
    bool waitUntilIdle(int timeoutMs = 30000) {
        return waitFor(
            [this] {
                const auto state = recorder->status().state;
                return state == RecordingState::Idle || state == RecordingState::Error;
            },
            timeoutMs);
    }
    std::vector<RecordingAlert> alerts() {
        std::lock_guard lock(m_alertMutex);
        return m_alerts;
    }
    bool hasAlert(RecordingAlert::Kind kind) {
        for (const auto& alert : alerts()) {
            if (alert.kind == kind)
                return true;
        }
        return false;
    }
    QString eventPath(const QString& relative) const {
        return recorder->eventFolder() + u'/' + relative;
    }

    QTemporaryDir root;
    SessionClock clock;
    RecordingSettings settings;
    std::unique_ptr<Recorder> recorder;
    WorkerThread thread;

private:
    std::mutex m_alertMutex;
    std::vector<RecordingAlert> m_alerts;
};

} // namespace wl::record::test
