// Fuzzes JournalReader::parse (session.jsonl). Errors name a line; a success reports a torn tail
// exactly when the bytes do not end in a newline, and its records re-serialised as JSON lines
// read back as the same events.
#include <cstddef>
#include <cstdint>

#include <QJsonDocument>

#include "FuzzInput.h"
#include "record/JournalReader.h"

using wl::record::JournalReader;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto contents = JournalReader::parse(bytes, QStringLiteral("fuzz.jsonl"));
    if (!contents) {
        fuzz::require(contents.error().context.rfind("fuzz.jsonl:", 0) == 0);
        return 0;
    }

    const qsizetype tailBegin = bytes.lastIndexOf('\n') + 1;
    fuzz::require(contents->torn.has_value() == (tailBegin < bytes.size()));
    if (contents->torn)
        fuzz::require(contents->torn->bytes == bytes.size() - tailBegin);
    int previousLine = 0;
    QByteArray lines;
    for (const auto& record : contents->records) {
        fuzz::require(record.line > previousLine);
        fuzz::require(!contents->torn || record.line < contents->torn->line);
        previousLine = record.line;
        fuzz::require(record.object.value(QStringLiteral("event")).toString() == record.event);
        lines += QJsonDocument(record.object).toJson(QJsonDocument::Compact);
        lines += '\n';
    }

    const auto again = JournalReader::parse(lines, QStringLiteral("again.jsonl"));
    fuzz::require(again.hasValue() && !again->torn);
    fuzz::require(again->records.size() == contents->records.size());
    // Compared through UTF-8: a lone surrogate from a "\ud800" escape is written as U+FFFD.
    for (std::size_t i = 0; i < again->records.size(); ++i)
        fuzz::require(again->records[i].event.toUtf8() == contents->records[i].event.toUtf8());

    // The complete lines alone read as the same records, without a torn tail.
    const auto complete = JournalReader::parse(bytes.left(tailBegin), QStringLiteral("fuzz.jsonl"));
    fuzz::require(complete.hasValue() && !complete->torn &&
                  complete->records.size() == contents->records.size());
    return 0;
}
