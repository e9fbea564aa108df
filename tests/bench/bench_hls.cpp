// HLS packaging cost: the same encoded program (the real ProgramEncoder, 720p30 at 4 Mb/s + AAC)
// through the HlsPackager (fMP4 parts and segments, playlists, snapshots) and, as the baseline,
// through libavformat's mp4 muxer into memory with one fragment per keyframe (what a plain
// fragmented recording costs). Printed per second of program, with their ratio, and the encoder
// thread's share (the queue push) per packet. With --app, also the live edge of the running app
// (`wedlive --headless --demo`, 720p30 ultrafast): how long after a part's last frame (its
// program date-time) a client holding a blocking reload for that part gets the playlist naming
// it (encoder, packager and origin together).
//
//   bench_hls [--seconds 20] [--repeat 5] [--app [--parts 60]]
#include <algorithm>
#include <chrono>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include "BenchSupport.h"
#include "media/MemoryByteSink.h"
#include "media/Muxer.h"
#include "output/HlsPackager.h"
#include "support/EncodedProgram.h"

using namespace wl;
using Clock = std::chrono::steady_clock;

namespace {

QTextStream out(stdout);

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct HlsRun {
    double totalMs = 0;
    double pushMs = 0;
    std::uint64_t segments = 0;
};

HlsRun packageOnce(const test::EncodedProgram& program) {
    SessionClock clock;
    output::HlsPackagerSettings settings;
    settings.queuePackets = program.packets.size() + 1; // measure work, not drops
    output::HlsPackager packager(settings, clock);
    HlsRun run;
    const auto started = Clock::now();
    packager.streamsStarted(program.streams);
    for (const auto& packet : program.packets) {
        const auto pushed = Clock::now();
        packager.packetReady(packet);
        run.pushMs += millisecondsSince(pushed);
        while (packager.step(std::chrono::milliseconds(0))) {
        }
    }
    run.totalMs = millisecondsSince(started);
    run.segments = packager.stats().segments;
    return run;
}

double muxOnce(const test::EncodedProgram& program) {
    const auto started = Clock::now();
    auto sink = std::make_shared<media::MemoryByteSink>();
    media::MuxerSettings settings;
    settings.url = "baseline.mp4";
    settings.formatName = "mp4";
    settings.sink = sink;
    settings.options = {{"movflags", "+frag_keyframe+empty_moov+default_base_moof"}};
    auto muxer = media::Muxer::open(settings);
    if (!muxer)
        return -1;
    const AVRational rate{program.streams.videoTimeBase.den, program.streams.videoTimeBase.num};
    const int video =
        muxer->addStream(program.streams.video, program.streams.videoTimeBase, rate).value();
    const int audio =
        muxer->addStream(program.streams.audio, program.streams.audioTimeBase).value();
    if (!muxer->writeHeader())
        return -1;
    qsizetype bytes = 0;
    for (const auto& packet : program.packets) {
        if (!muxer->write(packet, packet.kind() == media::MediaKind::Video ? video : audio))
            return -1;
        if (sink->pending() > 0)
            bytes += sink->take().size();
    }
    if (!muxer->finish())
        return -1;
    bytes += sink->take().size();
    return bytes > 0 ? millisecondsSince(started) : -1;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(std::vector<double> values, double fraction) {
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1))];
}

const QString kToken = QStringLiteral("bench-token");

QByteArray call(QNetworkAccessManager& network, quint16 port, const QByteArray& verb,
                const QString& path) {
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
    request.setTransferTimeout(10000);
    QNetworkReply* reply = network.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray body =
        reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    delete reply;
    return body;
}

// The program date-time at which part `uri` ends, from the playlist that lists it; 0 if absent.
std::int64_t partEndMs(const QByteArray& playlist, const QString& uri) {
    std::int64_t segmentStart = 0;
    double offset = 0;
    for (const QString& line : QString::fromUtf8(playlist).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("#EXT-X-PROGRAM-DATE-TIME:"))) {
            segmentStart =
                QDateTime::fromString(line.mid(25), Qt::ISODateWithMs).toMSecsSinceEpoch();
            offset = 0;
        } else if (line.startsWith(QLatin1String("#EXT-X-PART:"))) {
            offset += QRegularExpression(QStringLiteral("DURATION=([0-9.]+)"))
                          .match(line)
                          .captured(1)
                          .toDouble();
            if (line.contains(QStringLiteral("URI=\"%1\"").arg(uri)))
                return segmentStart + static_cast<std::int64_t>(offset * 1000);
        }
    }
    return 0;
}

QString hintOf(const QByteArray& playlist) {
    return QRegularExpression(QStringLiteral("#EXT-X-PRELOAD-HINT:TYPE=PART,URI=\"([^\"]+)\""))
        .match(QString::fromUtf8(playlist))
        .captured(1);
}

