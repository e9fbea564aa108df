#pragma once

#include <QByteArray>

#include "ByteSink.h"

namespace wl::media {

// A ByteSink that keeps the bytes in memory, for muxing into buffers (HLS segments): the owner
// takes what was written so far with take(). Seeks may only reach bytes not yet taken.
// Used only by the thread that runs the Muxer.
class MemoryByteSink : public ByteSink {
public:
    Expected<void> write(std::span<const std::uint8_t> bytes) override;
    Expected<void> seek(std::int64_t position) override;
    std::int64_t position() const override { return m_taken + m_position; }
    std::int64_t size() const override { return m_taken + m_buffer.size(); }

    // Everything written since the last take(); the write position must be at the end.
    QByteArray take();
    qsizetype pending() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_position = 0; // inside m_buffer
    std::int64_t m_taken = 0; // bytes handed out before m_buffer
};

} // namespace wl::media
