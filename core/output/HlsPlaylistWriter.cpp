#include "HlsPlaylistWriter.h"

#include <cmath>

#include <QDateTime>

namespace wl::output {

namespace {

constexpr const char* kSwitchClass = "live.wedlive.camera";

QByteArray decimal(double seconds) {
    return QByteArray::number(seconds, 'f', 5);
}

void writeHeader(QByteArray& text, const HlsSnapshot& snapshot, int version) {
    text += "#EXTM3U\n";
    text += "#EXT-X-VERSION:" + QByteArray::number(version) + "\n";
    text += "#EXT-X-TARGETDURATION:" +
            QByteArray::number(static_cast<int>(std::lround(snapshot.targetDurationSeconds))) +
            "\n";
}

void writeMediaHeader(QByteArray& text, const HlsSnapshot& snapshot) {
    text += "#EXT-X-MEDIA-SEQUENCE:" + QByteArray::number(snapshot.firstPlaylistSequence) + "\n";
    // Every segment starts with a keyframe (the packager cuts only there).
    text += "#EXT-X-INDEPENDENT-SEGMENTS\n";
    text += "#EXT-X-MAP:URI=" + HlsPlaylistWriter::quoted(snapshot.initName) + "\n";
    for (const HlsDateRange& range : snapshot.dateRanges) {
        text += "#EXT-X-DATERANGE:ID=" + HlsPlaylistWriter::quoted(range.id) + ",CLASS=\"" +
                kSwitchClass + "\",START-DATE=\"" + HlsPlaylistWriter::dateTime(range.startUs) +
                "\",END-ON-NEXT=YES,X-CAMERA-ID=" + HlsPlaylistWriter::quoted(range.cameraId) +
                ",X-CAMERA-NAME=" + HlsPlaylistWriter::quoted(range.cameraName) + "\n";
    }
}

void writePart(QByteArray& text, const HlsPart& part) {
    text += "#EXT-X-PART:DURATION=" + decimal(part.durationSeconds) +
            ",URI=" + HlsPlaylistWriter::quoted(part.name);
    if (part.independent)
        text += ",INDEPENDENT=YES";
    text += "\n";
}

} // namespace

QByteArray HlsPlaylistWriter::dateTime(std::int64_t unixUs) {
    return QDateTime::fromMSecsSinceEpoch(unixUs / 1000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
        .toLatin1();
}

QByteArray HlsPlaylistWriter::quoted(const QString& value) {
    QString clean = value;
    clean.replace(QLatin1Char('"'), QLatin1Char('\''));
    clean.replace(QLatin1Char('\r'), QLatin1Char(' '));
    clean.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return '"' + clean.toUtf8() + '"';
}

QByteArray HlsPlaylistWriter::lowLatency(const HlsSnapshot& snapshot, double partListSeconds) {
    QByteArray text;
    text.reserve(4096);
    writeHeader(text, snapshot, 9);
    // Players start PART-HOLD-BACK behind the live edge: three parts, as the spec recommends.
    text += "#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK=" +
            decimal(3 * snapshot.partTargetSeconds) + "\n";
    text += "#EXT-X-PART-INF:PART-TARGET=" + decimal(snapshot.partTargetSeconds) + "\n";
    writeMediaHeader(text, snapshot);

    const auto listed = snapshot.playlistSegments();
    // Parts for the newest segments only: walk back until partListSeconds are covered.
    std::size_t firstWithParts = listed.size();
    double covered = 0;
    while (firstWithParts > 0 && covered < partListSeconds) {
        --firstWithParts;
        covered += listed[firstWithParts]->durationSeconds;
    }
    for (std::size_t i = 0; i < listed.size(); ++i) {
        const HlsSegment& segment = *listed[i];
        text += "#EXT-X-PROGRAM-DATE-TIME:" + dateTime(segment.programDateTimeUs) + "\n";
        if (i >= firstWithParts) {
            for (const HlsPart& part : segment.parts)
                writePart(text, part);
        }
        text +=
            "#EXTINF:" + decimal(segment.durationSeconds) + ",\n" + segment.name.toUtf8() + "\n";
    }
    if (snapshot.open && !snapshot.open->parts.empty()) {
        text += "#EXT-X-PROGRAM-DATE-TIME:" + dateTime(snapshot.open->programDateTimeUs) + "\n";
        for (const HlsPart& part : snapshot.open->parts)
            writePart(text, part);
    }
    if (snapshot.ended)
        text += "#EXT-X-ENDLIST\n";
    else if (!snapshot.preloadHintName.isEmpty())
        text += "#EXT-X-PRELOAD-HINT:TYPE=PART,URI=" + quoted(snapshot.preloadHintName) + "\n";
    return text;
}

QByteArray HlsPlaylistWriter::plain(const HlsSnapshot& snapshot) {
    QByteArray text;
    text.reserve(2048);
    writeHeader(text, snapshot, 7);
    writeMediaHeader(text, snapshot);
    for (const HlsSegment* segment : snapshot.playlistSegments()) {
        text += "#EXT-X-PROGRAM-DATE-TIME:" + dateTime(segment->programDateTimeUs) + "\n";
        text +=
            "#EXTINF:" + decimal(segment->durationSeconds) + ",\n" + segment->name.toUtf8() + "\n";
    }
    if (snapshot.ended)
        text += "#EXT-X-ENDLIST\n";
    return text;
}

} // namespace wl::output
