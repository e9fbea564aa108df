// The embedded LL-HLS origin end to end: the real app, cameras published by the ffmpeg CLI, the
// event started over REST, then the playlists read over HTTP with real blocking reloads, the
// media checked by ffprobe, a cut seen as EXT-X-DATERANGE, ffmpeg playing the stream as an HLS
// client, and EXT-X-ENDLIST after the end.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "support/ApiClient.h"
#include "support/FfmpegPublisher.h"
#include "support/HeadlessApp.h"
#include "support/RawHttpClient.h"
#include "support/TestEventConfig.h"

using namespace wl;
using wl::test::ApiClient;
using wl::test::FfmpegPublisher;
using wl::test::HeadlessApp;
using wl::test::RawHttpClient;

namespace {

constexpr int kFps = 30;
const QByteArray kPlaylist = QByteArrayLiteral("/hls/output_main.m3u8");
const QByteArray kPlainPlaylist = QByteArrayLiteral("/hls/output_main_plain.m3u8");

// A small program with the fastest preset, so the shared test machine keeps up; no recording.
bool writeTestConfiguration(const QString& configDir) {
    return test::prepareEventConfig(configDir, [](QJsonObject& root) {
        test::setFastProgram(root, kFps);
        test::mergeSection(root, QStringLiteral("switcher"),
                           {{QStringLiteral("mode"), QStringLiteral("direct")}});
        test::mergeSection(root, QStringLiteral("recording"),
                           {{QStringLiteral("auto_start_on_live"), false}});
    });
}

QStringList tagLines(const QByteArray& playlist, const QString& prefix) {
    QStringList found;
    for (const QString& line : QString::fromUtf8(playlist).split(QLatin1Char('\n')))
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

// Segment URIs (the lines after #EXTINF), oldest first.
QStringList segmentUris(const QByteArray& playlist) {
    QStringList uris;
    const QStringList lines = QString::fromUtf8(playlist).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        if (lines[i].startsWith(QLatin1String("#EXTINF:")))
            uris.append(lines[i + 1]);
    return uris;
}

std::uint64_t mediaSequence(const QByteArray& playlist) {
    return tagLines(playlist, "#EXT-X-MEDIA-SEQUENCE:")
        .value(0)
        .mid(QStringLiteral("#EXT-X-MEDIA-SEQUENCE:").size())
        .toULongLong();
}

QJsonObject ffprobe(const QString& path, const QStringList& extra) {
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  QStringList{"-v", "error", "-of", "json"} + extra + QStringList{path});
    process.waitForFinished(30000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// Two requests one after the other on one connection: the server keeps it open.
bool twoRequestsOnOneConnection(quint16 port, const QByteArray& path) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return false;
    for (int round = 0; round < 2; ++round) {
        socket.write("GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n");
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        qsizetype expected = -1;
        while (timer.elapsed() < 5000) {
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200))
                continue;
            received += socket.readAll();
            const qsizetype headerEnd = received.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                continue;
            const auto length = QRegularExpression(QStringLiteral("(?i)content-length: *(\\d+)"))
                                    .match(QString::fromLatin1(received.left(headerEnd)));
            expected = headerEnd + 4 + length.captured(1).toLongLong();
            if (received.size() >= expected)
                break;
        }
        if (!received.startsWith("HTTP/1.1 200") || received.size() != expected)
            return false;
    }
    return socket.state() == QAbstractSocket::ConnectedState;
}

} // namespace

