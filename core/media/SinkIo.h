#pragma once

#include <memory>
#include <optional>

#include "AvPointers.h"
#include "ByteSink.h"
#include "common/Error.h"

namespace wl::media {

// An AVIOContext that writes through a ByteSink (custom I/O for the Muxer). Keeps the first
// Error the sink reported, so the Muxer can return it instead of libav's generic code.
class SinkIo {
public:
    static Expected<std::unique_ptr<SinkIo>> create(std::shared_ptr<ByteSink> sink);
    SinkIo(const SinkIo&) = delete;
    SinkIo& operator=(const SinkIo&) = delete;
    ~SinkIo();

    AVIOContext* context() { return m_context; }
    const std::optional<Error>& sinkError() const { return m_error; }

private:
    explicit SinkIo(std::shared_ptr<ByteSink> sink);
    static int writePacket(void* opaque, std::uint8_t* buffer, int size);
    static std::int64_t seekTo(void* opaque, std::int64_t offset, int whence);

    std::shared_ptr<ByteSink> m_sink;
    AVIOContext* m_context = nullptr;
    std::optional<Error> m_error;
};

} // namespace wl::media
