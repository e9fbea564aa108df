// The viewer WebSocket hub in process: a real HttpServer on loopback, real QWebSocket clients.
// Limits (message size, send queue, connection cap) and the viewer count, with short windows.
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include "serve/HttpServer.h"
#include "serve/ViewerHub.h"
#include "serve/ViewerStatistics.h"
#include "support/ViewerClient.h"

using wl::serve::HttpServer;
using wl::serve::ViewerCameraSwitch;
using wl::serve::ViewerHub;
using wl::serve::ViewerHubSettings;
using wl::serve::ViewerState;
using wl::serve::ViewerStatistics;
using wl::test::ViewerClient;

namespace {

QJsonObject dataOf(const std::optional<QJsonObject>& message) {
    return message ? message->value(QStringLiteral("data")).toObject() : QJsonObject{};
}

// One server + hub per test function, so each starts with no viewers.
struct Fixture {
    explicit Fixture(ViewerHubSettings settings = {}) {
        ViewerState state;
        state.title = QStringLiteral("Test wedding");
        state.status = QStringLiteral("live");
        state.cameraId = QStringLiteral("cam1");
        state.cameraName = QStringLiteral("Aisle");
        hub = std::make_unique<ViewerHub>(server, settings, statistics, state);
        port = server.start(QHostAddress::LocalHost, 0).value();
    }
    HttpServer server;
    ViewerStatistics statistics;
    std::unique_ptr<ViewerHub> hub;
    quint16 port = 0;
};

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace

class TestViewerHub : public QObject {
    Q_OBJECT

private slots:
    void greetsWithStateAndAnswersRequests() {
        Fixture f;
        ViewerClient client(f.port);
        QVERIFY(client.waitConnected());
        const QJsonObject state = dataOf(client.waitForEvent(QStringLiteral("state")));
        QCOMPARE(state.value("title").toString(), QStringLiteral("Test wedding"));
        QCOMPARE(state.value("status").toString(), QStringLiteral("live"));
        QCOMPARE(state.value("active_camera_id").toString(), QStringLiteral("cam1"));
        QCOMPARE(state.value("camera_name").toString(), QStringLiteral("Aisle"));
        QCOMPARE(state.value("viewers").toInt(), 1);

        client.sendText(QStringLiteral(R"({"action":"get_active_camera"})"));
        const QJsonObject active = dataOf(client.waitForEvent(QStringLiteral("active_camera")));
        QCOMPARE(active.value("active_camera_id").toString(), QStringLiteral("cam1"));

        // Garbage and unknown actions get an error; the connection stays usable.
        client.sendText(QStringLiteral("{not json"));
        QCOMPARE(dataOf(client.waitForEvent(QStringLiteral("error"))).value("code").toString(),
                 QStringLiteral("bad_request"));
        client.sendText(QStringLiteral(R"({"action":"take_over_the_world"})"));
        QCOMPARE(dataOf(client.waitForEvent(QStringLiteral("error"))).value("code").toString(),
                 QStringLiteral("unknown_action"));
        client.socket().sendBinaryMessage(QByteArray(16, '\x01'));
        QCOMPARE(dataOf(client.waitForEvent(QStringLiteral("error"))).value("code").toString(),
                 QStringLiteral("bad_request"));

        ViewerCameraSwitch change;
        change.cameraId = QStringLiteral("cam2");
        change.cameraName = QStringLiteral("Altar");
        change.wallClockUs = 1'700'000'000'000'000;
        f.hub->cameraSwitched(change);
        QCOMPARE(dataOf(client.waitForEvent(QStringLiteral("camera_switched")))
                     .value("camera_name")
                     .toString(),
                 QStringLiteral("Altar"));
        client.sendText(QStringLiteral(R"({"action":"get_active_camera"})"));
        QCOMPARE(dataOf(client.waitForEvent(QStringLiteral("active_camera")))
                     .value("active_camera_id")
                     .toString(),
                 QStringLiteral("cam2"));

        f.hub->setStatus(QStringLiteral("paused"));
        QCOMPARE(dataOf(client.waitForEvent(QStringLiteral("status_changed")))
                     .value("status")
                     .toString(),
                 QStringLiteral("paused"));
        QVERIFY(client.isConnected());
    }

