// Ingest and decode benchmark: N publishers (default five 1080p30 H.264 + AAC streams) into the
// headless app for a fixed time, against the CPU time of `ffmpeg -i <clip> -f null -` decoding
// the same clips, measured in the same run.
//
//   bench_ingest [--seconds 60] [--cameras 5] [--size 1920x1080] [--fps 30] [--work-dir DIR]
#include <cstdio>
#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
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

namespace {

QTextStream out(stdout);
using wl::bench::childCpuSeconds;
using wl::bench::peakRssMb;
using wl::bench::processCpuSeconds;
using wl::bench::run;

QJsonArray getCameras(quint16 port, const QString& token) {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/cameras").arg(port)));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonArray cameras = QJsonDocument::fromJson(reply->readAll()).array();
    delete reply;
    return cameras;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Publishing time."),
                      QStringLiteral("s"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("cameras"), QStringLiteral("Publishers (1-5)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Picture size."),
                      QStringLiteral("WxH"), QStringLiteral("1920x1080")});
    parser.addOption({QStringLiteral("fps"), QStringLiteral("Frame rate."), QStringLiteral("fps"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("work-dir"),
                      QStringLiteral("Where the clip is made and kept between runs."),
                      QStringLiteral("dir"),
                      QDir::temp().filePath(QStringLiteral("wedlive-bench"))});
    parser.addOption({QStringLiteral("app"), QStringLiteral("The wedlive binary."),
                      QStringLiteral("path"), QStringLiteral(WEDLIVE_APP_BINARY)});
    parser.process(app);

    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int cameras = std::clamp(parser.value(QStringLiteral("cameras")).toInt(), 1, 5);
    const QString size = parser.value(QStringLiteral("size"));
    const int fps = parser.value(QStringLiteral("fps")).toInt();
    QDir work(parser.value(QStringLiteral("work-dir")));
    work.mkpath(QStringLiteral("."));

    // One clip, as a live encoder makes it (no B-frames, 2 s GOP), published by every camera.
    const QString clip =
        work.filePath(QStringLiteral("clip_%1_%2fps_%3s.mp4").arg(size).arg(fps).arg(seconds + 5));
    out << "test clip " << clip << Qt::endl;
    if (!wl::bench::makeClip(clip, size, fps, seconds + 5)) {
        out << "could not make the clip" << Qt::endl;
        return 1;
    }

    QTemporaryDir config;
    QProcess wedlive;
    const auto started =
        wl::bench::startApp(wedlive, parser.value(QStringLiteral("app")),
                            {QStringLiteral("--config-dir"), config.path(),
                             QStringLiteral("--api-token"), QStringLiteral("bench-token")});
    const quint16 rtmpPort = started.rtmpPort;
    const quint16 httpPort = started.httpPort;
    if (rtmpPort == 0 || httpPort == 0) {
        out << "wedlive did not start:\n" << started.banner << Qt::endl;
        return 1;
    }
    const QJsonArray initial = getCameras(httpPort, QStringLiteral("bench-token"));

    const double appCpuBefore = processCpuSeconds(wedlive.processId());
    std::vector<std::unique_ptr<QProcess>> publishers;
    for (int i = 0; i < cameras; ++i) {
        const QString key = initial.at(i).toObject().value(QStringLiteral("stream_key")).toString();
        auto publisher = std::make_unique<QProcess>();
        publisher->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        publisher->start(QStringLiteral("ffmpeg"),
                         {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                          QStringLiteral("error"), QStringLiteral("-re"), QStringLiteral("-i"),
                          clip, QStringLiteral("-t"), QString::number(seconds),
                          QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-f"),
                          QStringLiteral("flv"),
                          QStringLiteral("rtmp://127.0.0.1:%1/live/%2").arg(rtmpPort).arg(key)});
        publishers.push_back(std::move(publisher));
    }
    out << "publishing " << cameras << " x " << size << "@" << fps << " for " << seconds << " s"
        << Qt::endl;
    for (auto& publisher : publishers)
        publisher->waitForFinished((seconds + 30) * 1000);
    QThread::msleep(500); // let the decoders finish the last frames
    const double appCpu = processCpuSeconds(wedlive.processId()) - appCpuBefore;
    const double rssMb = peakRssMb(wedlive.processId());
    const QJsonArray final = getCameras(httpPort, QStringLiteral("bench-token"));
    wedlive.terminate();
    wedlive.waitForFinished(10000);

    // The baseline: ffmpeg decoding the same clips, same length, in this run.
    const double childrenBefore = childCpuSeconds();
    for (int i = 0; i < cameras; ++i) {
        run(QStringLiteral("ffmpeg"),
            {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
             QStringLiteral("-i"), clip, QStringLiteral("-t"), QString::number(seconds),
             QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
    }
    const double baselineCpu = childCpuSeconds() - childrenBefore;

    out << Qt::endl << "camera  decoded  fps    dropped  late  errors" << Qt::endl;
    std::uint64_t totalDropped = 0;
    for (int i = 0; i < cameras; ++i) {
        const QJsonObject stats = final.at(i).toObject().value(QStringLiteral("stats")).toObject();
        const auto decoded = stats.value(QStringLiteral("frames_decoded")).toInteger();
        const auto dropped = stats.value(QStringLiteral("frames_dropped")).toInteger();
        totalDropped += static_cast<std::uint64_t>(dropped);
        out << QStringLiteral("cam%1    %2  %3  %4  %5  %6")
                   .arg(i + 1)
                   .arg(decoded, 7)
                   .arg(static_cast<double>(decoded) / seconds, 5, 'f', 2)
                   .arg(dropped, 7)
                   .arg(stats.value(QStringLiteral("frames_late")).toInteger(), 4)
                   .arg(stats.value(QStringLiteral("decode_errors")).toInteger(), 6)
            << Qt::endl;
    }
    const double ratio = baselineCpu > 0 ? appCpu / baselineCpu : 0;
    out << Qt::endl
        << QStringLiteral("wedlive CPU:            %1 s").arg(appCpu, 0, 'f', 2) << Qt::endl
        << QStringLiteral("ffmpeg -f null CPU:     %1 s  (same %2 clips, same length)")
               .arg(baselineCpu, 0, 'f', 2)
               .arg(cameras)
        << Qt::endl
        << QStringLiteral("ratio:                  %1  (target <= 1.15)").arg(ratio, 0, 'f', 3)
        << Qt::endl
        << QStringLiteral("wedlive peak RSS:       %1 MB  (target <= 600)").arg(rssMb, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("dropped frames:         %1  (target 0)").arg(totalDropped) << Qt::endl;
    return 0;
}
