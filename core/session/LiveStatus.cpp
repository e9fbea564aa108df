#include "LiveStatus.h"

namespace wl {

QString liveStatusName(LiveStatus status) {
    switch (status) {
    case LiveStatus::Waiting:
        return QStringLiteral("waiting");
    case LiveStatus::Live:
        return QStringLiteral("live");
    case LiveStatus::Paused:
        return QStringLiteral("paused");
    case LiveStatus::Ended:
        return QStringLiteral("ended");
    }
    return QStringLiteral("waiting");
}

Expected<LiveStatus> LiveStatusMachine::apply(Action action) {
    const auto refuse = [this](const char* what) -> Error {
        return makeError(ErrorCode::Conflict, std::string(what) + " (the event is " +
                                                  liveStatusName(m_status).toStdString() + ")");
    };
    switch (action) {
    case Action::Start:
        if (m_status != LiveStatus::Waiting)
            return refuse("only a waiting event can go live");
        m_status = LiveStatus::Live;
        break;
    case Action::Pause:
        if (m_status != LiveStatus::Live)
            return refuse("only a live event can be paused");
        m_status = LiveStatus::Paused;
        break;
    case Action::Resume:
        if (m_status != LiveStatus::Paused)
            return refuse("only a paused event can be resumed");
        m_status = LiveStatus::Live;
        break;
    case Action::End:
        if (m_status != LiveStatus::Live && m_status != LiveStatus::Paused)
            return refuse("only a live or paused event can be ended");
        m_status = LiveStatus::Ended;
        break;
    }
    return m_status;
}

Expected<LiveStatusMachine::Action> LiveStatusMachine::parseAction(const QString& name) {
    if (name == QLatin1String("start"))
        return Action::Start;
    if (name == QLatin1String("pause"))
        return Action::Pause;
    if (name == QLatin1String("resume"))
        return Action::Resume;
    if (name == QLatin1String("end"))
        return Action::End;
    return makeError(ErrorCode::NotFound, "unknown live action: " + name.toStdString());
}

} // namespace wl