    void otherPathsAreClosed() {
        Fixture f;
        ViewerClient client(f.port, QStringLiteral("/ws/elsewhere"));
        QVERIFY(client.waitClosed());
        QVERIFY(!client.latest(QStringLiteral("state")));
        QCOMPARE(f.hub->socketCount(), 0);
    }

    void oversizedMessageClosesThatClientOnly() {
        Fixture f;
        ViewerClient big(f.port);
        ViewerClient calm(f.port);
        QVERIFY(big.waitConnected() && calm.waitConnected());
        QVERIFY(waitFor([&] { return f.hub->socketCount() == 2; }));
        big.sendText(QString(64 * 1024, QLatin1Char('x')));
        QVERIFY(big.waitClosed());
        QCOMPARE(big.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QVERIFY(waitFor([&] { return f.hub->socketCount() == 1; }));
        calm.sendText(QStringLiteral(R"({"action":"get_active_camera"})"));
        QVERIFY(calm.waitForEvent(QStringLiteral("active_camera")));
    }

    void connectionCapRefusesTheNextViewer() {
        ViewerHubSettings settings;
        settings.maxConnections = 2;
        Fixture f(settings);
        ViewerClient first(f.port);
        ViewerClient second(f.port);
        QVERIFY(first.waitForEvent(QStringLiteral("state")));
        QVERIFY(second.waitForEvent(QStringLiteral("state")));
        ViewerClient third(f.port);
        QCOMPARE(dataOf(third.waitForEvent(QStringLiteral("error"))).value("code").toString(),
                 QStringLiteral("too_many_viewers"));
        QVERIFY(third.waitClosed());
        QVERIFY(!third.latest(QStringLiteral("state")));
        QCOMPARE(f.hub->socketCount(), 2);
        QVERIFY(first.isConnected() && second.isConnected());
    }

    void slowClientIsDroppedNotBuffered() {
        ViewerHubSettings settings;
        settings.maxPendingSendBytes = 64 * 1024;
        Fixture f(settings);
        ViewerClient reader(f.port);
        QVERIFY(reader.waitForEvent(QStringLiteral("state")));

        // A viewer that completes the handshake and then never reads.
        QTcpSocket stalled;
        stalled.connectToHost(QHostAddress::LocalHost, f.port);
        QVERIFY(stalled.waitForConnected(5000));
        stalled.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        stalled.write("GET /ws/viewer HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                      "Sec-WebSocket-Version: 13\r\n\r\n");
        QVERIFY(waitFor([&] { return f.hub->socketCount() == 2; }));

        ViewerCameraSwitch change;
        change.cameraId = QStringLiteral("cam2");
        change.cameraName = QString(1000, QLatin1Char('n'));
        qint64 sent = 0;
        int batches = 0;
        while (f.hub->socketCount() == 2 && sent < 64 * 1024 * 1024) {
            // Bursts well under the cap: a reader that reads never gets near it.
            for (int i = 0; i < 16; ++i)
                f.hub->cameraSwitched(change);
            sent += 16 * 1100;
            ++batches;
            QTest::qWait(2); // the reader reads, the stalled one does not
        }
        QCOMPARE(f.hub->socketCount(), 1);
        // The reader kept up and stays.
        QVERIFY(reader.isConnected());
        reader.sendText(QStringLiteral(R"({"action":"get_active_camera"})"));
        QVERIFY(reader.waitForEvent(QStringLiteral("active_camera"), 20000));
        qInfo() << "stalled viewer dropped after about" << sent / 1024 << "KiB in" << batches
                << "batches";
    }

    void viewerCountCoalescedAndHlsSessionsExpire() {
        ViewerHubSettings settings;
        settings.countUpdateIntervalMs = 500;
        settings.hlsSessionWindowMs = 3000;
        settings.housekeepingIntervalMs = 100;
        Fixture f(settings);
        ViewerClient a(f.port);
        QVERIFY(a.waitForEvent(QStringLiteral("state")));
        ViewerClient b(f.port, QStringLiteral("/ws/viewer"), "Phone/1.0 (test)");
        QCOMPARE(dataOf(b.waitForEvent(QStringLiteral("state"))).value("viewers").toInt(), 2);
        QVERIFY(waitFor([&] {
            const auto update = a.latest(QStringLiteral("viewer_count_update"));
            return update && dataOf(update).value("total_viewers").toInt() == 2;
        }));

        // Two HLS players; the page of socket b plays too, and counts once (same address and
        // user agent as its socket).
        f.hub->noteHlsRequest(QStringLiteral("player-1"));
        f.hub->noteHlsRequest(QStringLiteral("player-2"));
        f.hub->noteHlsRequest(QStringLiteral("player-2"));
        f.hub->noteHlsRequest(QStringLiteral("127.0.0.1 Phone/1.0 (test)"));
        QCOMPARE(ViewerHub::clientKey(QHostAddress::LocalHost, "Phone/1.0 (test)"),
                 QStringLiteral("127.0.0.1 Phone/1.0 (test)"));
        QCOMPARE(f.hub->viewerCount(), 4);
        QVERIFY(waitFor([&] {
            return dataOf(a.latest(QStringLiteral("viewer_count_update")))
                       .value("total_viewers")
                       .toInt() == 4;
        }));
        const auto peak = f.statistics.snapshot();
        QCOMPARE(peak.current, 4);
        QCOMPARE(peak.sockets, 2);
        QCOMPARE(peak.hlsSessions, 2);

        // A page that names its playback session (wl_session) on both counts once as well.
        {
            ViewerClient named(f.port, QStringLiteral("/ws/viewer?wl_session=k3y"));
            QVERIFY(named.waitForEvent(QStringLiteral("state")));
            f.hub->noteHlsRequest(QStringLiteral("session:k3y"));
            QCOMPARE(f.hub->viewerCount(), 5);
        }
        QVERIFY(waitFor([&] { return f.hub->socketCount() == 2; }));
        QCOMPARE(f.hub->viewerCount(), 5); // its player plays on for the window

        // Players that stop asking are gone after the window.
        QVERIFY(waitFor([&] { return f.hub->viewerCount() == 2; }, 10000));
        QVERIFY(waitFor([&] {
            return dataOf(a.latest(QStringLiteral("viewer_count_update")))
                       .value("total_viewers")
                       .toInt() == 2;
        }));

        // Updates come at most once per interval, however fast viewers come and go.
        std::vector<qint64> times;
        QElapsedTimer clock;
        clock.start();
        QObject::connect(&a.socket(), &QWebSocket::textMessageReceived, [&](const QString& text) {
            if (text.contains(QLatin1String("viewer_count_update")))
                times.push_back(clock.elapsed());
        });
        for (int i = 0; i < 20; ++i) {
            f.hub->noteHlsRequest(QStringLiteral("burst-%1").arg(i));
            QTest::qWait(50);
        }
        QVERIFY(waitFor([&] { return f.hub->viewerCount() == 2 && times.size() >= 3; }, 10000));
        for (std::size_t i = 1; i < times.size(); ++i)
            QVERIFY2(times[i] - times[i - 1] >= 400,
                     qPrintable(QString::number(times[i] - times[i - 1])));

        const auto figures = f.statistics.snapshot();
        QVERIFY(figures.peak >= 4 && figures.peak <= 22);
        QVERIFY2(figures.watchTimeS > 1.0, qPrintable(QString::number(figures.watchTimeS)));
    }
};

QTEST_GUILESS_MAIN(TestViewerHub)
#include "tst_viewerhub.moc"
