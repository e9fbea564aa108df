// The viewer WebSocket of the real app: `wedlive --headless`, cameras published with the ffmpeg
// CLI, the director's commands over REST, and real QWebSocket viewers on /ws/viewer.
#include <cmath>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "record/JournalReader.h"
#include "support/ApiClient.h"
#include "support/FfmpegPublisher.h"
#include "support/HeadlessApp.h"
#include "support/TestEventConfig.h"
#include "support/ViewerClient.h"

using namespace wl;
using wl::test::ApiClient;
using wl::test::FfmpegPublisher;
using wl::test::HeadlessApp;
using wl::test::ViewerClient;

namespace {

constexpr int kFps = 25;
constexpr int kViewerCap = 3;

// A small, fast program, a title, the viewer cap and cam2 named, so that names can be checked.
bool writeTestConfiguration(const QString& configDir) {
    return test::prepareEventConfig(configDir, [](QJsonObject& root) {
        root.insert(QStringLiteral("title"), QStringLiteral("Anna & Ben"));
        test::setFastProgram(root, kFps);
        test::mergeSection(root, QStringLiteral("switcher"),
                           {{QStringLiteral("mode"), QStringLiteral("direct")}});
        root.insert(QStringLiteral("viewers"),
                    QJsonObject{{QStringLiteral("max_connections"), kViewerCap}});
        QJsonArray cameras = root.value(QStringLiteral("cameras")).toArray();
        QJsonObject second = cameras.at(1).toObject();
        second.insert(QStringLiteral("name"), QStringLiteral("Altar"));
        cameras.replace(1, second);
        root.insert(QStringLiteral("cameras"), cameras);
    });
}

QJsonObject dataOf(const std::optional<QJsonObject>& message) {
    return message ? message->value(QStringLiteral("data")).toObject() : QJsonObject{};
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(100);
    }
    return true;
}

// The status_changed events a viewer has received so far, in order.
QString statusOf(ViewerClient& client, int timeoutMs = 10000) {
    return dataOf(client.waitForEvent(QStringLiteral("status_changed"), timeoutMs))
        .value(QStringLiteral("status"))
        .toString();
}

} // namespace

