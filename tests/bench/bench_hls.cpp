// HLS packaging cost: the same encoded program (the real ProgramEncoder, 720p30 at 4 Mb/s + AAC)
// through the HlsPackager (fMP4 parts and segments, playlists, snapshots) and, as the baseline,
// through libavformat's mp4 muxer into memory with one fragment per keyframe (what a plain
// fragmented recording costs). Printed per second of program, with their ratio, and the encoder
// thread's share (the queue push) per packet.
//
//   bench_hls [--seconds 20] [--repeat 5]
#include <algorithm>
#include <chrono>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "media/MemoryByteSink.h"
#include "media/Muxer.h"
#include "output/HlsPackager.h"
#include "support/EncodedProgram.h"

using namespace wl;
using Clock = std::chrono::steady_clock;

namespace {

QTextStream out(stdout);

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct HlsRun {
    double totalMs = 0;
    double pushMs = 0;
    std::uint64_t segments = 0;
};

HlsRun packageOnce(const test::EncodedProgram& program) {
    SessionClock clock;
    output::HlsPackagerSettings settings;
    settings.queuePackets = program.packets.size() + 1; // measure work, not drops
    output::HlsPackager packager(settings, clock);
    HlsRun run;
    const auto started = Clock::now();
    packager.streamsStarted(program.streams);
    for (const auto& packet : program.packets) {
        const auto pushed = Clock::now();
        packager.packetReady(packet);
        run.pushMs += millisecondsSince(pushed);
        while (packager.step(std::chrono::milliseconds(0))) {
        }
    }
    run.totalMs = millisecondsSince(started);
    run.segments = packager.stats().segments;
    return run;
}

double muxOnce(const test::EncodedProgram& program) {
    const auto started = Clock::now();
    auto sink = std::make_shared<media::MemoryByteSink>();
    media::MuxerSettings settings;
    settings.url = "baseline.mp4";
    settings.formatName = "mp4";
    settings.sink = sink;
    settings.options = {{"movflags", "+frag_keyframe+empty_moov+default_base_moof"}};
    auto muxer = media::Muxer::open(settings);
    if (!muxer)
        return -1;
    const AVRational rate{program.streams.videoTimeBase.den, program.streams.videoTimeBase.num};
    const int video =
        muxer->addStream(program.streams.video, program.streams.videoTimeBase, rate).value();
    const int audio =
        muxer->addStream(program.streams.audio, program.streams.audioTimeBase).value();
    if (!muxer->writeHeader())
        return -1;
    qsizetype bytes = 0;
    for (const auto& packet : program.packets) {
        if (!muxer->write(packet, packet.kind() == media::MediaKind::Video ? video : audio))
            return -1;
        if (sink->pending() > 0)
            bytes += sink->take().size();
    }
    if (!muxer->finish())
        return -1;
    bytes += sink->take().size();
    return bytes > 0 ? millisecondsSince(started) : -1;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"seconds", "Seconds of program", "n", "20"});
    parser.addOption({"repeat", "Runs of each", "n", "5"});
    parser.process(app);
    const int seconds = std::max(2, parser.value("seconds").toInt());
    const int repeat = std::max(1, parser.value("repeat").toInt());

    out << "encoding " << seconds << " s of 1280x720p30 program (ultrafast, 4 Mb/s)..." << Qt::endl;
    const auto encodeStart = Clock::now();
    const auto program = test::encodeProgram(seconds * test::kFps, 1280, 720, 4000);
    const double encodeMs = millisecondsSince(encodeStart);
    if (program.packets.empty()) {
        out << "encoding failed" << Qt::endl;
        return 1;
    }
    qsizetype bytes = 0;
    for (const auto& packet : program.packets)
        bytes += packet.size();

    std::vector<double> hls;
    std::vector<double> push;
    std::vector<double> baseline;
    std::uint64_t segments = 0;
    for (int i = 0; i < repeat; ++i) {
        const auto run = packageOnce(program);
        hls.push_back(run.totalMs);
        push.push_back(run.pushMs);
        segments = run.segments;
        const double mux = muxOnce(program);
        if (mux < 0) {
            out << "baseline muxing failed" << Qt::endl;
            return 1;
        }
        baseline.push_back(mux);
    }
    const double hlsPerSecond = median(hls) / seconds;
    const double baselinePerSecond = median(baseline) / seconds;
    out << "program: " << seconds << " s, " << program.packets.size() << " packets, "
        << bytes / 1024 << " KiB; encoding it took " << encodeMs / seconds
        << " ms per program second (loaded machine)" << Qt::endl;
    out << "HLS packager (parts, segments, playlists, snapshots): " << hlsPerSecond
        << " ms per program second (median of " << repeat << "), " << segments << " segments"
        << Qt::endl;
    out << "baseline mp4 muxer into memory, a fragment per keyframe: " << baselinePerSecond
        << " ms per program second" << Qt::endl;
    out << "ratio HLS / baseline: " << hlsPerSecond / baselinePerSecond << Qt::endl;
    out << "encoder-thread cost (queue push): "
        << median(push) * 1000.0 / static_cast<double>(program.packets.size()) << " us per packet"
        << Qt::endl;
    return 0;
}
