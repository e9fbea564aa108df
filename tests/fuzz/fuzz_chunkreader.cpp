// Fuzzes ChunkReader and checks incrementality: the input read at once and read in pieces chosen
// by the first byte must give the same messages and the same outcome.
#include <cstddef>
#include <cstdint>

#include "FuzzInput.h"
#include "ingest/rtmp/ChunkReader.h"

namespace {

struct Outcome {
    std::vector<wl::rtmp::RtmpMessage> messages;
    bool failed = false;
};

// Small limits so that the fuzzer reaches them quickly.
constexpr wl::rtmp::ChunkReaderSettings kSettings{64 * 1024, 64 * 1024, 16, 256 * 1024};

Outcome read(const std::vector<std::span<const std::uint8_t>>& pieces) {
    wl::rtmp::ChunkReader reader(kSettings);
    Outcome outcome;
    for (const auto piece : pieces) {
        if (!reader.receive(piece, outcome.messages)) {
            outcome.failed = true;
            break;
        }
        fuzz::require(reader.bufferedBytes() <= kSettings.maxBufferedBytes);
        fuzz::require(reader.chunkStreamCount() <= kSettings.maxChunkStreams);
    }
    return outcome;
}

bool same(const wl::rtmp::RtmpMessage& a, const wl::rtmp::RtmpMessage& b) {
    return a.chunkStreamId == b.chunkStreamId && a.typeId == b.typeId && a.streamId == b.streamId &&
           a.wireTimestamp == b.wireTimestamp && a.timestamp == b.timestamp &&
           a.payload == b.payload;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    const std::span<const std::uint8_t> input(data + 1, size - 1);
    const Outcome whole = read({input});
    const Outcome split = read(fuzz::splitBySteering(input, data[0] == 0 ? 1 : data[0]));
    fuzz::require(whole.failed == split.failed);
    fuzz::require(whole.messages.size() == split.messages.size());
    for (std::size_t i = 0; i < whole.messages.size(); ++i) {
        fuzz::require(same(whole.messages[i], split.messages[i]));
        fuzz::require(whole.messages[i].payload.size() <= kSettings.maxMessageSize);
    }
    return 0;
}
