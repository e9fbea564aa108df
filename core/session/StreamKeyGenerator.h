#pragma once

#include <QString>

namespace wl {

// Random stream keys that people can read aloud and type: 26 symbols from an alphabet without
// look-alikes (no 0/o, 1/l), i.e. 130 bits from the system's cryptographic generator.
class StreamKeyGenerator {
public:
    static constexpr int kLength = 26;
    static QString generate();
    static bool looksValid(const QString& key);
};

} // namespace wl
