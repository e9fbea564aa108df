#include "TransitionRequest.h"

#include <QColor>
#include <QJsonDocument>
#include <QJsonObject>

namespace wl::serve {

namespace {
Error bad(const std::string& message) {
    return makeError(ErrorCode::InvalidArgument, message, "request body");
}
} // namespace

Expected<std::optional<switcher::TransitionSpec>> TransitionRequest::parse(const QByteArray& body) {
    using switcher::TransitionType;
    if (body.trimmed().isEmpty())
        return std::optional<switcher::TransitionSpec>();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad("the body must be a JSON object");
    const QJsonObject object = document.object();
    if (!object.contains(QStringLiteral("transition")) &&
        !object.contains(QStringLiteral("duration_ms")))
        return std::optional<switcher::TransitionSpec>();

    switcher::TransitionSpec spec;
    const QString type = object.value(QStringLiteral("transition")).toString(QStringLiteral("mix"));
    if (type == QLatin1String("cut"))
        spec.type = TransitionType::Cut;
    else if (type == QLatin1String("mix") || type == QLatin1String("dissolve"))
        spec.type = TransitionType::Mix;
    else if (type == QLatin1String("dip"))
        spec.type = TransitionType::Dip;
    else if (type == QLatin1String("wipe"))
        spec.type = TransitionType::Wipe;
    else
        return bad("transition must be cut, mix, dip or wipe");

    const QJsonValue duration = object.value(QStringLiteral("duration_ms"));
    if (!duration.isUndefined()) {
        if (!duration.isDouble() || duration.toInt(-1) < 0 || duration.toInt() > 10000)
            return bad("duration_ms must be a whole number from 0 to 10000");
        spec.durationMs = duration.toInt();
    }
    const QJsonValue colour = object.value(QStringLiteral("colour"));
    if (!colour.isUndefined()) {
        const QColor parsed = QColor::fromString(colour.toString());
        if (!parsed.isValid())
            return bad("colour must be like \"#202020\"");
        spec.dipColourRgb = parsed.rgb() & 0xFFFFFFu;
    }
    // The direction the wipe's edge travels.
    const QString direction = object.value(QStringLiteral("direction")).toString();
    if (direction == QLatin1String("left"))
        spec.wipeDirection = switcher::WipeDirection::RightToLeft;
    else if (direction == QLatin1String("up"))
        spec.wipeDirection = switcher::WipeDirection::BottomToTop;
    else if (direction == QLatin1String("down"))
        spec.wipeDirection = switcher::WipeDirection::TopToBottom;
    else if (!direction.isEmpty() && direction != QLatin1String("right"))
        return bad("direction must be left, right, up or down");
    return std::optional<switcher::TransitionSpec>(spec);
}

} // namespace wl::serve
