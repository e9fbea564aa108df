#include "StreamKeyGenerator.h"

#include <QRandomGenerator>

namespace wl {

namespace {
constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
static_assert(sizeof(kAlphabet) - 1 == 32);
} // namespace

QString StreamKeyGenerator::generate() {
    QString key;
    key.reserve(kLength);
    auto* random = QRandomGenerator::system();
    for (int i = 0; i < kLength; ++i)
        key.append(QLatin1Char(kAlphabet[random->bounded(32)]));
    return key;
}

bool StreamKeyGenerator::looksValid(const QString& key) {
    if (key.size() < kLength)
        return false;
    for (const QChar c : key) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace wl
