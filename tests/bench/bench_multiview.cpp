// The multiview's refresh rate and the UI thread's longest stall with five live demo cameras,
// program encoding and recording, in this process under QT_QPA_PLATFORM=offscreen (the real
// MainWindow on a real Session). Each tile's painted pictures per second are printed beside the
// preview pictures the core produced for it per second (the baseline: a tile cannot show more).
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_multiview [--seconds 60]
#include <ctime>
#include <map>
#include <mutex>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "CameraGrid.h"
#include "CameraTile.h"
#include "DirectorActions.h"
#include "MainWindow.h"
#include "ProgramMonitor.h"
#include "Theme.h"
#include "record/Recorder.h"
#include "session/Session.h"
#include "sources/PreviewSink.h"
#include "switcher/ProgramEngine.h"

namespace {

// Preview pictures per source, counted on the producer threads.
class ProducedCounter : public wl::sources::PreviewSink {
public:
    void previewReady(const QString& id, const QImage&) override {
        std::lock_guard lock(m_mutex);
        ++m_counts[id];
    }
    std::map<QString, std::uint64_t> counts() {
        std::lock_guard lock(m_mutex);
        return m_counts;
    }

private:
    std::mutex m_mutex;
    std::map<QString, std::uint64_t> m_counts;
};

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Runs the event loop (sleeping when idle, as the app does) until `done` or the timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QEventLoop loop;
    QTimer check;
    check.setInterval(50);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
    return done();
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QTextStream out(stdout);
    int seconds = 30;
    const QStringList args = QCoreApplication::arguments();
    if (const int at = args.indexOf(QStringLiteral("--seconds")); at > 0 && at + 1 < args.size())
        seconds = std::max(5, args.at(at + 1).toInt());

    QTemporaryDir dir;
    wl::SessionSettings settings;
    settings.configDir = dir.filePath(QStringLiteral("config"));
    settings.recordingsDir = dir.filePath(QStringLiteral("recordings"));
    settings.bindAddress = QHostAddress::LocalHost;
    settings.rtmpPort = 0;
    settings.httpPort = 0;
    settings.demoCameras = 5;
    wl::Session session(settings);
    if (auto started = session.start(); !started) {
        out << "cannot start: " << QString::fromStdString(started.error().toString()) << Qt::endl;
        return 1;
    }
    wl::widgets::Theme::apply(app);
    auto window = std::make_unique<wl::widgets::MainWindow>(session);
    window->resize(1600, 1000);
    window->show();
    if (!waitFor([&] { return session.cameras().liveCount() == 5; }, 120000)) {
        out << "the five demo cameras did not go live" << Qt::endl;
        return 1;
    }
    window->actions().goLive();
    if (session.recorder().status().state != wl::record::RecordingState::Recording)
        window->actions().toggleRecording();
    window->actions().cutTo(session.cameras().cameras().at(1)->id());
    window->actions().preview(session.cameras().cameras().at(3)->id());
    waitFor([] { return false; }, 3000); // warm up: encoders settle, first pictures painted

    ProducedCounter produced;
    session.previews().add(&produced);
    const auto& tiles = window->grid()->tiles();
    std::vector<std::uint64_t> paintedBefore;
    for (const auto* tile : tiles)
        paintedBefore.push_back(tile->framesPainted());
    const std::uint64_t programBefore = window->programMonitor()->framesPainted();

    // The UI thread's stalls: a 5 ms timer and how late each of its ticks comes.
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    std::vector<qint64> gaps;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(now - last);
        last = now;
    });
    const QString loadBefore = loadAverage();
    const double cpuBefore = threadCpuSeconds();
    probe.start();
    waitFor([] { return false; }, seconds * 1000);
    probe.stop();
    const double uiCpu = threadCpuSeconds() - cpuBefore;
    const double elapsed = static_cast<double>(clock.elapsed()) / 1000.0;
    session.previews().remove(&produced);
    const auto counts = produced.counts();

    out << "bench_multiview: 5 demo cameras (640x360 30 fps), live + recording, " << seconds
        << " s, window 1600x1000 offscreen; load average " << loadBefore << " on "
        << QThread::idealThreadCount() << " cores\n";
    out << "source       produced/s  painted/s  painted/produced\n";
    double worstFps = 1e9;
    for (int i = 0; i < tiles.size(); ++i) {
        const double painted =
            static_cast<double>(tiles[i]->framesPainted() - paintedBefore[i]) / elapsed;
        const double made =
            static_cast<double>(counts.count(tiles[i]->cameraId()) ? counts.at(tiles[i]->cameraId())
                                                                   : 0) /
            elapsed;
        worstFps = std::min(worstFps, painted);
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(tiles[i]->cameraId(), -11)
                   .arg(made, 10, 'f', 1)
                   .arg(painted, 9, 'f', 1)
                   .arg(made > 0 ? painted / made : 0, 16, 'f', 2);
    }
    const QString programId = session.engine().settings().monitorId;
    const double programMade =
        static_cast<double>(counts.count(programId) ? counts.at(programId) : 0) / elapsed;
    const double programPainted =
        static_cast<double>(window->programMonitor()->framesPainted() - programBefore) / elapsed;
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(programId, -11)
               .arg(programMade, 10, 'f', 1)
               .arg(programPainted, 9, 'f', 1)
               .arg(programMade > 0 ? programPainted / programMade : 0, 16, 'f', 2);
    std::sort(gaps.begin(), gaps.end());
    const auto percentile = [&](double p) {
        return gaps.empty()
                   ? 0.0
                   : static_cast<double>(
                         gaps[static_cast<std::size_t>(p * static_cast<double>(gaps.size() - 1))]) /
                         1e6;
    };
    out << QStringLiteral("slowest tile:           %1 fps  (goal >= 25)\n")
               .arg(worstFps, 0, 'f', 1);
    out << QStringLiteral("UI thread CPU:          %1 %  of one core\n")
               .arg(100.0 * uiCpu / elapsed, 0, 'f', 1);
    out << QStringLiteral(
               "UI stall (5 ms probe):  p50 %1 ms  p99 %2 ms  max %3 ms  (goal max <= 50)\n")
               .arg(percentile(0.5), 0, 'f', 1)
               .arg(percentile(0.99), 0, 'f', 1)
               .arg(percentile(1.0), 0, 'f', 1);
    out << QStringLiteral("program engine:         %1 skipped ticks, render max %2 ms\n")
               .arg(session.engine().stats().skippedTicks)
               .arg(session.engine().stats().maxRenderMs, 0, 'f', 1);
    out.flush();
    window.reset();
    session.stop();
    return 0;
}
