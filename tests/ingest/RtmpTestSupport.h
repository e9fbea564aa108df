#pragma once

// Test-side helpers: a publishing client built from the library's writer and AMF0 writer, a parser
// for what the server sends back, fixture loading and event descriptions for comparisons.

#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include <QFile>
#include <QString>

#include "ingest/rtmp/Amf0Value.h"
#include "ingest/rtmp/Amf0Writer.h"
#include "ingest/rtmp/ChunkReader.h"
#include "ingest/rtmp/ChunkWriter.h"
#include "ingest/rtmp/CommandMessage.h"
#include "ingest/rtmp/ControlMessage.h"
#include "ingest/rtmp/HandshakeDigest.h"
#include "ingest/rtmp/ProtocolEvent.h"

namespace rtmptest {

using Bytes = std::vector<std::uint8_t>;
using namespace wl::rtmp;

inline Bytes readFixture(const char* name) {
    QFile file(QStringLiteral(WEDLIVE_RTMP_DATA_DIR "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    return Bytes(data.begin(), data.end());
}

inline void append(Bytes& to, const Bytes& from) {
    to.insert(to.end(), from.begin(), from.end());
}

// C0 + C1 with random bytes; `digest` imprints a Flash Player digest like FFmpeg does.
inline Bytes clientC0C1(bool digest, std::uint32_t seed = 7,
                        HandshakeDigest::Scheme scheme = HandshakeDigest::Scheme::Offset8) {
    Bytes bytes(1 + HandshakeDigest::kPacketSize);
    std::mt19937 random(seed);
    for (auto& byte : bytes)
        byte = static_cast<std::uint8_t>(random());
    bytes[0] = 3;
    const auto c1 = std::span<std::uint8_t, HandshakeDigest::kPacketSize>(
        bytes.data() + 1, HandshakeDigest::kPacketSize);
    std::fill_n(c1.begin(), 8, std::uint8_t{0});
    if (digest) {
        const std::uint8_t version[] = {9, 0, 124, 2};
        std::copy(std::begin(version), std::end(version), c1.begin() + 4);
        HandshakeDigest::imprintClientDigest(c1, scheme);
    }
    return bytes;
}

// A publisher: handshake, commands and media, written with compressed chunk headers.
class TestClient {
public:
    Bytes handshake() const {
        Bytes bytes = clientC0C1(false);
        bytes.resize(bytes.size() + HandshakeDigest::kPacketSize, 0x5A); // C2 (not checked)
        return bytes;
    }

    Bytes message(std::uint8_t typeId, std::uint32_t csid, std::uint32_t msid,
                  std::uint32_t timestamp, Bytes payload) {
        RtmpMessage message;
        message.chunkStreamId = csid;
        message.typeId = typeId;
        message.streamId = msid;
        message.wireTimestamp = timestamp;
        message.payload = std::move(payload);
        Bytes out;
        if (!writer.write(message, out))
            return {};
        return out;
    }

    Bytes command(const std::string& name, double txn, Amf0Value object,
                  std::vector<Amf0Value> arguments = {}, std::uint32_t msid = 0,
                  std::uint32_t csid = 3) {
        CommandMessage command{name, txn, std::move(object), std::move(arguments)};
        return message(20, csid, msid, 0, command.encode());
    }

    Bytes control(const ControlMessage& control) {
        RtmpMessage message = control.encode();
        Bytes out;
        if (!writer.write(message, out))
            return {};
        return out;
    }

    // Sends Set Chunk Size and switches the writer to it.
    Bytes setChunkSize(std::uint32_t size) {
        Bytes out = control(ControlMessage(SetChunkSize{size}));
        if (!writer.setChunkSize(size))
            return {};
        return out;
    }

    ChunkWriter writer{ChunkWriter::Headers::Compressed};
};

// Reads what the server sent: skips S0+S1+S2 once, then reassembles messages.
class ServerOutput {
public:
    std::vector<RtmpMessage> read(const Bytes& bytes) {
        std::span<const std::uint8_t> view(bytes);
        const std::size_t handshakeSize = 1 + 2 * HandshakeDigest::kPacketSize;
        if (m_skipped < handshakeSize) {
            const std::size_t skip = std::min(view.size(), handshakeSize - m_skipped);
            m_skipped += skip;
            view = view.subspan(skip);
        }
        std::vector<RtmpMessage> messages;
        if (!m_reader.receive(view, messages))
            messages.clear();
        return messages;
    }

private:
    ChunkReader m_reader;
    std::size_t m_skipped = 0;
};

inline const RtmpMessage* findCommand(const std::vector<RtmpMessage>& messages,
                                      const std::string& name, CommandMessage* parsed = nullptr) {
    for (const RtmpMessage& message : messages) {
        if (message.typeId != 20)
            continue;
        auto command = CommandMessage::parse(message);
        if (command && command->name == name) {
            if (parsed)
                *parsed = *command;
            return &message;
        }
    }
    return nullptr;
}

template <typename T>
std::vector<T> eventsOf(const std::vector<ProtocolEvent>& events) {
    std::vector<T> found;
    for (const ProtocolEvent& event : events) {
        if (const T* typed = std::get_if<T>(&event))
            found.push_back(*typed);
    }
    return found;
}

inline std::string hexOf(const Bytes& bytes) {
    std::ostringstream text;
    for (const std::uint8_t byte : bytes)
        text << std::hex << int{byte} << '.';
    return text.str();
}

// Size and FNV-1a hash: compact and exact enough to compare payloads in event descriptions.
inline std::string digestOf(const Bytes& bytes) {
    std::uint64_t hash = 1469598103934665603ull;
    for (const std::uint8_t byte : bytes)
        hash = (hash ^ byte) * 1099511628211ull;
    return std::to_string(bytes.size()) + ':' + std::to_string(hash);
}

// One line per event, with every field, so event sequences compare exactly.
inline std::string describe(const ProtocolEvent& event) {
    std::ostringstream text;
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, ConnectRequested>) {
                text << "connect " << e.app << '?' << e.appQuery << ' ' << e.tcUrl << ' '
                     << e.flashVer;
            } else if constexpr (std::is_same_v<T, PublishRequested>) {
                text << "publish " << e.app << ' ' << e.publishName << ' ' << e.streamKey << ' '
                     << e.query << ' ' << e.publishType << ' ' << e.streamId;
            } else if constexpr (std::is_same_v<T, MetadataReceived>) {
                text << "metadata " << e.entries.size();
            } else if constexpr (std::is_same_v<T, VideoConfigReceived>) {
                text << "vconfig " << int(e.codec) << ' ' << digestOf(e.config);
            } else if constexpr (std::is_same_v<T, AudioConfigReceived>) {
                text << "aconfig " << int(e.codec) << ' ' << e.sampleRate << ' ' << e.channels
                     << ' ' << digestOf(e.config);
            } else if constexpr (std::is_same_v<T, VideoFrameReceived>) {
                text << "video " << e.dtsMs << ' ' << e.ctsMs << ' ' << e.keyframe << ' '
                     << digestOf(e.data);
            } else if constexpr (std::is_same_v<T, AudioFrameReceived>) {
                text << "audio " << e.timestampMs << ' ' << digestOf(e.data);
            } else if constexpr (std::is_same_v<T, Unpublished>) {
                text << "unpublished " << e.streamKey;
            } else {
                text << "warning " << e.message;
            }
        },
        event);
    return text.str();
}

} // namespace rtmptest
