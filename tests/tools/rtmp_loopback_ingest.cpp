// Manual check against real clients: accepts one RTMP connection on 127.0.0.1, drives
// wl::rtmp::ServerProtocol with blocking POSIX sockets, accepts the publish and prints what
// happened. Optionally saves the raw client->server bytes (test fixtures).
//
//   rtmp_loopback_ingest [--port 19350] [--capture out.bin] [--reject] [--verbose]
//   ffmpeg ... -f flv rtmp://127.0.0.1:19350/live/key
#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <type_traits>
#include <unistd.h>
#include <vector>

#include "ingest/rtmp/ServerProtocol.h"

namespace {

struct Summary {
    int videoConfigs = 0, audioConfigs = 0, videoFrames = 0, keyframes = 0, audioFrames = 0;
    int metadata = 0, unpublished = 0, warnings = 0, negativeCts = 0;
    std::int64_t firstDts = 0, lastDts = -1, firstAudio = 0, lastAudio = -1;
    bool videoMonotonic = true, audioMonotonic = true;
};

bool sendAll(int fd, const std::vector<std::uint8_t>& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    int port = 19350;
    std::string capturePath;
    bool reject = false, verbose = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--port" && i + 1 < argc)
            port = std::stoi(argv[++i]);
        else if (arg == "--capture" && i + 1 < argc)
            capturePath = argv[++i];
        else if (arg == "--reject")
            reject = true;
        else if (arg == "--verbose")
            verbose = true;
    }

    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener, 1) != 0) {
        std::perror("bind/listen");
        return 2;
    }
    std::printf("listening on 127.0.0.1:%d\n", port);
    std::fflush(stdout);
    const int fd = ::accept(listener, nullptr, nullptr);
    ::close(listener);

    wl::rtmp::ServerProtocol protocol;
    std::vector<std::uint8_t> capture;
    Summary summary;
    std::vector<std::uint8_t> buffer(64 * 1024);
    int exitCode = 0;
    while (true) {
        const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (n <= 0)
            break;
        const std::span<const std::uint8_t> bytes(buffer.data(), static_cast<std::size_t>(n));
        capture.insert(capture.end(), bytes.begin(), bytes.end());
        std::vector<std::uint8_t> out;
        std::vector<wl::rtmp::ProtocolEvent> events;
        const auto result = protocol.receive(bytes, out, events);
        for (auto& event : events) {
            std::visit(
                [&](auto& e) {
                    using T = std::decay_t<decltype(e)>;
                    if constexpr (std::is_same_v<T, wl::rtmp::ConnectRequested>) {
                        std::printf("connect app=%s query=%s tcUrl=%s flashVer=%s\n", e.app.c_str(),
                                    e.appQuery.c_str(), e.tcUrl.c_str(), e.flashVer.c_str());
                    } else if constexpr (std::is_same_v<T, wl::rtmp::PublishRequested>) {
                        std::printf("publish name=%s key=%s query=%s type=%s msid=%u\n",
                                    e.publishName.c_str(), e.streamKey.c_str(), e.query.c_str(),
                                    e.publishType.c_str(), e.streamId);
                        if (reject)
                            protocol.rejectPublish(wl::rtmp::PublishRejection::BadName, out);
                        else
                            protocol.acceptPublish(out);
                    } else if constexpr (std::is_same_v<T, wl::rtmp::MetadataReceived>) {
                        ++summary.metadata;
                        std::printf("metadata: %zu entries\n", e.entries.size());
                    } else if constexpr (std::is_same_v<T, wl::rtmp::VideoConfigReceived>) {
                        ++summary.videoConfigs;
                        std::printf("video config %s, %zu bytes, nalu length %d\n",
                                    std::string(wl::rtmp::videoCodecName(e.codec)).c_str(),
                                    e.config.size(), e.naluLengthSize);
                    } else if constexpr (std::is_same_v<T, wl::rtmp::AudioConfigReceived>) {
                        ++summary.audioConfigs;
                        std::printf("audio config %s, %d Hz, %d ch\n",
                                    std::string(wl::rtmp::audioCodecName(e.codec)).c_str(),
                                    e.sampleRate, e.channels);
                    } else if constexpr (std::is_same_v<T, wl::rtmp::VideoFrameReceived>) {
                        if (summary.videoFrames++ == 0)
                            summary.firstDts = e.dtsMs;
                        else if (e.dtsMs < summary.lastDts)
                            summary.videoMonotonic = false;
                        summary.lastDts = e.dtsMs;
                        summary.keyframes += e.keyframe ? 1 : 0;
                        summary.negativeCts += e.ctsMs < 0 ? 1 : 0;
                        if (verbose)
                            std::printf("  video dts=%lld cts=%d key=%d %zu bytes\n",
                                        static_cast<long long>(e.dtsMs), e.ctsMs, e.keyframe,
                                        e.data.size());
                    } else if constexpr (std::is_same_v<T, wl::rtmp::AudioFrameReceived>) {
                        if (summary.audioFrames++ == 0)
                            summary.firstAudio = e.timestampMs;
                        else if (e.timestampMs < summary.lastAudio)
                            summary.audioMonotonic = false;
                        summary.lastAudio = e.timestampMs;
                    } else if constexpr (std::is_same_v<T, wl::rtmp::Unpublished>) {
                        ++summary.unpublished;
                        std::printf("unpublished key=%s\n", e.streamKey.c_str());
                    } else {
                        ++summary.warnings;
                        std::printf("warning: %s\n", e.message.c_str());
                    }
                },
                event);
        }
        if (!sendAll(fd, out))
            break;
        if (!result) {
            std::printf("protocol error: %s\n", result.error().toString().c_str());
            exitCode = 1;
            break;
        }
        if (protocol.state() == wl::rtmp::ServerProtocol::State::Closed)
            break;
    }
    ::close(fd);

    std::printf("handshake digest: %s, bytes received: %llu\n",
                protocol.handshakeUsedDigest() ? "yes" : "no",
                static_cast<unsigned long long>(protocol.bytesReceived()));
    std::printf("video configs %d, audio configs %d, video frames %d (keyframes %d, negative cts "
                "%d), audio frames %d, metadata %d, unpublished %d, warnings %d\n",
                summary.videoConfigs, summary.audioConfigs, summary.videoFrames, summary.keyframes,
                summary.negativeCts, summary.audioFrames, summary.metadata, summary.unpublished,
                summary.warnings);
    std::printf("video dts %lld..%lld monotonic=%s; audio ts %lld..%lld monotonic=%s\n",
                static_cast<long long>(summary.firstDts), static_cast<long long>(summary.lastDts),
                summary.videoMonotonic ? "yes" : "no", static_cast<long long>(summary.firstAudio),
                static_cast<long long>(summary.lastAudio), summary.audioMonotonic ? "yes" : "no");
    if (!capturePath.empty()) {
        std::ofstream file(capturePath, std::ios::binary);
        file.write(reinterpret_cast<const char*>(capture.data()),
                   static_cast<std::streamsize>(capture.size()));
        std::printf("captured %zu bytes to %s\n", capture.size(), capturePath.c_str());
    }
    return exitCode;
}
