// Fuzzes RestreamConfig::parseList (event.json's "restream" list). Errors name the file; a
// success holds at most three destinations with unique ids and rtmp(s) URLs, survives a round
// trip through toJson() unchanged, and never shows a key of 12 or more characters in its mask.
#include <cstddef>
#include <cstdint>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "FuzzInput.h"
#include "session/RestreamConfig.h"

using wl::ConfigReader;
using wl::RestreamConfig;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // Wrapped in an object so that arrays, objects and scalars all reach the parser.
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArrayLiteral("{\"restream\":") + bytes + '}');
    if (!document.isObject())
        return 0;
    const ConfigReader reader(QStringLiteral("fuzz.json"));
    const auto parsed =
        RestreamConfig::parseList(document.object().value(QStringLiteral("restream")), reader);
    if (!parsed) {
        fuzz::require(parsed.error().context.rfind("fuzz.json:", 0) == 0);
        fuzz::require(!parsed.error().message.empty());
        return 0;
    }
    fuzz::require(parsed->size() <= RestreamConfig::kMaxDestinations);
    QSet<QString> ids;
    QJsonArray again;
    for (const RestreamConfig& destination : *parsed) {
        fuzz::require(!destination.id.isEmpty() && !ids.contains(destination.id));
        ids.insert(destination.id);
        fuzz::require(destination.url.startsWith(QLatin1String("rtmp"), Qt::CaseInsensitive));
        const auto target = destination.toTarget();
        if (target.key.size() >= 12)
            fuzz::require(target.maskedKey().find(target.key) == std::string::npos);
        fuzz::require(target.publishUrl().find(target.key) != std::string::npos);
        again.append(destination.toJson());
    }
    const auto reparsed = RestreamConfig::parseList(again, reader);
    fuzz::require(reparsed.hasValue() && reparsed->size() == parsed->size());
    for (qsizetype i = 0; i < parsed->size(); ++i) {
        const auto& a = parsed->at(i);
        const auto& b = reparsed->at(i);
        fuzz::require(a.id == b.id && a.name == b.name && a.url == b.url && a.key == b.key &&
                      a.enabled == b.enabled);
    }
    return 0;
}
