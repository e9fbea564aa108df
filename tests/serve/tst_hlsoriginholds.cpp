// The HLS origin's held requests, in process: a real HlsPackager fed with real encoded packets at
// the test's pace, the real HttpServer, and HTTP over loopback. Covers what the app-level test
// cannot time: the 503 after three target durations, a client leaving while held, the server
// going away with requests held, and the viewer-count hook.
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "output/HlsPackager.h"
#include "serve/HlsOrigin.h"
#include "serve/HlsRequestObserver.h"
#include "serve/HttpServer.h"
#include "support/EncodedProgram.h"
#include "support/RawHttpClient.h"

using namespace wl;
using wl::test::RawHttpClient;

namespace {

const QByteArray kPlaylist = QByteArrayLiteral("/hls/output_main.m3u8");

class KeyRecorder : public serve::HlsRequestObserver {
public:
    void hlsRequest(const QString& clientKey) override { keys.append(clientKey); }
    QStringList keys;
};

QString hintOf(const QByteArray& playlist) {
    const auto match =
        QRegularExpression(QStringLiteral("#EXT-X-PRELOAD-HINT:TYPE=PART,URI=\"([^\"]+)\""))
            .match(QString::fromUtf8(playlist));
    return match.captured(1);
}

// "_HLS_msn=M&_HLS_part=P" for the part a hint names ("<run>-M.P.m4s").
QByteArray directivesFor(const QString& hint) {
    const auto match = QRegularExpression(QStringLiteral("-(\\d+)\\.(\\d+)\\.m4s$")).match(hint);
    return "?_HLS_msn=" + match.captured(1).toLatin1() +
           "&_HLS_part=" + match.captured(2).toLatin1();
}

} // namespace

