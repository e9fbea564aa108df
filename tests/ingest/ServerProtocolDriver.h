#pragma once

// Drives a ServerProtocol through a test-side client: shared by the server protocol tests.
#include "RtmpTestSupport.h"
#include "ingest/rtmp/ServerProtocol.h"

namespace rtmptest {

inline constexpr std::uint32_t kAudioCsid = 4;
inline constexpr std::uint32_t kVideoCsid = 6;

// Drives one ServerProtocol and keeps everything it produced.
struct Session {
    explicit Session(ServerProtocolSettings settings = {})
        : protocol(withSeed(std::move(settings))) {}

    static ServerProtocolSettings withSeed(ServerProtocolSettings settings) {
        settings.handshake.randomSeed = 99;
        return settings;
    }

    // Returns the messages the server sent in answer to `bytes`.
    std::vector<RtmpMessage> send(const Bytes& bytes) {
        Bytes out;
        lastResult = protocol.receive(bytes, out, events);
        append(sent, out);
        return output.read(out);
    }

    std::vector<RtmpMessage> accept() {
        Bytes out;
        protocol.acceptPublish(out);
        return output.read(out);
    }

    ServerProtocol protocol;
    std::vector<ProtocolEvent> events;
    ServerOutput output;
    Bytes sent;
    wl::Expected<void> lastResult;
};

inline Amf0Value connectObject(const std::string& app) {
    return Amf0Value::object()
        .add("app", Amf0Value::string(app))
        .add("type", Amf0Value::string("nonprivate"))
        .add("flashVer", Amf0Value::string("FMLE/3.0 (compatible; FMSc/1.0)"))
        .add("tcUrl", Amf0Value::string("rtmp://127.0.0.1:1935/" + app));
}

// Handshake, connect, releaseStream, FCPublish, createStream, publish: the OBS sequence.
inline std::vector<RtmpMessage> publishUpTo(Session& session, TestClient& client,
                                            const std::string& name = "cam1?token=abc") {
    Bytes bytes = client.handshake();
    append(bytes, client.setChunkSize(4096));
    append(bytes, client.command("connect", 1, connectObject("live?auth=1")));
    append(bytes, client.command("releaseStream", 2, Amf0Value::null(), {Amf0Value::string(name)}));
    append(bytes, client.command("FCPublish", 3, Amf0Value::null(), {Amf0Value::string(name)}));
    append(bytes, client.command("createStream", 4, Amf0Value::null()));
    append(bytes, client.command("publish", 5, Amf0Value::null(),
                                 {Amf0Value::string(name), Amf0Value::string("live")}, 1, 8));
    return session.send(bytes);
}

inline Bytes videoTag(std::uint8_t first, std::uint8_t packetType, std::int32_t cts, Bytes data) {
    const auto raw = static_cast<std::uint32_t>(cts);
    Bytes tag = {first, packetType, static_cast<std::uint8_t>(raw >> 16),
                 static_cast<std::uint8_t>(raw >> 8), static_cast<std::uint8_t>(raw)};
    append(tag, data);
    return tag;
}

inline Bytes avcC() {
    return {0x01, 0x42, 0xC0, 0x1E, 0xFF, 0xE1, 0x00, 0x04, 0x67,
            0x42, 0xC0, 0x1E, 0x01, 0x00, 0x03, 0x68, 0xCE, 0x3C};
}

inline const Amf0Value* infoOf(const CommandMessage& command) {
    return command.arguments.empty() ? nullptr : &command.arguments.back();
}

} // namespace rtmptest
