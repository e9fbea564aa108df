// Program engine benchmark: five 1080p30 publishers, a 1080p30 program encoded and recorded with
// every ISO file, a cut every 2 s. Printed beside an ffmpeg CLI run doing the same decode, scale,
// encode and stream-copy work on the same clips in this run.
//
//   bench_program [--seconds 120] [--cameras 5] [--cut-every 2] [--work-dir DIR]
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include "BenchSupport.h"

namespace {

QTextStream out(stdout);
const QString kToken = QStringLiteral("bench-token");

QByteArray call(quint16 port, const QByteArray& verb, const QString& path) {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
    QNetworkReply* reply = network.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

QJsonObject getObject(quint16 port, const QString& path) {
    return QJsonDocument::fromJson(call(port, "GET", path)).object();
}

// "wl-dec-cam1 9.1%, wl-encode 20.3%, …": each thread's share of the machine over the window,
// largest first. x264's workers carry the name of the thread that opened the encoder.
QString threadShares(const QMap<QString, double>& before, const QMap<QString, double>& after,
                     double machineSeconds) {
    std::vector<std::pair<double, QString>> shares;
    for (auto it = after.begin(); it != after.end(); ++it)
        shares.emplace_back(it.value() - before.value(it.key()), it.key());
    std::sort(shares.rbegin(), shares.rend());
    QStringList parts;
    for (const auto& [seconds, name] : shares) {
        if (seconds * 1000 >= machineSeconds) // under 0.1 % is noise
            parts.append(QStringLiteral("%1 %2%").arg(name).arg(100.0 * seconds / machineSeconds, 0,
                                                                'f', 1));
    }
    return parts.join(QStringLiteral(", "));
}

double percentile(std::vector<double> values, double fraction) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1))];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"seconds", "Measured time.", "s", "120"});
    parser.addOption({"cameras", "Publishers (2-5).", "n", "5"});
    parser.addOption({"cut-every", "Seconds between cuts.", "s", "2"});
    parser.addOption({"work-dir", "Where clips are made and kept between runs.", "dir",
                      QDir::temp().filePath(QStringLiteral("wedlive-bench"))});
    parser.addOption({"app", "The wedlive binary.", "path", QStringLiteral(WEDLIVE_APP_BINARY)});
    parser.process(app);
    const int seconds = parser.value("seconds").toInt();
    const int cameras = std::clamp(parser.value("cameras").toInt(), 2, 5);
    const int cutEvery = std::max(1, parser.value("cut-every").toInt());
    const int fps = 30;
    QDir work(parser.value("work-dir"));
    work.mkpath(QStringLiteral("."));

    // Publishers start a few seconds before the measurement and stop after it.
    const int clipSeconds = seconds + 15;
    const QString clip =
        work.filePath(QStringLiteral("clip_1920x1080_30fps_%1s.mp4").arg(clipSeconds));
    out << "test clip " << clip << Qt::endl;
    if (!wl::bench::makeClip(clip, QStringLiteral("1920x1080"), fps, clipSeconds)) {
        out << "could not make the clip" << Qt::endl;
        return 1;
    }

    QTemporaryDir config;
    QProcess wedlive;
    const auto started =
        wl::bench::startApp(wedlive, parser.value("app"),
                            {"--config-dir", config.path(), "--recordings-dir",
                             config.filePath(QStringLiteral("rec")), "--api-token", kToken});
    const quint16 rtmpPort = started.rtmpPort;
    const quint16 httpPort = started.httpPort;
    if (rtmpPort == 0 || httpPort == 0) {
        out << "wedlive did not start:\n" << started.banner << Qt::endl;
        return 1;
    }
    const QJsonArray initial =
        QJsonDocument::fromJson(call(httpPort, "GET", "/api/cameras")).array();
    std::vector<std::unique_ptr<QProcess>> publishers;
    for (int i = 0; i < cameras; ++i) {
        const QString key = initial.at(i).toObject().value("stream_key").toString();
        auto publisher = std::make_unique<QProcess>();
        publisher->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        publisher->start("ffmpeg",
                         {"-hide_banner", "-loglevel", "error", "-re", "-i", clip, "-c", "copy",
                          "-f", "flv",
                          QStringLiteral("rtmp://127.0.0.1:%1/live/%2").arg(rtmpPort).arg(key)});
        publishers.push_back(std::move(publisher));
    }
    QThread::sleep(4);                         // cameras connect and go live
    call(httpPort, "POST", "/api/live/start"); // records every camera and the program

    const auto before = getObject(httpPort, "/api/status").value("program").toObject();
    const double cpuBefore = wl::bench::processCpuSeconds(wedlive.processId());
    const auto threadsBefore = wl::bench::threadCpuSeconds(wedlive.processId());
    QElapsedTimer measured;
    measured.start();
    std::vector<double> cutLatencyFrames;
    std::vector<std::int64_t> requestWallUs;
    int cut = 0;
    while (measured.elapsed() < seconds * 1000LL) {
        QThread::msleep(static_cast<unsigned long>(cutEvery) * 1000);
        const QString camera = QStringLiteral("cam%1").arg(++cut % cameras + 1);
        requestWallUs.push_back(QDateTime::currentMSecsSinceEpoch() * 1000);
        call(httpPort, "POST", QStringLiteral("/api/cameras/%1/switch").arg(camera));
    }
    const double elapsedS = static_cast<double>(measured.elapsed()) / 1000.0;
    const double appCpu = wl::bench::processCpuSeconds(wedlive.processId()) - cpuBefore;
    const auto threadsAfter = wl::bench::threadCpuSeconds(wedlive.processId());
    const auto after = getObject(httpPort, "/api/status").value("program").toObject();
    const double rssMb = wl::bench::peakRssMb(wedlive.processId());
    const auto recordings = getObject(httpPort, "/api/recordings");
    call(httpPort, "POST", "/api/live/end");
    QThread::sleep(2);

    // Cut latency: the frame a cut landed on (journal wall time) against when it was asked for.
    QFile journal(QDir(recordings.value("folder").toString()).filePath("session.jsonl"));
    std::vector<double> switchWallUs;
    if (journal.open(QIODevice::ReadOnly)) {
        while (!journal.atEnd()) {
            const auto line = QJsonDocument::fromJson(journal.readLine()).object();
            if (line.value("event").toString() == QLatin1String("switch")) {
                const auto wall =
                    QDateTime::fromString(line.value("wall_time").toString(), Qt::ISODateWithMs);
                switchWallUs.push_back(static_cast<double>(wall.toMSecsSinceEpoch()) * 1000.0);
            }
        }
    }
    std::vector<double> cutLatencyMs;
    for (std::size_t i = 0; i < std::min(switchWallUs.size(), requestWallUs.size()); ++i) {
        const double us = switchWallUs[i] - static_cast<double>(requestWallUs[i]);
        cutLatencyMs.push_back(us / 1000.0);
        // Frame periods from the request (HTTP included) to the tick that shows the cut.
        cutLatencyFrames.push_back(std::ceil(us * fps / 1e6));
    }

    for (auto& publisher : publishers) {
        publisher->kill();
        publisher->waitForFinished(5000);
    }
    wedlive.terminate();
    wedlive.waitForFinished(120000);

    // Baseline: ffmpeg decodes every clip for the same time, encodes one 1080p30 program with the
    // app's encoder settings, and stream-copies every clip into MP4 (the ISO files).
    QTemporaryDir baselineDir;
    QStringList args{"-hide_banner", "-loglevel", "error", "-y"};
    for (int i = 0; i < cameras; ++i)
        args << "-t" << QString::number(elapsedS, 'f', 1) << "-i" << clip;
    args << "-map"
         << "0:v"
         << "-map"
         << "0:a"
         << "-vf"
         << "scale=1920:1080,format=yuv420p"
         << "-c:v"
         << "libx264"
         << "-preset"
         << "veryfast"
         << "-tune"
         << "zerolatency"
         << "-profile:v"
         << "high"
         << "-b:v"
         << "6000k"
         << "-g"
         << "30"
         << "-c:a"
         << "aac"
         << "-b:a"
         << "128k" << baselineDir.filePath("program.mp4");
    for (int i = 1; i < cameras; ++i)
        args << "-map" << QStringLiteral("%1:v").arg(i) << "-vf"
             << "scale=1920:1080"
             << "-f"
             << "null"
             << "-";
    for (int i = 0; i < cameras; ++i)
        args << "-map" << QString::number(i) << "-c"
             << "copy" << baselineDir.filePath(QStringLiteral("iso%1.mp4").arg(i));
    const double childrenBefore = wl::bench::childCpuSeconds();
    const bool baselineOk = wl::bench::run("ffmpeg", args);
    const double baselineCpu = wl::bench::childCpuSeconds() - childrenBefore;

    const auto delta = [&](const char* key) {
        return after.value(key).toDouble() - before.value(key).toDouble();
    };
    const double expectedFrames = delta("frame_number");
    const double producedFrames = delta("frames");
    const double cores = static_cast<double>(QThread::idealThreadCount());
    out << Qt::endl
        << QStringLiteral("measured:               %1 s, %2 cameras 1920x1080@30, program "
                          "1920x1080@30, cut every %3 s")
               .arg(elapsedS, 0, 'f', 1)
               .arg(cameras)
               .arg(cutEvery)
        << Qt::endl
        << QStringLiteral("program frames:         %1 of %2 expected (%3%), skipped %4")
               .arg(producedFrames)
               .arg(expectedFrames)
               .arg(expectedFrames > 0 ? 100.0 * producedFrames / expectedFrames : 0, 0, 'f', 2)
               .arg(delta("skipped_frames"))
        << Qt::endl
        << QStringLiteral("encoder:                %1 frames encoded, %2 dropped")
               .arg(delta("encoded_frames"))
               .arg(delta("encoder_dropped_frames"))
        << Qt::endl
        << QStringLiteral(
               "cut latency (frames):   p50 %1, max %2 over %3 cuts  (goal: next frame = 1)")
               .arg(percentile(cutLatencyFrames, 0.5))
               .arg(percentile(cutLatencyFrames, 1.0))
               .arg(cutLatencyFrames.size())
        << Qt::endl
        << QStringLiteral("cut latency (ms):       p50 %1, max %2  (goal: the next tick, at most "
                          "one frame = %3 ms plus the HTTP call)")
               .arg(percentile(cutLatencyMs, 0.5), 0, 'f', 1)
               .arg(percentile(cutLatencyMs, 1.0), 0, 'f', 1)
               .arg(1000.0 / fps, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("arrival -> encoder:     p50 %1 ms, p95 %2 ms  (goal p95 <= 50)")
               .arg(after.value("latency_p50_ms").toDouble())
               .arg(after.value("latency_p95_ms").toDouble())
        << Qt::endl
        << QStringLiteral("wedlive CPU:            %1 s = %2% of %3 cores  (goal <= 70%)")
               .arg(appCpu, 0, 'f', 1)
               .arg(100.0 * appCpu / (elapsedS * cores), 0, 'f', 1)
               .arg(cores)
        << Qt::endl
        << QStringLiteral("  by thread:            %1")
               .arg(threadShares(threadsBefore, threadsAfter, elapsedS * cores))
        << Qt::endl
        << QStringLiteral("wedlive peak RSS:       %1 MB  (goal <= 1024)").arg(rssMb, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("recorded:               %1 files, %2 MB")
               .arg(recordings.value("files").toArray().size())
               .arg(recordings.value("bytes").toDouble() / 1e6, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("ffmpeg baseline CPU:    %1 s%2")
               .arg(baselineCpu, 0, 'f', 1)
               .arg(baselineOk ? "" : " (FAILED)")
        << Qt::endl
        << QStringLiteral("ratio:                  %1  (goal <= 1.10)")
               .arg(baselineCpu > 0 ? appCpu / baselineCpu : 0, 0, 'f', 3)
        << Qt::endl;
    return 0;
}
