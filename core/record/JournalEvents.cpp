#include "JournalEvents.h"

namespace wl::record {

namespace {

JournalEntry at(const QString& event, const switcher::ProgramTime& time) {
    JournalEntry entry;
    entry.event = event;
    entry.sessionUs = time.sessionUs;
    entry.programFrame = time.frame;
    return entry;
}

} // namespace

QString JournalEvents::sourceName(const switcher::SourceRef& source) {
    switch (source.kind) {
    case switcher::SourceRef::Kind::Camera:
        return source.cameraId;
    case switcher::SourceRef::Kind::Slate:
        return QStringLiteral("slate");
    case switcher::SourceRef::Kind::Black:
        return QStringLiteral("black");
    }
    return QStringLiteral("black");
}

QString JournalEvents::transitionName(switcher::TransitionType type) {
    switch (type) {
    case switcher::TransitionType::Cut:
        return QStringLiteral("cut");
    case switcher::TransitionType::Mix:
        return QStringLiteral("mix");
    case switcher::TransitionType::Dip:
        return QStringLiteral("dip");
    case switcher::TransitionType::Wipe:
        return QStringLiteral("wipe");
    }
    return QStringLiteral("cut");
}

JournalEntry JournalEvents::fromSwitcher(const switcher::SwitcherEvent& event) {
    using Type = switcher::SwitcherEvent::Type;
    const bool isCut = event.transition.type == switcher::TransitionType::Cut;
    const int durationMs = isCut ? 0 : event.transition.durationMs;
    JournalEntry entry;
    switch (event.type) {
    case Type::Switch:
    case Type::Failover:
    case Type::TransitionStarted:
        entry = at(event.type == Type::TransitionStarted ? QStringLiteral("transition")
                                                         : QStringLiteral("switch"),
                   event.at);
        entry.fields.insert(QStringLiteral("from"), sourceName(event.from));
        entry.fields.insert(QStringLiteral("to"), sourceName(event.to));
        entry.fields.insert(QStringLiteral("transition"), transitionName(event.transition.type));
        entry.fields.insert(QStringLiteral("duration_ms"), durationMs);
        break;
    case Type::FadeToBlack:
        entry = at(QStringLiteral("ftb"), event.at);
        entry.fields.insert(QStringLiteral("on"), event.on);
        entry.fields.insert(QStringLiteral("duration_ms"), event.transition.durationMs);
        break;
    case Type::Paused:
    case Type::Resumed:
        // The program changes here too (to the slate and back): an edit needs both ends.
        entry = at(event.type == Type::Paused ? QStringLiteral("pause") : QStringLiteral("resume"),
                   event.at);
        entry.fields.insert(QStringLiteral("from"), sourceName(event.from));
        entry.fields.insert(QStringLiteral("to"), sourceName(event.to));
        break;
    case Type::PreviewChanged:
        entry = at(QStringLiteral("preview"), event.at);
        entry.fields.insert(QStringLiteral("to"), sourceName(event.to));
        break;
    case Type::ModeChanged:
        entry = at(QStringLiteral("mode_changed"), event.at);
        break;
    case Type::DefaultTransitionChanged:
        entry = at(QStringLiteral("default_transition"), event.at);
        entry.fields.insert(QStringLiteral("transition"), transitionName(event.transition.type));
        entry.fields.insert(QStringLiteral("duration_ms"), durationMs);
        break;
    case Type::TransitionCancelled:
        entry = at(QStringLiteral("transition_cancelled"), event.at);
        entry.fields.insert(QStringLiteral("to"), sourceName(event.to));
        break;
    case Type::FailoverChanged:
        entry = at(QStringLiteral("failover_changed"), event.at);
        break;
    }
    if (event.type == Type::Failover)
        entry.fields.insert(QStringLiteral("reason"), QStringLiteral("failover"));
    else if (!event.reason.isEmpty())
        entry.fields.insert(QStringLiteral("reason"), event.reason);
    return entry;
}

JournalEntry JournalEvents::cameraOnline(std::int64_t sessionUs, const QString& cameraId,
                                         const QString& cameraName) {
    JournalEntry entry{QStringLiteral("camera_online"), sessionUs, std::nullopt, {}};
    entry.fields.insert(QStringLiteral("camera"), cameraId);
    entry.fields.insert(QStringLiteral("name"), cameraName);
    return entry;
}

JournalEntry JournalEvents::cameraOffline(std::int64_t sessionUs, const QString& cameraId,
                                          const QString& reason) {
    JournalEntry entry{QStringLiteral("camera_offline"), sessionUs, std::nullopt, {}};
    entry.fields.insert(QStringLiteral("camera"), cameraId);
    if (!reason.isEmpty())
        entry.fields.insert(QStringLiteral("reason"), reason);
    return entry;
}

JournalEntry JournalEvents::statusChanged(std::int64_t sessionUs, const QString& subject,
                                          const QString& state) {
    JournalEntry entry{QStringLiteral("status_changed"), sessionUs, std::nullopt, {}};
    entry.fields.insert(QStringLiteral("subject"), subject);
    entry.fields.insert(QStringLiteral("state"), state);
    return entry;
}

} // namespace wl::record
