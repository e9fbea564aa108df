// One restream destination's worker against servers that misbehave on loopback: a server that
// accepts the TCP connection but never answers the RTMP handshake (a hung connect), and a URL
// libav cannot use. The hung connect ends at the I/O timeout, and at once on stop or disable.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QTest>

#include "common/WorkerThread.h"
#include "media/CodecParameters.h"
#include "media/LibAv.h"
#include "output/RestreamDestination.h"

using namespace wl;
using namespace wl::output;
using namespace std::chrono_literals;

namespace {

// A listening socket that never accepts: the kernel completes TCP connects, nobody speaks RTMP.
class SilentServer {
public:
    SilentServer() {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
        ::listen(m_fd, 8);
        socklen_t length = sizeof(address);
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer() { ::close(m_fd); }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

ProgramStreams streams() {
    ProgramStreams result;
    result.video = media::CodecParameters::forCodec(AV_CODEC_ID_H264).value();
    result.audio = media::CodecParameters::forCodec(AV_CODEC_ID_AAC).value();
    return result;
}

RestreamSettings settings(std::chrono::milliseconds ioTimeout) {
    RestreamSettings result;
    result.ioTimeout = ioTimeout;
    result.backoffInitial = 200ms;
    result.backoffMax = 400ms;
    result.maxFailures = 0;
    return result;
}

RestreamTarget target(const std::string& url) {
    return RestreamTarget{"t", "test", url, "secretkey123456", true};
}

template <typename Predicate>
RestreamSnapshot waitFor(const RestreamDestination& destination, Predicate done,
                         int timeoutMs = 15000) {
    QElapsedTimer timer;
    timer.start();
    auto snapshot = destination.snapshot();
    while (!done(snapshot) && timer.elapsed() < timeoutMs) {
        QTest::qWait(20);
        snapshot = destination.snapshot();
    }
    return snapshot;
}

} // namespace

class TestRestreamDestination : public QObject {
    Q_OBJECT

private slots:
    void aHungConnectEndsAtTheTimeoutAndRetries() {
        SilentServer server;
        RestreamDestination destination(
            target("rtmp://127.0.0.1:" + std::to_string(server.port()) + "/live"), settings(800ms),
            {});
        destination.setStreams(streams());
        WorkerThread thread;
        thread.start("wl-restream-t",
                     [&destination](std::stop_token stop) { destination.run(stop); });
        QCOMPARE(destination.snapshot().status, RestreamStatus::Idle); // output not on yet
        destination.setActive(true);
        auto snapshot = waitFor(destination, [](const RestreamSnapshot& s) {
            return s.status == RestreamStatus::Connecting;
        });
        QCOMPARE(snapshot.status, RestreamStatus::Connecting);
        QElapsedTimer timer;
        timer.start();
        snapshot = waitFor(destination, [](const RestreamSnapshot& s) {
            return s.status == RestreamStatus::Reconnecting && !s.lastError.empty();
        });
        QCOMPARE(snapshot.status, RestreamStatus::Reconnecting);
        QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(snapshot.lastError.find("secretkey") == std::string::npos);
        QVERIFY2(snapshot.lastError.find("no answer within 800 ms") != std::string::npos,
                 snapshot.lastError.c_str());
        snapshot =
            waitFor(destination, [](const RestreamSnapshot& s) { return s.reconnects >= 2; });
        QVERIFY(snapshot.reconnects >= 2);
        QVERIFY(snapshot.consecutiveFailures >= 2);
        destination.setActive(false);
        snapshot = waitFor(destination, [](const RestreamSnapshot& s) {
            return s.status == RestreamStatus::Idle;
        });
        QCOMPARE(snapshot.status, RestreamStatus::Idle);
    }

    void stopAndDisableCutAHungConnectShort() {
        SilentServer server;
        RestreamDestination destination(
            target("rtmp://127.0.0.1:" + std::to_string(server.port()) + "/live"), settings(30s),
            {});
        destination.setStreams(streams());
        destination.setActive(true);
        WorkerThread thread;
        thread.start("wl-restream-t",
                     [&destination](std::stop_token stop) { destination.run(stop); });
        waitFor(destination,
                [](const RestreamSnapshot& s) { return s.status == RestreamStatus::Connecting; });
        QTest::qWait(300);

        // Disabled by the director: idle at once, not after the 30 s timeout.
        QElapsedTimer timer;
        timer.start();
        destination.setEnabled(false);
        auto snapshot = waitFor(destination, [](const RestreamSnapshot& s) {
            return s.status == RestreamStatus::Idle;
        });
        QCOMPARE(snapshot.status, RestreamStatus::Idle);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!snapshot.enabled);

        // Enabled again it connects again; the Session stopping joins the thread at once.
        destination.setEnabled(true);
        waitFor(destination,
                [](const RestreamSnapshot& s) { return s.status == RestreamStatus::Connecting; });
        QTest::qWait(300);
        timer.restart();
        thread.stop();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void anUnusableUrlFailsForGood() {
        RestreamDestination destination(target("rtmpz://127.0.0.1:1/live"), settings(2s), {});
        destination.setStreams(streams());
        destination.setActive(true);
        WorkerThread thread;
        thread.start("wl-restream-t",
                     [&destination](std::stop_token stop) { destination.run(stop); });
        auto snapshot = waitFor(destination, [](const RestreamSnapshot& s) {
            return s.status == RestreamStatus::Failed;
        });
        QCOMPARE(snapshot.status, RestreamStatus::Failed);
        QVERIFY(!snapshot.lastError.empty());
        QTest::qWait(600); // longer than the backoff: no retry
        QCOMPARE(destination.snapshot().reconnects, 0u);
        QCOMPARE(destination.snapshot().status, RestreamStatus::Failed);
    }
};

QTEST_GUILESS_MAIN(TestRestreamDestination)
#include "tst_restreamdestination.moc"
