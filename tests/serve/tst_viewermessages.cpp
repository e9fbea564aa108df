// The viewer WebSocket's messages: what a browser may send, and what it is told.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "serve/ViewerMessages.h"

using wl::ErrorCode;
using wl::serve::ViewerCameraSwitch;
using wl::serve::ViewerMessages;
using wl::serve::ViewerRequest;
using wl::serve::ViewerState;

namespace {
QJsonObject parsed(const QByteArray& message) {
    return QJsonDocument::fromJson(message).object();
}
} // namespace

class TestViewerMessages : public QObject {
    Q_OBJECT

private slots:
    void getActiveCameraIsAccepted() {
        const auto request = ViewerMessages::parseRequest(R"({"action":"get_active_camera"})");
        QVERIFY(request.hasValue());
        QCOMPARE(request->action, ViewerRequest::Action::GetActiveCamera);
        // Extra members are ignored, whitespace is fine.
        QVERIFY(
            ViewerMessages::parseRequest(" { \"id\": 7, \"action\" : \"get_active_camera\" } "));
    }

    void refusalsSayWhy_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidArgument;
        QTest::newRow("not json") << QByteArray("hello") << ErrorCode::InvalidArgument;
        QTest::newRow("truncated") << QByteArray(R"({"action":)") << ErrorCode::InvalidArgument;
        QTest::newRow("array") << QByteArray(R"(["get_active_camera"])")
                               << ErrorCode::InvalidArgument;
        QTest::newRow("no action")
            << QByteArray(R"({"event":"state"})") << ErrorCode::InvalidArgument;
        QTest::newRow("number") << QByteArray(R"({"action":1})") << ErrorCode::InvalidArgument;
        QTest::newRow("unknown") << QByteArray(R"({"action":"switch"})") << ErrorCode::Unsupported;
        QTest::newRow("case") << QByteArray(R"({"action":"GET_ACTIVE_CAMERA"})")
                              << ErrorCode::Unsupported;
        QTest::newRow("too long") << (QByteArray(R"({"action":"get_active_camera","pad":")") +
                                      QByteArray(ViewerMessages::kMaxRequestBytes, 'x') + "\"}")
                                  << ErrorCode::LimitExceeded;
    }

    void refusalsSayWhy() {
        QFETCH(QByteArray, text);
        QFETCH(ErrorCode, code);
        const auto request = ViewerMessages::parseRequest(text);
        QVERIFY(!request.hasValue());
        QCOMPARE(request.error().code, code);
        QVERIFY(!request.error().message.empty());
    }

    void stateCarriesEverythingAPageNeeds() {
        ViewerState state;
        state.title = QStringLiteral("Anna & Ben");
        state.status = QStringLiteral("live");
        state.cameraId = QStringLiteral("cam2");
        state.cameraName = QStringLiteral("Altar");
        state.viewers = 12;
        const QJsonObject message = parsed(ViewerMessages::state(state));
        QCOMPARE(message.value("event").toString(), QStringLiteral("state"));
        const QJsonObject data = message.value("data").toObject();
        QCOMPARE(data.value("title").toString(), QStringLiteral("Anna & Ben"));
        QCOMPARE(data.value("status").toString(), QStringLiteral("live"));
        QCOMPARE(data.value("active_camera_id").toString(), QStringLiteral("cam2"));
        QCOMPARE(data.value("camera_name").toString(), QStringLiteral("Altar"));
        QCOMPARE(data.value("viewers").toInt(), 12);
        QCOMPARE(data.value("hls_url").toString(), QStringLiteral("/hls/output_main.m3u8"));

        // No camera on program yet: null, not an empty string.
        const QJsonObject waiting =
            parsed(ViewerMessages::state(ViewerState{})).value("data").toObject();
        QVERIFY(waiting.value("active_camera_id").isNull());
        QCOMPARE(waiting.value("status").toString(), QStringLiteral("waiting"));
    }

    void cameraSwitchedHasWallAndProgramTime() {
        ViewerCameraSwitch change;
        change.cameraId = QStringLiteral("cam3");
        change.cameraName = QStringLiteral("Organ \"loft\"");
        change.wallClockUs = 1'717'250'592'433'987; // 2024-06-01T14:03:12.433Z
        change.programTimeS = 12.3456;
        change.programFrame = 370;
        const QJsonObject message = parsed(ViewerMessages::cameraSwitched(change));
        QCOMPARE(message.value("event").toString(), QStringLiteral("camera_switched"));
        const QJsonObject data = message.value("data").toObject();
        QCOMPARE(data.value("active_camera_id").toString(), QStringLiteral("cam3"));
        QCOMPARE(data.value("camera_name").toString(), QStringLiteral("Organ \"loft\""));
        QCOMPARE(data.value("at").toString(), QStringLiteral("2024-06-01T14:03:12.433Z"));
        QCOMPARE(data.value("program_time").toDouble(), 12.346);
        QCOMPARE(data.value("program_frame").toInt(), 370);
    }

    void smallEvents() {
        QCOMPARE(parsed(ViewerMessages::viewerCountUpdate(5)),
                 (QJsonObject{{"event", "viewer_count_update"},
                              {"data", QJsonObject{{"total_viewers", 5}}}}));
        QCOMPARE(parsed(ViewerMessages::statusChanged(QStringLiteral("paused"))),
                 (QJsonObject{{"event", "status_changed"},
                              {"data", QJsonObject{{"status", "paused"}}}}));
        const QJsonObject error = parsed(
            ViewerMessages::error(QStringLiteral("bad_request"), QStringLiteral("not JSON")));
        QCOMPARE(error.value("event").toString(), QStringLiteral("error"));
        QCOMPARE(error.value("data").toObject().value("code").toString(),
                 QStringLiteral("bad_request"));
    }
};

QTEST_GUILESS_MAIN(TestViewerMessages)
#include "tst_viewermessages.moc"
