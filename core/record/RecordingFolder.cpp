#include "RecordingFolder.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>

#include "FileNames.h"

namespace wl::record {

namespace {

// True when the first take already wrote into the event folder itself.
bool firstTakeUsed(const QDir& eventDir) {
    return !eventDir
                .entryList({QStringLiteral("*.mp4"), QStringLiteral("*.finishing")},
                           QDir::Files | QDir::Hidden)
                .isEmpty();
}

} // namespace

QString RecordingFolder::eventFolder(const QString& root, const QString& eventTitle,
                                     std::int64_t wallClockUs) {
    const QDate date =
        QDateTime::fromMSecsSinceEpoch(wallClockUs / 1000, QTimeZone::utc()).toLocalTime().date();
    const QString name =
        date.toString(Qt::ISODate) + u'_' + FileNames::slug(eventTitle, QStringLiteral("event"));
    return QDir(root).filePath(name);
}

Expected<void> RecordingFolder::ensureExists(const QString& path) {
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "no recordings folder", "RecordingFolder");
    if (!QDir().mkpath(path))
        return makeError(ErrorCode::IoFailure, "cannot create the folder", path.toStdString());
    return {};
}

Expected<RecordingFolder::Take> RecordingFolder::createNextTake(const QString& eventFolder) {
    auto exists = ensureExists(eventFolder);
    if (!exists)
        return exists.error();
    const QDir eventDir(eventFolder);
    if (!firstTakeUsed(eventDir))
        return Take{1, eventDir.absolutePath(), QString()};
    for (int number = 2; number < 10000; ++number) {
        const QString relative = QStringLiteral("take") + QString::number(number);
        if (eventDir.exists(relative))
            continue;
        if (!eventDir.mkdir(relative))
            return makeError(ErrorCode::IoFailure, "cannot create the take folder",
                             eventDir.filePath(relative).toStdString());
        return Take{number, eventDir.absoluteFilePath(relative), relative};
    }
    return makeError(ErrorCode::LimitExceeded, "too many takes", eventFolder.toStdString());
}

} // namespace wl::record
