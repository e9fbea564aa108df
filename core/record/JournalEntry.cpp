#include "JournalEntry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace wl::record {

namespace {

QByteArray jsonString(const QString& text) {
    // A one-element array is the shortest way to have Qt escape a string for JSON.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QString JournalEntry::isoWallTime(std::int64_t wallClockUs) {
    const std::int64_t ms = wallClockUs >= 0 ? wallClockUs / 1000 : (wallClockUs - 999) / 1000;
    // Qt::UTC (not a QTimeZone) makes Qt write the "Z" suffix editors and JavaScript expect.
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray JournalEntry::toJsonLine(std::int64_t wallClockUs) const {
    QJsonObject rest = fields;
    for (const char* reserved : {"event", "wall_time", "session_us", "program_frame"})
        rest.remove(QLatin1String(reserved));

    QByteArray line;
    line.reserve(128);
    line += "{\"event\":" + jsonString(event);
    line += ",\"wall_time\":" + jsonString(isoWallTime(wallClockUs));
    line += ",\"session_us\":" + QByteArray::number(static_cast<qlonglong>(sessionUs));
    if (programFrame)
        line += ",\"program_frame\":" + QByteArray::number(static_cast<qlonglong>(*programFrame));
    if (!rest.isEmpty()) {
        const QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        line += ',';
        line += body.mid(1, body.size() - 2);
    }
    line += '}';
    return line;
}

} // namespace wl::record