class TestViewerSocket : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(writeTestConfiguration(m_dir->path()));
        m_app = std::make_unique<HeadlessApp>(QStringList{});
        QVERIFY2(m_app->start(m_dir->path()), qPrintable(m_app->output()));
        m_api = std::make_unique<ApiClient>(m_app->httpPort, m_app->apiToken);
    }

    void cleanup() {
        m_publishers.clear();
        if (m_app)
            m_app->stop();
        m_api.reset();
        m_app.reset();
        m_dir.reset();
    }

    void limitsAndBadInputHurtOnlyTheSender() {
        ViewerClient first(m_app->httpPort);
        const QJsonObject state = dataOf(first.waitForEvent(QStringLiteral("state")));
        QCOMPARE(state.value("title").toString(), QStringLiteral("Anna & Ben"));
        QCOMPARE(state.value("status").toString(), QStringLiteral("waiting"));
        QCOMPARE(state.value("hls_url").toString(), QStringLiteral("/hls/output_main.m3u8"));
        QCOMPARE(state.value("viewers").toInt(), 1);

        // Viewer count with two sockets: pushed to the first, and in /api/status.
        ViewerClient second(m_app->httpPort);
        QCOMPARE(dataOf(second.waitForEvent(QStringLiteral("state"))).value("viewers").toInt(), 2);
        QVERIFY(waitFor(
            [&] {
                return dataOf(first.latest(QStringLiteral("viewer_count_update")))
                           .value("total_viewers")
                           .toInt() == 2;
            },
            5000));
        const QJsonObject viewers =
            m_api->get(QStringLiteral("/api/status")).json().value("viewers").toObject();
        QCOMPARE(viewers.value("current").toInt(), 2);
        QCOMPARE(viewers.value("websockets").toInt(), 2);

        // Malformed and unknown messages: an error, and the socket keeps working.
        second.sendText(QStringLiteral("{\"action\":"));
        QCOMPARE(dataOf(second.waitForEvent(QStringLiteral("error"))).value("code").toString(),
                 QStringLiteral("bad_request"));
        second.sendText(QStringLiteral(R"({"action":"switch","camera":"cam2"})"));
        QCOMPARE(dataOf(second.waitForEvent(QStringLiteral("error"))).value("code").toString(),
                 QStringLiteral("unknown_action"));
        second.sendText(QStringLiteral(R"({"action":"get_active_camera"})"));
        QVERIFY(second.waitForEvent(QStringLiteral("active_camera")));

        // An oversized message closes that client only.
        {
            ViewerClient big(m_app->httpPort);
            QVERIFY(big.waitForEvent(QStringLiteral("state")));
            big.sendText(QString(100 * 1024, QLatin1Char('x')));
            QVERIFY(big.waitClosed());
            QCOMPARE(big.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        }
        QVERIFY(first.isConnected() && second.isConnected());

        // The cap (3 in this event.json): the fourth viewer is told and closed.
        ViewerClient third(m_app->httpPort);
        QVERIFY(third.waitForEvent(QStringLiteral("state")));
        ViewerClient fourth(m_app->httpPort);
        QCOMPARE(dataOf(fourth.waitForEvent(QStringLiteral("error"))).value("code").toString(),
                 QStringLiteral("too_many_viewers"));
        QVERIFY(fourth.waitClosed());
        QVERIFY(first.isConnected() && second.isConnected() && third.isConnected());
        first.sendText(QStringLiteral(R"({"action":"get_active_camera"})"));
        QVERIFY(first.waitForEvent(QStringLiteral("active_camera")));
    }

    void switchesAndStatusReachViewers() {
        ViewerClient viewer(m_app->httpPort);
        QVERIFY(viewer.waitForEvent(QStringLiteral("state")));
        QElapsedTimer watching;
        watching.start();
        publish(QStringLiteral("cam1"), QStringLiteral("red"));
        publish(QStringLiteral("cam2"), QStringLiteral("blue"));
        QVERIFY(m_api->waitForCamerasLive({"cam1", "cam2"}));

        QCOMPARE(m_api->post(QStringLiteral("/api/live/start")).status, 200);
        QCOMPARE(statusOf(viewer), QStringLiteral("live"));

        const qint64 beforeCutMs = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(m_api->post(QStringLiteral("/api/cameras/cam2/switch")).status, 200);
        // Earlier switches (cam1 coming to program on its own) may come first.
        QJsonObject switched;
        QVERIFY(waitFor(
            [&] {
                switched = dataOf(viewer.waitForEvent(QStringLiteral("camera_switched"), 100));
                return switched.value("active_camera_id").toString() == QLatin1String("cam2");
            },
            10000));
        QCOMPARE(switched.value("camera_name").toString(), QStringLiteral("Altar"));
        const QDateTime at =
            QDateTime::fromString(switched.value("at").toString(), Qt::ISODateWithMs);
        QVERIFY2(at.isValid(), qPrintable(switched.value("at").toString()));
        QVERIFY(at.toMSecsSinceEpoch() >= beforeCutMs - 1000);
        QVERIFY(at.toMSecsSinceEpoch() <= QDateTime::currentMSecsSinceEpoch() + 1000);
        QVERIFY(switched.value("program_time").toDouble() > 0);

        viewer.sendText(QStringLiteral(R"({"action":"get_active_camera"})"));
        const QJsonObject active = dataOf(viewer.waitForEvent(QStringLiteral("active_camera")));
        QCOMPARE(active.value("active_camera_id").toString(), QStringLiteral("cam2"));
        QCOMPARE(active.value("camera_name").toString(), QStringLiteral("Altar"));
        // A viewer arriving now hears the same in its greeting.
        {
            ViewerClient late(m_app->httpPort);
            const QJsonObject state = dataOf(late.waitForEvent(QStringLiteral("state")));
            QCOMPARE(state.value("status").toString(), QStringLiteral("live"));
            QCOMPARE(state.value("active_camera_id").toString(), QStringLiteral("cam2"));
        }

        QCOMPARE(m_api->post(QStringLiteral("/api/live/pause")).status, 200);
        QCOMPARE(statusOf(viewer), QStringLiteral("paused"));
        QCOMPARE(m_api->post(QStringLiteral("/api/live/resume")).status, 200);
        QCOMPARE(statusOf(viewer), QStringLiteral("live"));
        QCOMPARE(m_api->post(QStringLiteral("/api/live/end")).status, 200);
        QCOMPARE(statusOf(viewer), QStringLiteral("ended"));

        const QJsonObject viewers =
            m_api->get(QStringLiteral("/api/status")).json().value("viewers").toObject();
        QVERIFY(viewers.value("peak").toInt() >= 2);
        // This viewer all along, the late one briefly: at least the first one's time.
        const double watchedS = viewers.value("watch_time_s").toDouble();
        QVERIFY2(watchedS >= watching.elapsed() / 1000.0 - 0.5 &&
                     watchedS <= 2 * watching.elapsed() / 1000.0 + 0.5,
                 qPrintable(QString::number(watchedS)));
        const QString folder =
            m_api->get(QStringLiteral("/api/recordings")).json().value("folder").toString();
        QVERIFY(!folder.isEmpty());

        // The journal keeps the figures: at the end of the event and when the app stops.
        QCOMPARE(m_app->stop(), 0);
        const auto journal =
            record::JournalReader::readFile(QDir(folder).filePath(QStringLiteral("session.jsonl")));
        QVERIFY(journal);
        const auto figures = journal->ofType(QStringLiteral("viewers"));
        QVERIFY(figures.size() >= 2);
        QVERIFY(figures.back().object.value("peak").toInt() >= 2);
        QVERIFY(figures.back().object.value("watch_time_s").toDouble() >= std::floor(watchedS));
    }

private:
    void publish(const QString& cameraId, const QString& colour) {
        test::PublishSpec spec = test::makeSpec(320, 180, kFps, 60 * kFps);
        spec.colour = colour;
        auto publisher = std::make_unique<FfmpegPublisher>(m_app->rtmpUrl(cameraId), spec);
        publisher->start();
        m_publishers.push_back(std::move(publisher));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HeadlessApp> m_app;
    std::unique_ptr<ApiClient> m_api;
    std::vector<std::unique_ptr<FfmpegPublisher>> m_publishers;
};

QTEST_GUILESS_MAIN(TestViewerSocket)
#include "tst_viewersocket.moc"
