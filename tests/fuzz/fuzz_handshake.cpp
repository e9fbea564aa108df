// Fuzzes ServerHandshake: any bytes in any split either fail cleanly or complete with exactly
// S0+S1+S2 sent and the unused tail reported.
#include <cstddef>
#include <cstdint>

#include "FuzzInput.h"
#include "ingest/rtmp/ServerHandshake.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    const std::span<const std::uint8_t> input(data + 1, size - 1);
    wl::rtmp::ServerHandshake handshake({true, 1});
    std::vector<std::uint8_t> out;
    std::size_t used = 0;
    for (const auto piece : fuzz::splitBySteering(input, data[0])) {
        const auto result = handshake.receive(piece, out);
        if (!result)
            return 0;
        fuzz::require(*result <= piece.size());
        used += *result;
        if (handshake.isComplete()) {
            fuzz::require(*result <= piece.size());
            break;
        }
        fuzz::require(*result == piece.size()); // an incomplete handshake takes everything
    }
    if (handshake.isComplete()) {
        fuzz::require(used == 1 + 2 * 1536);
        fuzz::require(out.size() == 1 + 2 * 1536 && out[0] == 3);
    } else {
        fuzz::require(used == input.size());
        fuzz::require(out.empty() || out.size() == 1 + 2 * 1536);
    }
    return 0;
}
