// The HLS push end to end: the real app packages its program and PUTs it to a real WebDAV origin
// (nginx on loopback, started by the test); the pushed playlist plays from nginx; a 10 s outage
// of nginx leaves the program, the local origin and the app running and shows in /api/outputs;
// when nginx returns, pushing resumes at the live edge with a playlist naming only files it has.
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
#include <QTest>

#include "support/ApiClient.h"
#include "support/FfmpegPublisher.h"
#include "support/HeadlessApp.h"
#include "support/NginxDav.h"
#include "support/TestEventConfig.h"

using namespace wl;
using wl::test::ApiClient;
using wl::test::FfmpegPublisher;
using wl::test::HeadlessApp;
using wl::test::NginxDav;

namespace {

constexpr int kFps = 30;
const QString kPassword = QStringLiteral("pushPassword123");
const QString kPushed = QStringLiteral("/live/wedding/output_main.m3u8");

bool writeConfiguration(const QString& configDir, const QString& pushUrl) {
    return test::prepareEventConfig(configDir, [&](QJsonObject& root) {
        test::setFastProgram(root, kFps);
        test::mergeSection(root, QStringLiteral("recording"),
                           {{QStringLiteral("auto_start_on_live"), false}});
        root.insert(QStringLiteral("hls_push"),
                    QJsonObject{{QStringLiteral("enabled"), true},
                                {QStringLiteral("url"), pushUrl},
                                {QStringLiteral("username"), "wedlive"},
                                {QStringLiteral("password"), kPassword}});
    });
}

std::pair<int, QByteArray> httpGet(const QString& url) {
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(5000);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QElapsedTimer timer;
    timer.start();
    while (!reply->isFinished() && timer.elapsed() < 8000)
        QTest::qWait(20);
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QStringList listedSegments(const QByteArray& playlist) {
    QStringList names;
    for (const auto& line : playlist.split('\n')) {
        if (line.endsWith(".m4s"))
            names << QString::fromUtf8(line);
    }
    return names;
}

qint64 mediaSequence(const QByteArray& playlist) {
    const auto match = QRegularExpression(QStringLiteral("#EXT-X-MEDIA-SEQUENCE:(\\d+)"))
                           .match(QString::fromUtf8(playlist));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QJsonObject ffprobe(const QString& url) {
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"),
                   QStringLiteral("-of"), QStringLiteral("json"), url});
    process.waitForFinished(60000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QStringList codecs(const QJsonObject& probe) {
    QStringList names;
    for (const auto stream : probe.value(QStringLiteral("streams")).toArray())
        names << stream.toObject().value(QStringLiteral("codec_name")).toString();
    names.sort();
    return names;
}

template <typename Predicate>
bool waitFor(Predicate done, int timeoutMs = 30000) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (done())
            return true;
        QTest::qWait(200);
    }
    return false;
}

} // namespace