class TestHlsOrigin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(writeTestConfiguration(m_dir->path()));
        m_app = std::make_unique<HeadlessApp>(QStringList{});
        QVERIFY2(m_app->start(m_dir->path()), qPrintable(m_app->output() + m_app->errors()));
        m_api = std::make_unique<ApiClient>(m_app->httpPort, m_app->apiToken);
        m_http = std::make_unique<RawHttpClient>(QHostAddress::LocalHost, m_app->httpPort);
    }

    void cleanupTestCase() {
        m_publishers.clear();
        if (m_app)
            QCOMPARE(m_app->stop(), 0);
    }

    void beforeGoingLiveThereIsNoStream() {
        const auto response = m_http->request("GET", kPlaylist);
        QCOMPARE(response.status, 503);
        QCOMPARE(response.headers.value("retry-after"), QByteArray("1"));
    }

    void goesLiveAndServesTheLowLatencyPlaylist() {
        publish(QStringLiteral("cam1"), QStringLiteral("red"));
        publish(QStringLiteral("cam2"), QStringLiteral("blue"));
        QVERIFY(m_api->waitForCamerasLive({"cam1", "cam2"}));
        QCOMPARE(m_api->post(QStringLiteral("/api/live/start")).status, 200);

        const auto response = waitForSegments(3);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.headers.value("content-type"),
                 QByteArray("application/vnd.apple.mpegurl"));
        QCOMPARE(response.headers.value("cache-control"), QByteArray("no-cache"));
        QCOMPARE(response.headers.value("access-control-allow-origin"), QByteArray("*"));
        const QByteArray& playlist = response.body;
        QVERIFY(playlist.startsWith("#EXTM3U\n"));
        QVERIFY(playlist.contains("#EXT-X-TARGETDURATION:1\n"));
        const QString control = tagLines(playlist, "#EXT-X-SERVER-CONTROL:").value(0);
        QCOMPARE(attribute(control, "CAN-BLOCK-RELOAD"), QStringLiteral("YES"));
        const double partTarget =
            attribute(tagLines(playlist, "#EXT-X-PART-INF:").value(0), "PART-TARGET").toDouble();
        QVERIFY(partTarget >= 0.2 && partTarget <= 0.34);
        QVERIFY(attribute(control, "PART-HOLD-BACK").toDouble() >= 3 * partTarget - 1e-3);
        QVERIFY(!tagLines(playlist, "#EXT-X-PROGRAM-DATE-TIME:").isEmpty());
        QVERIFY(!tagLines(playlist, "#EXT-X-PART:").isEmpty());
        QVERIFY(tagLines(playlist, "#EXT-X-PART:").filter("INDEPENDENT=YES").size() >= 1);
        QCOMPARE(tagLines(playlist, "#EXT-X-PRELOAD-HINT:").size(), 1);
        QVERIFY(!tagLines(playlist, "#EXT-X-MAP:").isEmpty());

        const auto plain = m_http->request("GET", kPlainPlaylist);
        QCOMPARE(plain.status, 200);
        QVERIFY(tagLines(plain.body, "#EXT-X-PART").isEmpty());
        QVERIFY(!segmentUris(plain.body).isEmpty());
        QVERIFY(twoRequestsOnOneConnection(m_app->httpPort, kPlaylist));
    }

    void aBlockingReloadReturnsWhenTheNextPartExists() {
        const auto current = m_http->request("GET", kPlaylist);
        QCOMPARE(current.status, 200);
        // The hinted part is the next one: ask for it by sequence number and part index.
        const QString hint =
            attribute(tagLines(current.body, "#EXT-X-PRELOAD-HINT:").value(0), "URI");
        const auto parts =
            QRegularExpression(QStringLiteral("-(\\d+)\\.(\\d+)\\.m4s$")).match(hint);
        QVERIFY2(parts.hasMatch(), qPrintable(hint));
        const QByteArray query = "?_HLS_msn=" + parts.captured(1).toLatin1() +
                                 "&_HLS_part=" + parts.captured(2).toLatin1();
        QElapsedTimer timer;
        timer.start();
        const auto blocked = m_http->request("GET", kPlaylist + query, {}, 10000);
        QCOMPARE(blocked.status, 200);
        QVERIFY2(blocked.body.contains("URI=\"" + hint.toUtf8() + "\""), blocked.body.constData());
        QVERIFY(timer.elapsed() < 3000); // within 3 target durations

        // The preload hint itself is held until the part exists.
        const auto again = m_http->request("GET", kPlaylist);
        const QString nextHint =
            attribute(tagLines(again.body, "#EXT-X-PRELOAD-HINT:").value(0), "URI");
        const auto part = m_http->request("GET", "/hls/" + nextHint.toUtf8(), {}, 10000);
        QCOMPARE(part.status, 200);
        QCOMPARE(part.headers.value("content-type"), QByteArray("video/iso.segment"));
        QVERIFY(part.body.mid(4, 4) == "moof");
    }

    void malformedOrFarAheadReloadsAreRefused() {
        const auto current = m_http->request("GET", kPlaylist);
        QCOMPARE(m_http->request("GET", kPlaylist + "?_HLS_part=1").status, 400);
        QCOMPARE(m_http->request("GET", kPlaylist + "?_HLS_msn=x").status, 400);
        QCOMPARE(m_http->request("GET", kPlaylist + "?_HLS_msn=1&_HLS_msn=2").status, 400);
        const std::uint64_t last =
            mediaSequence(current.body) + segmentUris(current.body).size() - 1;
        const auto tooFar =
            m_http->request("GET", kPlaylist + "?_HLS_msn=" + QByteArray::number(last + 10));
        QCOMPARE(tooFar.status, 400);
        QCOMPARE(tooFar.headers.value("access-control-allow-origin"), QByteArray("*"));
        // An old segment is answered at once.
        QCOMPARE(m_http->request("GET", kPlaylist + "?_HLS_msn=0", {}, 2000).status, 200);
    }

    void initAndSegmentsPlayAsH264AndAac() {
        const auto current = m_http->request("GET", kPlaylist);
        const QString init = attribute(tagLines(current.body, "#EXT-X-MAP:").value(0), "URI");
        const auto initResponse = m_http->request("GET", "/hls/" + init.toUtf8());
        QCOMPARE(initResponse.status, 200);
        QCOMPARE(initResponse.headers.value("content-type"), QByteArray("video/mp4"));
        QVERIFY(initResponse.headers.value("cache-control").contains("immutable"));
        const QStringList infs = tagLines(current.body, "#EXTINF:");
        const QStringList uris = segmentUris(current.body);
        QVERIFY(uris.size() >= 2);
        double previousEnd = -1;
        for (qsizetype i = uris.size() - 2; i < uris.size(); ++i) {
            const auto segment = m_http->request("GET", "/hls/" + uris[i].toUtf8());
            QCOMPARE(segment.status, 200);
            QCOMPARE(segment.headers.value("content-type"), QByteArray("video/iso.segment"));
            QVERIFY(segment.headers.value("cache-control").contains("max-age"));
            const QString path = m_dir->filePath(QStringLiteral("segment%1.mp4").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(initResponse.body + segment.body);
            file.close();

            const auto probe = ffprobe(path, {"-show_streams", "-show_format"});
            QStringList codecs;
            std::vector<double> starts;
            for (const auto value : probe.value("streams").toArray()) {
                codecs.append(value.toObject().value("codec_name").toString());
                starts.push_back(value.toObject().value("start_time").toString().toDouble());
            }
            QCOMPARE(codecs, (QStringList{"h264", "aac"}));
            // Audio and video of a segment start together (one program time line).
            QVERIFY2(std::abs(starts[0] - starts[1]) < 0.1,
                     qPrintable(QStringLiteral("%1 vs %2").arg(starts[0]).arg(starts[1])));
            const auto format = probe.value("format").toObject();
            const double start = format.value("start_time").toString().toDouble();
            const double duration = format.value("duration").toString().toDouble() - start;
            const double listed = infs[i].mid(8).chopped(1).toDouble();
            QVERIFY2(std::abs(duration - listed) < 0.1,
                     qPrintable(QStringLiteral("%1 vs %2").arg(duration).arg(listed)));
            // No gap: this segment's video starts where the previous one ended.
            if (previousEnd >= 0)
                QVERIFY2(std::abs(starts[0] - previousEnd) < 0.05,
                         qPrintable(QStringLiteral("%1 vs %2").arg(starts[0]).arg(previousEnd)));
            previousEnd = starts[0] + listed;
            const auto frames = ffprobe(
                path, {"-select_streams", "v", "-show_frames", "-show_entries", "frame=key_frame"});
            QCOMPARE(frames.value("frames").toArray().first().toObject().value("key_frame").toInt(),
                     1);
        }
    }

    void aCutShowsAsADateRange() {
        QCOMPARE(m_api->post(QStringLiteral("/api/cameras/cam2/switch")).status, 200);
        QString range;
        QElapsedTimer timer;
        timer.start();
        while (range.isEmpty() && timer.elapsed() < 15000) {
            const auto response = m_http->request("GET", kPlaylist);
            for (const QString& line : tagLines(response.body, "#EXT-X-DATERANGE:"))
                if (attribute(line, "X-CAMERA-ID") == QLatin1String("cam2"))
                    range = line;
            if (range.isEmpty())
                QTest::qWait(200);
        }
        QVERIFY2(!range.isEmpty(), "no DATERANGE for cam2");
        QCOMPARE(attribute(range, "CLASS"), QStringLiteral("live.wedlive.camera"));
        QCOMPARE(attribute(range, "X-CAMERA-NAME").isEmpty(), false);
        const auto start = QDateTime::fromString(attribute(range, "START-DATE"), Qt::ISODateWithMs);
        QVERIFY(start.isValid());
        QVERIFY(std::abs(start.msecsTo(QDateTime::currentDateTimeUtc())) < 30000);
    }

    void ffmpegPlaysTheStreamAsAnHlsClient() {
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {"-hide_banner", "-nostats", "-loglevel", "info", "-i",
                      QStringLiteral("http://127.0.0.1:%1%2")
                          .arg(m_app->httpPort)
                          .arg(QString::fromLatin1(kPlaylist)),
                      "-t", "3", "-map", "0:v", "-f", "null", "-progress", "pipe:1", "-"});
        QVERIFY(ffmpeg.waitForFinished(60000));
        const QString progress = QString::fromUtf8(ffmpeg.readAllStandardOutput());
        const QString errors = QString::fromUtf8(ffmpeg.readAllStandardError());
        QCOMPARE(ffmpeg.exitCode(), 0);
        const auto frames =
            QRegularExpression(QStringLiteral("frame=(\\d+)")).globalMatch(progress);
        int last = 0;
        for (auto it = frames; it.hasNext();)
            last = it.next().captured(1).toInt();
        // Three seconds of 30 fps; a busy test machine may drop some in the encoder.
        QVERIFY2(last >= 30, qPrintable(errors.right(2000)));
        QVERIFY(errors.contains(QLatin1String("h264")));
    }

    void unknownPathsAndTraversalAre404() {
        for (const QByteArray& path :
             {QByteArray("/hls/nothing.m4s"), QByteArray("/hls/../api/status"),
              QByteArray("/hls/%2e%2e/api/status"), QByteArray("/hls/..%2fapi%2fstatus"),
              QByteArray("/hls/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd"), QByteArray("/hls/a/b.m4s"),
              QByteArray("/hls/")}) {
            const auto response = m_http->request("GET", path);
            QVERIFY2(response.status == 404, path.constData());
            QVERIFY(!response.body.contains("root:"));
        }
    }

    void endingTheEventEndsThePlaylist() {
        QCOMPARE(m_api->post(QStringLiteral("/api/live/end")).status, 200);
        QByteArray playlist;
        QElapsedTimer timer;
        timer.start();
        while (!playlist.contains("#EXT-X-ENDLIST") && timer.elapsed() < 15000) {
            playlist = m_http->request("GET", kPlaylist).body;
            if (!playlist.contains("#EXT-X-ENDLIST"))
                QTest::qWait(200);
        }
        QVERIFY2(playlist.endsWith("#EXT-X-ENDLIST\n"), playlist.constData());
        QVERIFY(!playlist.contains("PRELOAD-HINT"));
        QVERIFY(m_http->request("GET", kPlainPlaylist).body.endsWith("#EXT-X-ENDLIST\n"));
        // Blocking directives after the end are answered at once.
        QElapsedTimer blocked;
        blocked.start();
        const auto response = m_http->request("GET", kPlaylist + "?_HLS_msn=100000", {}, 5000);
        QCOMPARE(response.status, 200);
        QVERIFY(blocked.elapsed() < 2000);
    }

private:
    void publish(const QString& cameraId, const QString& colour) {
        test::PublishSpec spec = test::makeSpec(320, 180, kFps, 120 * kFps);
        spec.colour = colour;
        auto publisher = std::make_unique<FfmpegPublisher>(m_app->rtmpUrl(cameraId), spec);
        publisher->start();
        m_publishers.push_back(std::move(publisher));
    }

    RawHttpClient::Response waitForSegments(int count, int timeoutMs = 30000) {
        QElapsedTimer timer;
        timer.start();
        RawHttpClient::Response response;
        while (timer.elapsed() < timeoutMs) {
            response = m_http->request("GET", kPlaylist);
            if (response.status == 200 && segmentUris(response.body).size() >= count)
                return response;
            QTest::qWait(250);
        }
        return response;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HeadlessApp> m_app;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<RawHttpClient> m_http;
    std::vector<std::unique_ptr<FfmpegPublisher>> m_publishers;
};

QTEST_GUILESS_MAIN(TestHlsOrigin)
#include "tst_hlsorigin.moc"