class TestHlsOriginHolds : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_program = test::encodeProgram(6 * test::kFps);
        QVERIFY(!m_program.packets.empty());
    }

    void init() {
        m_packager = std::make_unique<output::HlsPackager>(output::HlsPackagerSettings{}, m_clock);
        m_server = std::make_unique<serve::HttpServer>();
        m_origin = new serve::HlsOrigin(*m_server, *m_packager);
        m_origin->setRequestObserver(&m_keys);
        auto port = m_server->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.hasValue());
        m_http = std::make_unique<RawHttpClient>(QHostAddress::LocalHost, *port);
        m_port = *port;
        m_next = 0;
        m_packager->streamsStarted(m_program.streams);
        feedVideoFrames(45); // one segment and a half
    }

    void cleanup() {
        m_http.reset();
        m_server.reset(); // deletes the origin with it
        m_origin = nullptr;
        m_packager.reset();
        m_keys.keys.clear();
    }

    void aHeldReloadIsAnsweredWhenThePartAppears() {
        const auto current = m_http->request("GET", kPlaylist);
        QCOMPARE(current.status, 200);
        const QString hint = hintOf(current.body);
        QVERIFY(!hint.isEmpty());
        QTimer::singleShot(400, this, [this] { feedVideoFrames(12); });
        QElapsedTimer timer;
        timer.start();
        const auto held = m_http->request("GET", kPlaylist + directivesFor(hint), {}, 5000);
        QCOMPARE(held.status, 200);
        QVERIFY(timer.elapsed() >= 350); // it waited for the part
        QVERIFY(held.body.contains("URI=\"" + hint.toUtf8() + "\""));
        QCOMPARE(m_origin->parkedCount(), std::size_t{0});
    }

    void theHintedPartIsHeldUntilItExists() {
        const QString hint = hintOf(m_http->request("GET", kPlaylist).body);
        QTimer::singleShot(300, this, [this] { feedVideoFrames(12); });
        const auto part = m_http->request("GET", "/hls/" + hint.toUtf8(), {}, 5000);
        QCOMPARE(part.status, 200);
        QCOMPARE(part.headers.value("content-type"), QByteArray("video/iso.segment"));
        QVERIFY(part.headers.value("cache-control").contains("immutable"));
        QVERIFY(part.body.mid(4, 4) == "moof");
        // Any other part that does not exist yet is not waited for.
        const QString later =
            QString(hint).replace(QRegularExpression("\\.(\\d+)\\.m4s$"), QStringLiteral(".7.m4s"));
        QCOMPARE(m_http->request("GET", "/hls/" + later.toUtf8(), {}, 2000).status, 404);
    }

    void aReloadNotSatisfiedInThreeTargetDurationsIs503() {
        const QString hint = hintOf(m_http->request("GET", kPlaylist).body);
        QElapsedTimer timer;
        timer.start();
        const auto late = m_http->request("GET", kPlaylist + directivesFor(hint), {}, 8000);
        QCOMPARE(late.status, 503);
        QCOMPARE(late.headers.value("retry-after"), QByteArray("1"));
        QVERIFY2(timer.elapsed() >= 2900 && timer.elapsed() < 5000,
                 QByteArray::number(timer.elapsed()));
        QCOMPARE(m_origin->parkedCount(), std::size_t{0});
    }

    void theEndAnswersHeldReloads() {
        const QString hint = hintOf(m_http->request("GET", kPlaylist).body);
        QTimer::singleShot(300, this, [this] {
            m_packager->endStream();
            QElapsedTimer timer;
            timer.start();
            while (!m_packager->snapshot()->ended && timer.elapsed() < 3000)
                m_packager->step(std::chrono::milliseconds(20));
        });
        const auto held = m_http->request("GET", kPlaylist + directivesFor(hint), {}, 5000);
        QCOMPARE(held.status, 200);
        QVERIFY(held.body.endsWith("#EXT-X-ENDLIST\n"));
    }

    void aClientThatLeavesTakesItsHeldRequestAlong() {
        const QString hint = hintOf(m_http->request("GET", kPlaylist).body);
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(socket.waitForConnected(3000));
            socket.write("GET " + kPlaylist + directivesFor(hint) +
                         " HTTP/1.1\r\nHost: test\r\n\r\n");
            QTRY_COMPARE_WITH_TIMEOUT(m_origin->parkedCount(), std::size_t{1}, 3000);
            socket.abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_origin->parkedCount(), std::size_t{0}, 3000);
        // The part then comes; nothing is written to the gone client, the server goes on.
        feedVideoFrames(12);
        QTest::qWait(50);
        QCOMPARE(m_http->request("GET", kPlaylist).status, 200);
    }

    void theServerGoingAwayDropsHeldRequests() {
        const QString hint = hintOf(m_http->request("GET", kPlaylist).body);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("GET " + kPlaylist + directivesFor(hint) + " HTTP/1.1\r\nHost: test\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(m_origin->parkedCount(), std::size_t{1}, 3000);
        m_server.reset(); // the origin (and its held responder) go first, then the sockets
        m_origin = nullptr;
        feedVideoFrames(12); // the packager no longer calls the gone origin
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 3000);
    }

    void playlistRequestsReachTheViewerHook() {
        m_http->request("GET", kPlaylist, {"User-Agent: TestPlayer/1.0"});
        m_http->request("GET", kPlaylist + "?wl_session=abc123");
        m_http->request("GET", "/hls/output_main_plain.m3u8", {"User-Agent: Other"});
        QCOMPARE(m_keys.keys.size(), 3);
        QCOMPARE(m_keys.keys[0], QStringLiteral("127.0.0.1 TestPlayer/1.0"));
        QCOMPARE(m_keys.keys[1], QStringLiteral("session:abc123"));
        QCOMPARE(m_keys.keys[2], QStringLiteral("127.0.0.1 Other"));
    }

    void preflightIsAnsweredWithCors() {
        const auto response = m_http->request("OPTIONS", kPlaylist);
        QCOMPARE(response.status, 204);
        QCOMPARE(response.headers.value("access-control-allow-origin"), QByteArray("*"));
        QVERIFY(response.headers.value("access-control-allow-methods").contains("GET"));
    }

private:
    // Feeds packets until `frames` more video frames went in, and lets the packager work.
    void feedVideoFrames(int frames) {
        int seen = 0;
        while (m_next < m_program.packets.size()) {
            const auto& packet = m_program.packets[m_next];
            if (packet.kind() == media::MediaKind::Video && seen == frames)
                break;
            seen += packet.kind() == media::MediaKind::Video ? 1 : 0;
            m_packager->packetReady(packet);
            ++m_next;
            while (m_packager->step(std::chrono::milliseconds(0))) {
            }
        }
    }

    SessionClock m_clock;
    test::EncodedProgram m_program;
    std::unique_ptr<output::HlsPackager> m_packager;
    std::unique_ptr<serve::HttpServer> m_server;
    serve::HlsOrigin* m_origin = nullptr;
    std::unique_ptr<RawHttpClient> m_http;
    KeyRecorder m_keys;
    quint16 m_port = 0;
    std::size_t m_next = 0;
};

QTEST_GUILESS_MAIN(TestHlsOriginHolds)
#include "tst_hlsoriginholds.moc"
