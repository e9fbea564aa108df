#include "Timecode.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace wl::record {

namespace {

constexpr std::int64_t kSecondsPerDay = 86'400;

// Microseconds since midnight on the chosen clock.
std::int64_t timeOfDayUs(std::int64_t wallClockUs, TimecodeZone zone) {
    const std::int64_t ms = wallClockUs / 1000;
    const std::int64_t subMs = wallClockUs - ms * 1000;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QDateTime when = zone == TimecodeZone::Utc ? utc : utc.toLocalTime();
    return std::int64_t{when.time().msecsSinceStartOfDay()} * 1000 + subMs;
}

} // namespace

Timecode Timecode::fromWallClock(std::int64_t wallClockUs, int fps, TimecodeZone zone) {
    Timecode timecode;
    if (fps < 1 || fps > 120)
        return timecode;
    const std::int64_t us = timeOfDayUs(wallClockUs, zone);
    const std::int64_t framesPerDay = kSecondsPerDay * fps;
    // Nearest frame: the first frame is at most half a frame from its timecode.
    const std::int64_t frame = (us * fps + 500'000) / 1'000'000;
    timecode.m_frameOfDay = frame % framesPerDay;
    timecode.m_fps = fps;
    return timecode;
}

Timecode Timecode::parse(const QString& text, int fps) {
    Timecode timecode;
    if (fps < 1 || fps > 120)
        return timecode;
    QString normalised = text.trimmed();
    normalised.replace(u';', u':');
    const QStringList parts = normalised.split(u':');
    if (parts.size() != 4)
        return timecode;
    int values[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].toInt(&ok);
        if (!ok || values[i] < 0)
            return timecode;
    }
    if (values[0] > 23 || values[1] > 59 || values[2] > 59 || values[3] >= fps)
        return timecode;
    timecode.m_frameOfDay =
        ((std::int64_t{values[0]} * 60 + values[1]) * 60 + values[2]) * fps + values[3];
    timecode.m_fps = fps;
    return timecode;
}

int Timecode::hours() const {
    return isValid() ? static_cast<int>(m_frameOfDay / (std::int64_t{3600} * m_fps)) : 0;
}

int Timecode::minutes() const {
    return isValid() ? static_cast<int>(m_frameOfDay / (std::int64_t{60} * m_fps) % 60) : 0;
}

int Timecode::seconds() const {
    return isValid() ? static_cast<int>(m_frameOfDay / m_fps % 60) : 0;
}

int Timecode::frames() const {
    return isValid() ? static_cast<int>(m_frameOfDay % m_fps) : 0;
}

QString Timecode::toString() const {
    if (!isValid())
        return {};
    return QStringLiteral("%1:%2:%3:%4")
        .arg(hours(), 2, 10, QChar(u'0'))
        .arg(minutes(), 2, 10, QChar(u'0'))
        .arg(seconds(), 2, 10, QChar(u'0'))
        .arg(frames(), 2, 10, QChar(u'0'));
}

} // namespace wl::record
