// Fuzzes the whole stack through ServerProtocol. The first byte steers the run:
//   bit 0     prepend a valid plain handshake, so the rest goes straight to the chunk stream
//   bits 1-2  publish decision: 0 accept inline, 1 defer then accept, 2 defer then reject,
//             3 reject inline
//   bits 3-7  split schedule for the input
// Invariants: the byte count is exact, and everything the server sends is a valid handshake
// answer followed by a chunk stream our own reader accepts.
#include <cstddef>
#include <cstdint>

#include "FuzzInput.h"
#include "ingest/rtmp/ChunkReader.h"
#include "ingest/rtmp/ServerProtocol.h"

using namespace wl::rtmp;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    const std::uint8_t steering = data[0];
    std::vector<std::uint8_t> input;
    if (steering & 1) {
        input.assign(1 + 2 * 1536, 0);
        input[0] = 3;
    }
    input.insert(input.end(), data + 1, data + size);

    ServerProtocolSettings settings;
    settings.handshake.randomSeed = 1;
    settings.chunkReader = ChunkReaderSettings{256 * 1024, 64 * 1024, 16, 1024 * 1024};
    settings.amf0 = Amf0Limits{16, 5000};
    ServerProtocol protocol(settings);
    const int decisionMode = (steering >> 1) & 3;
    if (decisionMode == 0)
        protocol.setPublishDecider(
            [](const PublishRequested&) { return PublishDecision::accept(); });
    else if (decisionMode == 3)
        protocol.setPublishDecider([](const PublishRequested&) {
            return PublishDecision::reject(PublishRejection::BadName);
        });

    std::vector<std::uint8_t> out;
    std::vector<ProtocolEvent> events;
    std::uint64_t fed = 0;
    bool failed = false;
    for (const auto piece :
         fuzz::splitBySteering(input, static_cast<std::uint8_t>(steering >> 3))) {
        fed += piece.size();
        if (!protocol.receive(piece, out, events)) {
            failed = true;
            break;
        }
        fuzz::require(protocol.bytesReceived() == fed);
        if (protocol.state() == ServerProtocol::State::PublishPending) {
            if (decisionMode == 2)
                protocol.rejectPublish(PublishRejection::Denied, out);
            else
                protocol.acceptPublish(out);
        }
        events.clear(); // keep memory flat over long inputs
    }
    if (failed)
        fuzz::require(protocol.state() == ServerProtocol::State::Closed);

    // The server's own output must be well-formed.
    if (!out.empty()) {
        fuzz::require(out.size() >= 1 + 2 * 1536 && out[0] == 3);
        ChunkReader reader;
        std::vector<RtmpMessage> replies;
        const auto tail = std::span<const std::uint8_t>(out).subspan(1 + 2 * 1536);
        fuzz::require(reader.receive(tail, replies).hasValue());
        fuzz::require(reader.bufferedBytes() == 0); // no half-written message
    }
    return 0;
}
