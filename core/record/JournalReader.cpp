#include "JournalReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace wl::record {

std::vector<JournalReader::Record> JournalReader::Contents::ofType(const QString& event) const {
    std::vector<Record> matching;
    for (const Record& record : records) {
        if (record.event == event)
            matching.push_back(record);
    }
    return matching;
}

Expected<JournalReader::Contents> JournalReader::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(file.exists() ? ErrorCode::IoFailure : ErrorCode::NotFound,
                         file.errorString().toStdString(), path.toStdString());
    }
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Expected<JournalReader::Contents> JournalReader::parse(const QByteArray& bytes,
                                                       const QString& sourceName) {
    Contents contents;
    qsizetype begin = 0;
    int lineNumber = 0;
    while (begin < bytes.size()) {
        ++lineNumber;
        const qsizetype newline = bytes.indexOf('\n', begin);
        const bool complete = newline >= 0;
        const qsizetype end = complete ? newline : bytes.size();
        if (!complete) {
            // The writer ends every line with its newline in the same write, so an unterminated
            // tail is what reached the disk of a crashed writer's last line, even if it parses.
            contents.torn = TornLine{lineNumber, end - begin};
            break;
        }
        const QByteArray line = bytes.mid(begin, end - begin).trimmed();
        begin = end + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        const bool valid = parseError.error == QJsonParseError::NoError && document.isObject() &&
                           document.object().value(QStringLiteral("event")).isString();
        if (!valid) {
            const QString context = sourceName + u':' + QString::number(lineNumber);
            const std::string why = parseError.error != QJsonParseError::NoError
                                        ? parseError.errorString().toStdString()
                                        : std::string("not a journal event object");
            return makeError(ErrorCode::ConfigInvalid, "corrupt journal line: " + why,
                             context.toStdString());
        }
        const QJsonObject object = document.object();
        contents.records.push_back(
            Record{lineNumber, object.value(QStringLiteral("event")).toString(), object});
    }
    return contents;
}

} // namespace wl::record
