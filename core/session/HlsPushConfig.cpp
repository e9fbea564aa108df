#include "HlsPushConfig.h"

#include <QUrl>

namespace wl {

namespace {
constexpr int kMaxUrlLength = 1024;
constexpr int kMaxSecretLength = 512;
} // namespace

Expected<HlsPushConfig> HlsPushConfig::parse(const QJsonObject& object,
                                             const ConfigReader& reader) {
    const QString place = QStringLiteral("hls_push");
    HlsPushConfig config;
    auto enabled = reader.boolean(object, QStringLiteral("enabled"), place, config.enabled);
    if (!enabled)
        return enabled.error();
    auto url = reader.string(object, QStringLiteral("url"), place, {}, kMaxUrlLength);
    if (!url)
        return url.error();
    auto username = reader.string(object, QStringLiteral("username"), place, {}, kMaxSecretLength);
    if (!username)
        return username.error();
    auto password = reader.string(object, QStringLiteral("password"), place, {}, kMaxSecretLength);
    if (!password)
        return password.error();
    auto token = reader.string(object, QStringLiteral("bearer_token"), place, {}, kMaxSecretLength);
    if (!token)
        return token.error();
    if (!url->isEmpty() || *enabled) {
        const QUrl parsed(*url, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return reader.error(place + QStringLiteral(".url"),
                                QStringLiteral("must be an http:// or https:// URL with a host"));
    }
    if (username->contains(QLatin1Char(':')))
        return reader.error(place + QStringLiteral(".username"),
                            QStringLiteral("must not contain ':'"));
    config.enabled = *enabled;
    config.url = *url;
    config.username = *username;
    config.password = *password;
    config.bearerToken = *token;
    return config;
}

QJsonObject HlsPushConfig::toJson() const {
    return QJsonObject{{QStringLiteral("enabled"), enabled},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("bearer_token"), bearerToken}};
}

output::HlsPushSettings HlsPushConfig::toSettings() const {
    output::HlsPushSettings settings;
    settings.baseUrl = url;
    settings.username = username;
    settings.password = password;
    settings.bearerToken = bearerToken;
    return settings;
}

QString HlsPushConfig::authKind() const {
    if (!bearerToken.isEmpty())
        return QStringLiteral("bearer");
    if (!username.isEmpty())
        return QStringLiteral("basic");
    return QStringLiteral("none");
}

QString HlsPushConfig::displayUrl() const {
    return QUrl(url).toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace wl
