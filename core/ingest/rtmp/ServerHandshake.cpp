#include "ServerHandshake.h"

#include <algorithm>
#include <string>

namespace wl::rtmp {

namespace {

constexpr std::uint8_t kPlainRtmpVersion = 3;
// A non-zero S1 version tells digest-checking clients (FFmpeg reads byte 0 >= 3) to verify.
constexpr std::array<std::uint8_t, 4> kDigestServerVersion = {4, 5, 0, 1};

std::uint64_t seedFrom(std::uint64_t configured) {
    if (configured != 0)
        return configured;
    std::random_device device;
    return (std::uint64_t{device()} << 32) ^ device();
}

} // namespace

ServerHandshake::ServerHandshake(ServerHandshakeSettings settings)
    : m_settings(settings)
    , m_random(seedFrom(settings.randomSeed)) {
}

Expected<std::size_t> ServerHandshake::receive(std::span<const std::uint8_t> bytes,
                                               std::vector<std::uint8_t>& out) {
    std::size_t used = 0;
    if (m_phase == Phase::Failed)
        return makeError(ErrorCode::ProtocolViolation, "handshake already failed", "handshake");
    if (m_phase == Phase::AwaitingC0C1) {
        if (m_c0c1Received == 0 && !bytes.empty() && bytes[0] != kPlainRtmpVersion) {
            m_phase = Phase::Failed;
            const std::uint8_t version = bytes[0];
            // 6 is RTMPE; 8 and 9 are its XTEA/Blowfish variants.
            if (version == 6 || version == 8 || version == 9)
                return makeError(ErrorCode::Unsupported,
                                 "encrypted RTMP (RTMPE, C0=" + std::to_string(version) +
                                     ") is not supported",
                                 "handshake C0");
            return makeError(ErrorCode::ProtocolViolation,
                             "unsupported RTMP version " + std::to_string(version), "handshake C0");
        }
        const std::size_t take = std::min(bytes.size(), m_c0c1.size() - m_c0c1Received);
        std::copy_n(bytes.begin(), take,
                    m_c0c1.begin() + static_cast<std::ptrdiff_t>(m_c0c1Received));
        m_c0c1Received += take;
        used += take;
        if (m_c0c1Received < m_c0c1.size())
            return used;
        answer(out);
        m_phase = Phase::AwaitingC2;
    }
    if (m_phase == Phase::AwaitingC2) {
        // C2 echoes S1; clients disagree on how exactly, and nothing depends on it, so it is
        // counted, not checked.
        const std::size_t take = std::min(bytes.size() - used, kPacketSize - m_c2Received);
        m_c2Received += take;
        used += take;
        if (m_c2Received == kPacketSize)
            m_phase = Phase::Complete;
    }
    return used;
}

void ServerHandshake::answer(std::vector<std::uint8_t>& out) {
    const auto c1 = std::span<const std::uint8_t, kPacketSize>(m_c0c1.data() + 1, kPacketSize);
    std::optional<HandshakeDigest::Found> clientDigest;
    // Plain clients (OBS for rtmp://) send zero version bytes: skip the HMACs for them.
    const bool hasVersion = c1[4] != 0 || c1[5] != 0 || c1[6] != 0 || c1[7] != 0;
    if (m_settings.answerDigest && hasVersion)
        clientDigest = HandshakeDigest::findClientDigest(c1);

    const std::size_t start = out.size();
    out.resize(start + 1 + 2 * kPacketSize);
    out[start] = kPlainRtmpVersion;
    const auto s1 = std::span<std::uint8_t, kPacketSize>(out.data() + start + 1, kPacketSize);
    const auto s2 =
        std::span<std::uint8_t, kPacketSize>(out.data() + start + 1 + kPacketSize, kPacketSize);

    fillRandom(s1);
    std::fill_n(s1.begin(), 8, std::uint8_t{0}); // time 0, version bytes 0 (plain)
    if (!clientDigest) {
        std::copy(c1.begin(), c1.end(), s2.begin()); // plain: S2 echoes C1
        m_answeredWithDigest = false;
        return;
    }
    std::copy(kDigestServerVersion.begin(), kDigestServerVersion.end(), s1.begin() + 4);
    HandshakeDigest::imprintServerDigest(s1, clientDigest->scheme);
    fillRandom(s2);
    HandshakeDigest::signServerResponse(s2, clientDigest->digest);
    m_answeredWithDigest = true;
}

void ServerHandshake::fillRandom(std::span<std::uint8_t> bytes) {
    std::size_t index = 0;
    while (index < bytes.size()) {
        std::uint64_t value = m_random();
        for (int i = 0; i < 8 && index < bytes.size(); ++i, value >>= 8)
            bytes[index++] = static_cast<std::uint8_t>(value);
    }
}

} // namespace wl::rtmp