class TestHlsPush : public QObject {
    Q_OBJECT

private slots:
    void pushesSurvivesAnOutageAndResumesAtTheLiveEdge() {
        QTemporaryDir originDir;
        NginxDav origin(originDir.path(), test::freeTcpPort());
        QVERIFY2(origin.start(), qPrintable(origin.log()));
        QTemporaryDir configDir;
        QVERIFY(writeConfiguration(configDir.path(), origin.url(QStringLiteral("/live/wedding/"))));
        HeadlessApp app({});
        QVERIFY2(app.start(configDir.path()), qPrintable(app.output()));
        const ApiClient api(app.httpPort, app.apiToken);
        auto spec = test::makeSpec(320, 180, kFps, 180 * kFps);
        FfmpegPublisher camera(app.rtmpUrl(QStringLiteral("cam1")), spec);
        camera.start();
        QVERIFY(api.waitForCamerasLive({QStringLiteral("cam1")}));
        const auto pushState = [&] {
            return api.get(QStringLiteral("/api/outputs")).json().value("hls_push").toObject();
        };
        QCOMPARE(pushState().value("auth").toString(), QStringLiteral("basic"));
        QCOMPARE(api.post(QStringLiteral("/api/live/start")).status, 200);

        // Segments and a playlist arrive, and play from nginx.
        QVERIFY2(waitFor([&] { return listedSegments(origin.get(kPushed).second).size() >= 3; }),
                 origin.get(kPushed).second.constData());
        const auto probe = ffprobe(origin.url(kPushed));
        QCOMPARE(codecs(probe), (QStringList{QStringLiteral("aac"), QStringLiteral("h264")}));
        auto state = pushState();
        QCOMPARE(state.value("state").toString(), QStringLiteral("pushing"));
        QVERIFY(state.value("segments_pushed").toInteger() >= 3);
        QVERIFY(!api.get(QStringLiteral("/api/outputs")).body.contains(kPassword.toUtf8()));

        // nginx goes away for 10 s: the push reports it; the program and local origin go on.
        origin.stop();
        const auto localBefore =
            httpGet(QStringLiteral("http://127.0.0.1:%1/hls/output_main.m3u8").arg(app.httpPort));
        const qint64 framesBefore = api.get(QStringLiteral("/api/status"))
                                        .json()
                                        .value("program")
                                        .toObject()
                                        .value("encoded_frames")
                                        .toInteger();
        QVERIFY(waitFor([&] { return pushState().value("state").toString() == "retrying"; }));
        QTest::qWait(10000);
        state = pushState();
        QCOMPARE(state.value("state").toString(), QStringLiteral("retrying"));
        QVERIFY2(!state.value("error").toString().isEmpty(),
                 QJsonDocument(state).toJson().constData());
        const qint64 framesAfter = api.get(QStringLiteral("/api/status"))
                                       .json()
                                       .value("program")
                                       .toObject()
                                       .value("encoded_frames")
                                       .toInteger();
        QVERIFY2(framesAfter - framesBefore > 8 * kFps, qPrintable(QString::number(framesAfter)));
        const auto localAfter =
            httpGet(QStringLiteral("http://127.0.0.1:%1/hls/output_main.m3u8").arg(app.httpPort));
        QCOMPARE(localAfter.first, 200);
        QVERIFY(mediaSequence(localAfter.second) > mediaSequence(localBefore.second));

        // nginx returns: pushing resumes at the live edge, skipping what it missed.
        QVERIFY2(origin.start(), qPrintable(origin.log()));
        QElapsedTimer resumed;
        resumed.start();
        QVERIFY(waitFor([&] {
            const auto pushed = mediaSequence(origin.get(kPushed).second);
            const auto local = mediaSequence(
                httpGet(
                    QStringLiteral("http://127.0.0.1:%1/hls/output_main.m3u8").arg(app.httpPort))
                    .second);
            return pushed >= local; // the pushed window starts at or after the local one
        }));
        state = pushState();
        qInfo("origin back -> pushed window at the live edge after %lld ms: %s", resumed.elapsed(),
              QJsonDocument(state).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(state.value("state").toString(), QStringLiteral("pushing"));
        QVERIFY2(state.value("segments_skipped").toInteger() >= 5,
                 QJsonDocument(state).toJson().constData());
        const auto playlist = origin.get(kPushed).second;
        for (const QString& name : listedSegments(playlist))
            QVERIFY2(origin.get(QStringLiteral("/live/wedding/") + name).first == 200,
                     qPrintable(name));
        QCOMPARE(codecs(ffprobe(origin.url(kPushed))),
                 (QStringList{QStringLiteral("aac"), QStringLiteral("h264")}));

        // The end reaches the origin too.
        QCOMPARE(api.post(QStringLiteral("/api/live/end")).status, 200);
        QVERIFY(waitFor([&] { return origin.get(kPushed).second.contains("#EXT-X-ENDLIST"); }));
        QVERIFY(!app.errors().contains(kPassword));
    }
};

QTEST_GUILESS_MAIN(TestHlsPush)
#include "tst_hlspush.moc"
