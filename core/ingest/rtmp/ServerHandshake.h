#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include "HandshakeDigest.h"
#include "common/Expected.h"

namespace wl::rtmp {

struct ServerHandshakeSettings {
    // Answer a digest C1 (FFmpeg, Flash) with a digest S1/S2; otherwise always plain.
    bool answerDigest = true;
    // Seed for the random S1/S2 bytes; 0 takes one from std::random_device. Tests fix it.
    std::uint64_t randomSeed = 0;
};

// Server side of the RTMP handshake (RTMP 1.0 §5.2): C0+C1 in, S0+S1+S2 out, then C2 in.
// Incremental: bytes may arrive in any split. receive() reports how many bytes it used; the rest
// (clients pipeline their first chunks right behind C2) belong to the chunk stream.
class ServerHandshake {
public:
    enum class Phase { AwaitingC0C1, AwaitingC2, Complete, Failed };

    explicit ServerHandshake(ServerHandshakeSettings settings = {});

    Expected<std::size_t> receive(std::span<const std::uint8_t> bytes,
                                  std::vector<std::uint8_t>& out);

    Phase phase() const { return m_phase; }
    bool isComplete() const { return m_phase == Phase::Complete; }
    // Whether the answer carried Flash digests (the client's C1 had a valid one).
    bool answeredWithDigest() const { return m_answeredWithDigest; }

private:
    void answer(std::vector<std::uint8_t>& out);
    void fillRandom(std::span<std::uint8_t> bytes);

    static constexpr std::size_t kPacketSize = HandshakeDigest::kPacketSize;

    ServerHandshakeSettings m_settings;
    Phase m_phase = Phase::AwaitingC0C1;
    std::array<std::uint8_t, 1 + kPacketSize> m_c0c1{};
    std::size_t m_c0c1Received = 0;
    std::size_t m_c2Received = 0;
    bool m_answeredWithDigest = false;
    std::mt19937_64 m_random;
};

} // namespace wl::rtmp
