#include "MemoryByteSink.h"

#include <algorithm>
#include <cstring>

namespace wl::media {

Expected<void> MemoryByteSink::write(std::span<const std::uint8_t> bytes) {
    const auto count = static_cast<qsizetype>(bytes.size());
    const qsizetype end = m_position + count;
    if (end > m_buffer.capacity())
        m_buffer.reserve(std::max(end, 2 * m_buffer.capacity())); // amortised growth
    if (end > m_buffer.size())
        m_buffer.resize(end);
    std::memcpy(m_buffer.data() + m_position, bytes.data(), bytes.size());
    m_position = end;
    return {};
}

Expected<void> MemoryByteSink::seek(std::int64_t position) {
    const std::int64_t inside = position - m_taken;
    if (inside < 0 || inside > m_buffer.size())
        return makeError(ErrorCode::InvalidArgument,
                         "seek to " + std::to_string(position) + " outside the pending bytes",
                         "MemoryByteSink::seek");
    m_position = static_cast<qsizetype>(inside);
    return {};
}

QByteArray MemoryByteSink::take() {
    QByteArray bytes;
    bytes.swap(m_buffer);
    m_taken += bytes.size();
    m_position = 0;
    // The next piece is usually about as big: one allocation instead of a few regrowths.
    m_buffer.reserve(bytes.size());
    return bytes;
}

} // namespace wl::media
