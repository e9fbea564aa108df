#include "SwitcherConfig.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace wl {

Expected<SwitcherConfig> SwitcherConfig::parse(const QJsonObject& object,
                                               const ConfigReader& reader) {
    const QString place = QStringLiteral("switcher");
    SwitcherConfig config;
    auto mode = reader.choice(object, QStringLiteral("mode"), place, config.mode,
                              {QStringLiteral("studio"), QStringLiteral("direct")});
    if (!mode)
        return mode.error();
    auto transition = reader.choice(object, QStringLiteral("transition"), place, config.transition,
                                    {QStringLiteral("cut"), QStringLiteral("mix"),
                                     QStringLiteral("dip"), QStringLiteral("wipe")});
    if (!transition)
        return transition.error();
    auto transitionMs = reader.integer(object, QStringLiteral("transition_ms"), place,
                                       config.transitionMs, 0, 10000);
    if (!transitionMs)
        return transitionMs.error();
    auto failover = reader.boolean(object, QStringLiteral("failover"), place, config.failover);
    if (!failover)
        return failover.error();
    auto hold = reader.integer(object, QStringLiteral("failover_hold_ms"), place,
                               config.failoverHoldMs, 0, 60000);
    if (!hold)
        return hold.error();
    auto slate = reader.string(object, QStringLiteral("slate_image"), place, {}, 4096);
    if (!slate)
        return slate.error();

    const QJsonValue priority = object.value(QStringLiteral("failover_priority"));
    if (!priority.isUndefined()) {
        static const QRegularExpression idPattern(QStringLiteral("^cam[1-5]$"));
        if (!priority.isArray())
            return reader.error(QStringLiteral("switcher.failover_priority"),
                                QStringLiteral("must be a list of camera ids"));
        for (const QJsonValue id : priority.toArray()) {
            if (!idPattern.match(id.toString()).hasMatch())
                return reader.error(QStringLiteral("switcher.failover_priority"),
                                    QStringLiteral("must list camera ids cam1..cam5"));
            config.failoverPriority.append(id.toString());
        }
    }
    config.mode = *mode;
    config.transition = *transition;
    config.transitionMs = *transitionMs;
    config.failover = *failover;
    config.failoverHoldMs = *hold;
    config.slateImage = *slate;
    return config;
}

QJsonObject SwitcherConfig::toJson() const {
    return QJsonObject{
        {QStringLiteral("mode"), mode},
        {QStringLiteral("transition"), transition},
        {QStringLiteral("transition_ms"), transitionMs},
        {QStringLiteral("failover"), failover},
        {QStringLiteral("failover_hold_ms"), failoverHoldMs},
        {QStringLiteral("failover_priority"), QJsonArray::fromStringList(failoverPriority)},
        {QStringLiteral("slate_image"), slateImage}};
}

} // namespace wl
