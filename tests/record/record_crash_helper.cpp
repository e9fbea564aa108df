// The child of tst_recordcrash: records a camera clip, looped and paced like a live camera, as
// cam1's ISO file and as the program, until it is killed (SIGKILL) or a minute has passed.
// Prints "recording <event folder>" once the first packet is handed over.
#include <chrono>
#include <cstdio>
#include <thread>

#include <QCoreApplication>

#include "RecordTestSupport.h"

using namespace wl;
using namespace wl::record;

namespace {

constexpr std::int64_t kClipMs = 4000; // the clip's length: the loop's timestamp step
constexpr auto kLongestRun = std::chrono::seconds(60);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: record_crash_helper <clip.flv> <recordings root>\n");
        return 2;
    }
    auto clip = test::readStream(QString::fromLocal8Bit(argv[1]));
    if (!clip || !clip->video || clip->packets.empty())
        return 3;

    SessionClock clock;
    RecordingSettings settings;
    settings.recordingsRoot = QString::fromLocal8Bit(argv[2]);
    settings.eventTitle = QStringLiteral("Crash test");
    Recorder recorder(settings, clock);
    WorkerThread thread;
    thread.start("wl-record", [&recorder](std::stop_token stop) { recorder.run(stop); });

    auto tap = recorder.cameraTap(QStringLiteral("cam1"));
    ProgramRecordingInput& program = recorder.programInput();
    if (!recorder.start(RecordingRequest{{{QStringLiteral("cam1"), QStringLiteral("Altar")}}}))
        return 4;
    tap->publishStarted(1, clock.nowUs());
    tap->configReceived(1, *clip->video);
    if (clip->audio)
        tap->configReceived(1, *clip->audio);
    program.setStreams(*clip->video, clip->audio);

    const auto started = std::chrono::steady_clock::now();
    const std::int64_t firstDts = clip->packets.front().dts();
    std::int64_t programFrame = 0;
    bool announced = false;
    for (std::int64_t loop = 0; std::chrono::steady_clock::now() - started < kLongestRun; ++loop) {
        for (const media::Packet& source : clip->packets) {
            media::Packet packet = source;
            const std::int64_t offsetMs = loop * kClipMs;
            packet.setDts(source.dts() + offsetMs);
            packet.setPts(source.pts() + offsetMs);
            std::this_thread::sleep_until(started +
                                          std::chrono::milliseconds(packet.dts() - firstDts));
            packet.setArrivalUs(clock.nowUs());
            tap->packetReceived(1, packet);
            if (packet.kind() == media::MediaKind::Video)
                program.pushVideo(packet, programFrame++);
            else
                program.pushAudio(packet);
            if (!announced) {
                std::printf("recording %s\n", qPrintable(recorder.eventFolder()));
                std::fflush(stdout);
                announced = true;
            }
        }
    }
    // Not killed: end as the Session would.
    (void)recorder.stop();
    thread.stop();
    return 0;
}