// Live edge of the running app: blocking reloads for the next part, one after the other.
int measureApp(int parts) {
    QTemporaryDir config;
    const QString binary = QStringLiteral(WEDLIVE_APP_BINARY);
    const QStringList arguments{"--config-dir",     config.path(),
                                "--recordings-dir", config.filePath(QStringLiteral("rec")),
                                "--api-token",      kToken};
    {
        // A first start writes the default event.json; then a 720p30 ultrafast program.
        QProcess first;
        if (bench::startApp(first, binary, arguments).httpPort == 0)
            return 1;
        first.terminate();
        first.waitForFinished(30000);
        QFile file(QDir(config.path()).filePath(QStringLiteral("event.json")));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        root.insert(QStringLiteral("output"),
                    QJsonObject{{QStringLiteral("width"), 1280},
                                {QStringLiteral("height"), 720},
                                {QStringLiteral("fps"), 30},
                                {QStringLiteral("video_bitrate_kbps"), 2500},
                                {QStringLiteral("encoder_preset"), QStringLiteral("ultrafast")}});
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        file.write(QJsonDocument(root).toJson());
    }
    QProcess wedlive;
    const auto started = bench::startApp(wedlive, binary, arguments + QStringList{"--demo"});
    if (started.httpPort == 0)
        return 1;
    QNetworkAccessManager network;
    QThread::sleep(4); // the demo cameras connect
    call(network, started.httpPort, "POST", QStringLiteral("/api/live/start"));
    const QString playlistPath = QStringLiteral("/hls/output_main.m3u8");
    QByteArray playlist;
    for (int i = 0; i < 100 && hintOf(playlist).isEmpty(); ++i) {
        QThread::msleep(100);
        playlist = call(network, started.httpPort, "GET", playlistPath);
    }
    std::vector<double> delays;
    std::vector<double> holds;
    for (int i = 0; i < parts + 5; ++i) {
        const QString hint = hintOf(playlist);
        const auto match =
            QRegularExpression(QStringLiteral("-(\\d+)\\.(\\d+)\\.m4s$")).match(hint);
        if (!match.hasMatch())
            break;
        const auto asked = Clock::now();
        playlist = call(network, started.httpPort, "GET",
                        playlistPath + QStringLiteral("?_HLS_msn=%1&_HLS_part=%2")
                                           .arg(match.captured(1), match.captured(2)));
        const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
        const std::int64_t endMs = partEndMs(playlist, hint);
        if (i >= 5 && endMs > 0) { // the first parts include the start-up
            delays.push_back(static_cast<double>(nowMs - endMs));
            holds.push_back(millisecondsSince(asked));
        }
    }
    wedlive.terminate();
    wedlive.waitForFinished(30000);
    if (delays.empty()) {
        out << "no parts measured" << Qt::endl;
        return 1;
    }
    out << "app live edge over " << delays.size()
        << " parts: from a part's last frame to a held client's answer p50 "
        << percentile(delays, 0.5) << " ms, p95 " << percentile(delays, 0.95)
        << " ms; blocking reloads were held p50 " << percentile(holds, 0.5) << " ms" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"seconds", "Seconds of program", "n", "20"});
    parser.addOption({"repeat", "Runs of each", "n", "5"});
    parser.addOption({"app", "Also measure the running app's live edge"});
    parser.addOption({"parts", "Parts measured with --app", "n", "60"});
    parser.process(app);
    const int seconds = std::max(2, parser.value("seconds").toInt());
    const int repeat = std::max(1, parser.value("repeat").toInt());

    out << "encoding " << seconds << " s of 1280x720p30 program (ultrafast, 4 Mb/s)..." << Qt::endl;
    const auto encodeStart = Clock::now();
    const auto program = test::encodeProgram(seconds * test::kFps, 1280, 720, 4000);
    const double encodeMs = millisecondsSince(encodeStart);
    if (program.packets.empty()) {
        out << "encoding failed" << Qt::endl;
        return 1;
    }
    qsizetype bytes = 0;
    for (const auto& packet : program.packets)
        bytes += packet.size();

    std::vector<double> hls;
    std::vector<double> push;
    std::vector<double> baseline;
    std::uint64_t segments = 0;
    for (int i = 0; i < repeat; ++i) {
        const auto run = packageOnce(program);
        hls.push_back(run.totalMs);
        push.push_back(run.pushMs);
        segments = run.segments;
        const double mux = muxOnce(program);
        if (mux < 0) {
            out << "baseline muxing failed" << Qt::endl;
            return 1;
        }
        baseline.push_back(mux);
    }
    const double hlsPerSecond = median(hls) / seconds;
    const double baselinePerSecond = median(baseline) / seconds;
    out << "program: " << seconds << " s, " << program.packets.size() << " packets, "
        << bytes / 1024 << " KiB; encoding it took " << encodeMs / seconds
        << " ms per program second (loaded machine)" << Qt::endl;
    out << "HLS packager (parts, segments, playlists, snapshots): " << hlsPerSecond
        << " ms per program second (median of " << repeat << "), " << segments << " segments"
        << Qt::endl;
    out << "baseline mp4 muxer into memory, a fragment per keyframe: " << baselinePerSecond
        << " ms per program second" << Qt::endl;
    out << "ratio HLS / baseline: " << hlsPerSecond / baselinePerSecond << Qt::endl;
    out << "encoder-thread cost (queue push): "
        << median(push) * 1000.0 / static_cast<double>(program.packets.size()) << " us per packet"
        << Qt::endl;
    if (parser.isSet("app"))
        return measureApp(std::max(5, parser.value("parts").toInt()));
    return 0;
}
