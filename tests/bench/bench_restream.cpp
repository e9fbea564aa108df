// RTMP restream cost: the app's CPU with one 720p30 camera live and 0 restream destinations,
// then with 3 destinations (ffmpeg receivers on loopback), same clip, same run. The ratio shows
// that restreaming reuses the program's packets (a second encode would cost about as much as the
// first); the destinations' bitrates and drops are printed beside it.
//
//   bench_restream [--seconds 30] [--work-dir DIR]
#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

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

quint16 freePort() {
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

struct Run {
    bool ok = false;
    double cpuPerSecond = 0;
    QJsonArray restream;
};

bool writeConfig(const QString& dir, const QJsonArray& restream, const QString& binary) {
    QProcess first;
    if (wl::bench::startApp(first, binary, {"--config-dir", dir}).httpPort == 0)
        return false;
    first.terminate();
    first.waitForFinished(30000);
    QFile file(QDir(dir).filePath("event.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    root.insert("output", QJsonObject{{"width", 1280},
                                      {"height", 720},
                                      {"fps", 30},
                                      {"video_bitrate_kbps", 3000},
                                      {"encoder_preset", "veryfast"}});
    QJsonObject recording = root.value("recording").toObject();
    recording.insert("auto_start_on_live", false);
    root.insert("recording", recording);
    root.insert("restream", restream);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(root).toJson());
    return true;
}

Run measure(int destinations, const QString& clip, int seconds, const QString& binary) {
    Run run;
    QTemporaryDir config;
    QJsonArray restream;
    std::vector<std::unique_ptr<QProcess>> receivers;
    for (int i = 0; i < destinations; ++i) {
        const quint16 port = freePort();
        const QString url = QStringLiteral("rtmp://127.0.0.1:%1/live").arg(port);
        restream.append(QJsonObject{{"id", QStringLiteral("d%1").arg(i + 1)},
                                    {"url", url},
                                    {"key", "benchkey"},
                                    {"enabled", true}});
        auto receiver = std::make_unique<QProcess>();
        receiver->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        receiver->start("ffmpeg", {"-hide_banner", "-loglevel", "error", "-listen", "1", "-i",
                                   url + "/benchkey", "-c", "copy", "-f", "null", "-"});
        receivers.push_back(std::move(receiver));
    }
    if (!writeConfig(config.path(), restream, binary))
        return run;
    QProcess wedlive;
    const auto started = wl::bench::startApp(wedlive, binary,
                                             {"--config-dir", config.path(), "--recordings-dir",
                                              config.filePath("rec"), "--api-token", kToken});
    if (started.httpPort == 0)
        return run;
    const QString key = QJsonDocument::fromJson(call(started.httpPort, "GET", "/api/cameras"))
                            .array()
                            .at(0)
                            .toObject()
                            .value("stream_key")
                            .toString();
    QProcess publisher;
    publisher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    publisher.start("ffmpeg",
                    {"-hide_banner", "-loglevel", "error", "-re", "-i", clip, "-c", "copy", "-f",
                     "flv",
                     QStringLiteral("rtmp://127.0.0.1:%1/live/%2").arg(started.rtmpPort).arg(key)});
    QThread::sleep(4);
    call(started.httpPort, "POST", "/api/live/start");
    QThread::sleep(3); // destinations connect
    const double before = wl::bench::processCpuSeconds(wedlive.processId());
    QThread::sleep(static_cast<unsigned long>(seconds));
    run.cpuPerSecond = (wl::bench::processCpuSeconds(wedlive.processId()) - before) / seconds;
    run.restream = QJsonDocument::fromJson(call(started.httpPort, "GET", "/api/outputs"))
                       .object()
                       .value("restream")
                       .toArray();
    call(started.httpPort, "POST", "/api/live/end");
    publisher.kill();
    publisher.waitForFinished(5000);
    wedlive.terminate();
    wedlive.waitForFinished(60000);
    for (auto& receiver : receivers) {
        receiver->kill();
        receiver->waitForFinished(5000);
    }
    run.ok = true;
    return run;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"seconds", "Measured time per run.", "s", "30"});
    parser.addOption({"work-dir", "Where the clip is made and kept between runs.", "dir",
                      QDir::temp().filePath(QStringLiteral("wedlive-bench"))});
    parser.addOption({"app", "The wedlive binary.", "path", QStringLiteral(WEDLIVE_APP_BINARY)});
    parser.process(app);
    const int seconds = std::max(5, parser.value("seconds").toInt());
    QDir work(parser.value("work-dir"));
    work.mkpath(".");
    const QString clip =
        work.filePath(QStringLiteral("clip_1280x720_30fps_%1s.mp4").arg(seconds + 15));
    if (!wl::bench::makeClip(clip, QStringLiteral("1280x720"), 30, seconds + 15)) {
        out << "could not make the clip" << Qt::endl;
        return 1;
    }
    const Run baseline = measure(0, clip, seconds, parser.value("app"));
    const Run restream = measure(3, clip, seconds, parser.value("app"));
    if (!baseline.ok || !restream.ok) {
        out << "a run failed" << Qt::endl;
        return 1;
    }
    out << QStringLiteral("app CPU, 720p30 program, %1 s each run:").arg(seconds) << Qt::endl;
    out << QStringLiteral("  no restream      %1 CPU-s/s").arg(baseline.cpuPerSecond, 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("  3 destinations   %1 CPU-s/s").arg(restream.cpuPerSecond, 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("  ratio            %1 (a second encode would be about 1.5-2)")
               .arg(restream.cpuPerSecond / std::max(1e-6, baseline.cpuPerSecond), 0, 'f', 3)
        << Qt::endl;
    for (const auto value : restream.restream) {
        const auto entry = value.toObject();
        out << QStringLiteral("  %1: %2, %3 kb/s, %4 packets sent, %5 dropped, %6 reconnects")
                   .arg(entry.value("id").toString(), entry.value("state").toString())
                   .arg(entry.value("bitrate_kbps").toDouble())
                   .arg(entry.value("packets_sent").toInteger())
                   .arg(entry.value("packets_dropped").toInteger())
                   .arg(entry.value("reconnects").toInteger())
            << Qt::endl;
    }
    return 0;
}
