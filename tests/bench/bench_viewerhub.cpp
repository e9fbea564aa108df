// Viewer WebSocket fan-out: N real QWebSocket viewers on loopback, the hub on its own thread (as
// wl-http in the app); each round the hub broadcasts one camera_switched and every viewer stamps
// its arrival. Prints delivery p50/p99/max for 1 viewer (the baseline) and for N, and the ratio.
// The viewers share one thread, so a late viewer's time includes reading the ones before it:
// the figures are an upper bound of what each phone would see.
//   bench_viewerhub [viewers=5000] [rounds=20]
#include <algorithm>
#include <atomic>
#include <ctime>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QWebSocket>

#include "serve/HttpServer.h"
#include "serve/ViewerHub.h"
#include "serve/ViewerStatistics.h"

using namespace wl;

namespace {

qint64 threadCpuNs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

struct Figures {
    double broadcastMs = 0;    // the hub's time per broadcast (all frames queued), mean
    double broadcastCpuMs = 0; // of which its thread ran on a CPU
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    std::size_t samples = 0;
};

void spin(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

Figures run(int viewers, int rounds) {
    QThread hubThread;
    hubThread.setObjectName(QStringLiteral("bench-hub"));
    serve::ViewerStatistics statistics;
    serve::ViewerHubSettings settings;
    settings.maxConnections = viewers + 10;
    settings.maxPendingSendBytes = 1 << 20;
    // Made on its thread, as the app does (Qt 6.4's WebSocket server does not follow a move).
    auto* context = new QObject;
    context->moveToThread(&hubThread);
    QObject::connect(&hubThread, &QThread::finished, context, &QObject::deleteLater);
    hubThread.start();
    serve::ViewerHub* hub = nullptr;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        context,
        [&] {
            auto* server = new serve::HttpServer;
            hub = new serve::ViewerHub(*server, settings, statistics, serve::ViewerState{}, server);
            port = server->start(QHostAddress::LocalHost, 0).value();
            QObject::connect(&hubThread, &QThread::finished, server, &QObject::deleteLater);
        },
        Qt::BlockingQueuedConnection);

    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<qint64> sentNs(static_cast<std::size_t>(rounds), 0);
    std::vector<double> latenciesMs;
    std::atomic<qint64> broadcastNs{0};
    std::atomic<qint64> broadcastCpuNs{0};
    latenciesMs.reserve(static_cast<std::size_t>(viewers) * static_cast<std::size_t>(rounds));
    int greeted = 0;
    for (int i = 0; i < viewers; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, [&](const QString& text) {
            const qint64 now = clock.nsecsElapsed();
            if (text.startsWith(QLatin1String("{\"data\":{\"active_camera_id\":\"cam"))) {
                const int at = text.indexOf(QLatin1String("\"program_frame\":"));
                const int round = text.mid(at + 16, 8)
                                      .section(QLatin1Char(','), 0, 0)
                                      .section(QLatin1Char('}'), 0, 0)
                                      .toInt();
                if (round >= 0 && round < rounds)
                    latenciesMs.push_back(static_cast<double>(now - sentNs[round]) / 1e6);
            } else if (text.contains(QLatin1String("\"event\":\"state\""))) {
                ++greeted;
            }
        });
        socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/viewer").arg(port)));
        sockets.push_back(std::move(socket));
        if (i % 200 == 199)
            spin([&] { return greeted > i - 100; }, 30000);
    }
    spin([&] { return greeted == viewers; }, 120000);
    if (greeted != viewers)
        qWarning("only %d of %d viewers connected", greeted, viewers);

    for (int round = 0; round < rounds; ++round) {
        const std::size_t before = latenciesMs.size();
        serve::ViewerCameraSwitch change;
        change.cameraId = QStringLiteral("cam%1").arg(round % 5 + 1);
        change.cameraName = QStringLiteral("Camera %1").arg(round % 5 + 1);
        change.wallClockUs = 1'700'000'000'000'000;
        change.programFrame = round;
        sentNs[round] = clock.nsecsElapsed();
        QMetaObject::invokeMethod(hub, [hub, change, &broadcastNs, &broadcastCpuNs] {
            QElapsedTimer spent;
            spent.start();
            const qint64 cpuBefore = threadCpuNs();
            hub->cameraSwitched(change);
            broadcastNs += spent.nsecsElapsed();
            broadcastCpuNs += threadCpuNs() - cpuBefore;
        });
        spin([&] { return latenciesMs.size() >= before + static_cast<std::size_t>(greeted); },
             30000);
        spin([] { return false; }, 100); // let the loopback settle between rounds
    }

    for (auto& socket : sockets)
        socket->abort();
    sockets.clear();
    hubThread.quit();
    hubThread.wait();

    Figures figures;
    figures.samples = latenciesMs.size();
    figures.broadcastMs = static_cast<double>(broadcastNs.load()) / 1e6 / rounds;
    figures.broadcastCpuMs = static_cast<double>(broadcastCpuNs.load()) / 1e6 / rounds;
    if (latenciesMs.empty())
        return figures;
    std::sort(latenciesMs.begin(), latenciesMs.end());
    const auto at = [&](double q) {
        return latenciesMs[std::min(
            latenciesMs.size() - 1,
            static_cast<std::size_t>(q * static_cast<double>(latenciesMs.size())))];
    };
    figures.p50Ms = at(0.50);
    figures.p99Ms = at(0.99);
    figures.maxMs = latenciesMs.back();
    return figures;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int viewers = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    const Figures one = run(1, rounds);
    const Figures many = run(viewers, rounds);
    std::printf("camera_switched delivery, %d rounds, loopback\n", rounds);
    std::printf("  %5d viewer : p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (%zu samples), "
                "hub %.2f ms a broadcast\n",
                1, one.p50Ms, one.p99Ms, one.maxMs, one.samples, one.broadcastMs);
    std::printf("  %5d viewers: p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (%zu samples), "
                "hub %.2f ms a broadcast (%.2f ms CPU)\n",
                viewers, many.p50Ms, many.p99Ms, many.maxMs, many.samples, many.broadcastMs,
                many.broadcastCpuMs);
    std::printf("  ratio p99 %d/1: %.1f   goal: p99 <= 100 ms at 5000\n", viewers,
                one.p99Ms > 0 ? many.p99Ms / one.p99Ms : 0.0);
    return many.samples == static_cast<std::size_t>(viewers) * static_cast<std::size_t>(rounds) ? 0
                                                                                                : 1;
}
