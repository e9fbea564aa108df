// Fuzzes Amf0Reader (and command parsing on top of it). Whatever decodes must re-encode to bytes
// that decode to the same encoding again.
#include <cstddef>
#include <cstdint>

#include "FuzzInput.h"
#include "ingest/rtmp/Amf0Reader.h"
#include "ingest/rtmp/Amf0Writer.h"
#include "ingest/rtmp/CommandMessage.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> input(data, size);
    const wl::rtmp::Amf0Limits limits{32, 20000};
    wl::rtmp::Amf0Reader reader(input, limits);
    const auto values = reader.readAll();
    if (values) {
        fuzz::require(reader.atEnd());
        std::vector<std::uint8_t> encoded;
        wl::rtmp::Amf0Writer writer(encoded);
        for (const auto& value : *values)
            writer.write(value);
        wl::rtmp::Amf0Reader again(encoded, wl::rtmp::Amf0Limits{32, 1000000});
        const auto reread = again.readAll();
        fuzz::require(reread.hasValue() && reread->size() == values->size());
        std::vector<std::uint8_t> reencoded;
        wl::rtmp::Amf0Writer rewriter(reencoded);
        for (const auto& value : *reread)
            rewriter.write(value);
        fuzz::require(reencoded == encoded);
    } else {
        fuzz::require(values.error().context.rfind("amf0 offset ", 0) == 0);
    }

    wl::rtmp::RtmpMessage message;
    message.typeId = size > 0 && (data[0] & 1) ? 17 : 20;
    message.payload.assign(data, data + size);
    (void)wl::rtmp::CommandMessage::parse(message, limits);
    return 0;
}
