#pragma once

// Reads a recording back frame by frame and names what each frame shows, so tests can check the
// program against the journal: which camera (by its solid colour), a blend, black or the slate.
#include <cmath>
#include <optional>
#include <vector>

#include <QColor>
#include <QImage>
#include <QString>

#include "media/Decoder.h"
#include "media/Demuxer.h"
#include "media/Scaler.h"

namespace wl::test {

struct ShownFrame {
    std::int64_t programFrame = 0; // first_program_frame + frames since the file's first
    QColor centre;
    QString looksLike; // "red", "lime", "blue", "black", "slate" or "blend"
};

class ProgramFrames {
public:
    // The nearest reference colour, or "blend" when none is close (a dissolve in progress).
    static QString classify(const QColor& colour) {
        struct Reference {
            const char* name;
            int r, g, b;
        };
        static const Reference references[] = {{"red", 255, 0, 0},
                                               {"lime", 0, 255, 0},
                                               {"blue", 0, 0, 255},
                                               {"black", 0, 0, 0},
                                               {"slate", 20, 26, 46}};
        double best = 1e9;
        QString name;
        for (const auto& reference : references) {
            const double distance =
                std::hypot(colour.red() - reference.r, colour.green() - reference.g,
                           colour.blue() - reference.b);
            if (distance < best) {
                best = distance;
                name = QString::fromLatin1(reference.name);
            }
        }
        return best <= 45 ? name : QStringLiteral("blend");
    }

    // Every video frame of `path`, numbered from `firstProgramFrame` by its timestamp.
    static std::optional<std::vector<ShownFrame>> read(const QString& path,
                                                       std::int64_t firstProgramFrame, int fps) {
        auto demuxer = media::Demuxer::open(media::DemuxerSettings{path.toStdString(), {}, {}, {}});
        if (!demuxer)
            return std::nullopt;
        const int index = demuxer->bestStream(media::MediaKind::Video);
        const AVRational timeBase = demuxer->streamTimeBase(index);
        auto decoder = media::Decoder::open(demuxer->streamParameters(index).value());
        if (!decoder)
            return std::nullopt;
        std::vector<ShownFrame> shown;
        std::optional<std::int64_t> firstPts;
        media::Scaler scaler;
        auto take = [&](const std::vector<media::Frame>& frames) {
            for (const auto& frame : frames) {
                if (!firstPts)
                    firstPts = frame.pts();
                const double seconds =
                    static_cast<double>(frame.pts() - *firstPts) * timeBase.num / timeBase.den;
                auto image = scaler.toPreviewImage(frame, QSize(64, 36));
                if (!image)
                    continue;
                // Off centre: the slate has its text in the middle.
                const QColor centre = image->pixelColor(image->width() / 6, image->height() / 6);
                shown.push_back(
                    {firstProgramFrame + std::llround(seconds * fps), centre, classify(centre)});
            }
        };
        for (;;) {
            auto packet = demuxer->read();
            if (!packet || !packet->has_value())
                break;
            if ((*packet)->streamIndex() != index)
                continue;
            auto frames = decoder->decode(**packet);
            if (frames)
                take(*frames);
        }
        if (auto rest = decoder->drain())
            take(*rest);
        return shown;
    }
};

} // namespace wl::test
