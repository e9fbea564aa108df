#include "HandshakeDigest.h"

#include <algorithm>
#include <memory>
#include <string_view>

extern "C" {
#include <libavutil/hmac.h>
}

namespace wl::rtmp {

namespace {

// Public constants of the Flash handshake: the key texts followed by a fixed 32-byte tail.
constexpr std::string_view kPlayerKeyText = "Genuine Adobe Flash Player 001";
constexpr std::string_view kServerKeyText = "Genuine Adobe Flash Media Server 001";
constexpr std::array<std::uint8_t, 32> kKeyTail = {
    0xF0, 0xEE, 0xC2, 0x4A, 0x80, 0x68, 0xBE, 0xE8, 0x2E, 0x00, 0xD0, 0xD1, 0x02, 0x9E, 0x7E, 0x57,
    0x6E, 0xEC, 0x5D, 0x2D, 0x29, 0x80, 0x6F, 0xAB, 0x93, 0xB8, 0xE6, 0x36, 0xCF, 0xEB, 0x31, 0xAE};
// Offsets are taken modulo this so that the digest always fits its 764-byte half.
constexpr std::size_t kOffsetModulus = 728;

struct HmacDeleter {
    // libavutil's HMAC context is the one libav object this library owns.
    void operator()(AVHMAC* context) const { av_hmac_free(context); }
};

std::span<const std::uint8_t> asBytes(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

template <std::size_t N>
std::array<std::uint8_t, N> fullKey(std::string_view text) {
    std::array<std::uint8_t, N> key{};
    std::copy(text.begin(), text.end(), key.begin());
    std::copy(kKeyTail.begin(), kKeyTail.end(),
              key.begin() + static_cast<std::ptrdiff_t>(text.size()));
    return key;
}

} // namespace

HandshakeDigest::Digest HandshakeDigest::hmacSha256(std::span<const std::uint8_t> key,
                                                    std::span<const std::uint8_t> data,
                                                    std::optional<std::size_t> skipOffset) {
    Digest digest{};
    std::unique_ptr<AVHMAC, HmacDeleter> context(av_hmac_alloc(AV_HMAC_SHA256));
    if (!context)
        return digest; // allocation failure: a digest that matches nothing
    av_hmac_init(context.get(), key.data(), static_cast<unsigned>(key.size()));
    if (skipOffset && *skipOffset + kDigestSize <= data.size()) {
        av_hmac_update(context.get(), data.data(), static_cast<unsigned>(*skipOffset));
        const std::size_t after = *skipOffset + kDigestSize;
        av_hmac_update(context.get(), data.data() + after,
                       static_cast<unsigned>(data.size() - after));
    } else {
        av_hmac_update(context.get(), data.data(), static_cast<unsigned>(data.size()));
    }
    av_hmac_final(context.get(), digest.data(), static_cast<unsigned>(digest.size()));
    return digest;
}

std::size_t HandshakeDigest::digestOffset(ConstPacket packet, Scheme scheme) {
    const auto base = static_cast<std::size_t>(scheme);
    const std::size_t sum =
        std::size_t{packet[base]} + packet[base + 1] + packet[base + 2] + packet[base + 3];
    return sum % kOffsetModulus + base + 4;
}

std::optional<HandshakeDigest::Found> HandshakeDigest::findClientDigest(ConstPacket c1) {
    for (const Scheme scheme : {Scheme::Offset772, Scheme::Offset8}) {
        const std::size_t offset = digestOffset(c1, scheme);
        const Digest expected = hmacSha256(asBytes(kPlayerKeyText), c1, offset);
        if (std::equal(expected.begin(), expected.end(),
                       c1.begin() + static_cast<std::ptrdiff_t>(offset))) {
            Found found{scheme, offset, {}};
            found.digest = expected;
            return found;
        }
    }
    return std::nullopt;
}

HandshakeDigest::Digest HandshakeDigest::imprintServerDigest(Packet s1, Scheme scheme) {
    const std::size_t offset = digestOffset(s1, scheme);
    const Digest digest = hmacSha256(asBytes(kServerKeyText), s1, offset);
    std::copy(digest.begin(), digest.end(), s1.begin() + static_cast<std::ptrdiff_t>(offset));
    return digest;
}

HandshakeDigest::Digest HandshakeDigest::imprintClientDigest(Packet c1, Scheme scheme) {
    const std::size_t offset = digestOffset(c1, scheme);
    const Digest digest = hmacSha256(asBytes(kPlayerKeyText), c1, offset);
    std::copy(digest.begin(), digest.end(), c1.begin() + static_cast<std::ptrdiff_t>(offset));
    return digest;
}

void HandshakeDigest::signServerResponse(Packet s2, const Digest& clientDigest) {
    const auto serverKey = fullKey<kServerKeyText.size() + kKeyTail.size()>(kServerKeyText);
    const Digest responseKey = hmacSha256(serverKey, clientDigest);
    const auto signedPart = std::span<const std::uint8_t>(s2).first(kPacketSize - kDigestSize);
    const Digest signature = hmacSha256(responseKey, signedPart);
    std::copy(signature.begin(), signature.end(),
              s2.end() - static_cast<std::ptrdiff_t>(kDigestSize));
}

bool HandshakeDigest::verifyServerResponse(ConstPacket s2, const Digest& clientDigest) {
    const auto serverKey = fullKey<kServerKeyText.size() + kKeyTail.size()>(kServerKeyText);
    const Digest responseKey = hmacSha256(serverKey, clientDigest);
    const Digest signature = hmacSha256(responseKey, s2.first(kPacketSize - kDigestSize));
    return std::equal(signature.begin(), signature.end(),
                      s2.end() - static_cast<std::ptrdiff_t>(kDigestSize));
}

} // namespace wl::rtmp
