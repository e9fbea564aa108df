#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace wl::rtmp {

// The Flash Player 9 ("complex") handshake digests: an HMAC-SHA256 imprinted in C1/S1 at an
// offset derived from four bytes at position 8 or 772, and a C2/S2 signature keyed by the peer's
// digest. Only the digest part is implemented (no Diffie-Hellman / RTMPE).
class HandshakeDigest {
public:
    static constexpr std::size_t kPacketSize = 1536;
    static constexpr std::size_t kDigestSize = 32;
    using Digest = std::array<std::uint8_t, kDigestSize>;
    using Packet = std::span<std::uint8_t, kPacketSize>;
    using ConstPacket = std::span<const std::uint8_t, kPacketSize>;

    // The two places the digest offset can be derived from ("schemes").
    enum class Scheme : std::uint16_t { Offset8 = 8, Offset772 = 772 };

    struct Found {
        Scheme scheme = Scheme::Offset8;
        std::size_t offset = 0;
        Digest digest{};
    };

    // Looks for a valid client digest in C1 (scheme 772 first, then 8); nothing if neither holds.
    static std::optional<Found> findClientDigest(ConstPacket c1);

    // Where the digest sits for a scheme, derived from the packet's own bytes.
    static std::size_t digestOffset(ConstPacket packet, Scheme scheme);

    // Imprints the server (S1) or client (C1) digest into `packet`; bytes outside the digest stay.
    static Digest imprintServerDigest(Packet s1, Scheme scheme);
    static Digest imprintClientDigest(Packet c1, Scheme scheme);

    // S2 (resp. C2): the last 32 bytes become the signature over the first 1504, keyed by an HMAC
    // of the peer's digest.
    static void signServerResponse(Packet s2, const Digest& clientDigest);
    static bool verifyServerResponse(ConstPacket s2, const Digest& clientDigest);

    // HMAC-SHA256 over `data` with the block [skipOffset, skipOffset + 32) left out.
    static Digest hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data,
                             std::optional<std::size_t> skipOffset = std::nullopt);
};

} // namespace wl::rtmp
