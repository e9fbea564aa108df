#include "HlsPushPlan.h"

#include <cmath>

#include <QDateTime>

namespace wl::output {

HlsPushPlan::HlsPushPlan(HlsPushSettings settings)
    : m_settings(std::move(settings)) {
}

void HlsPushPlan::retireWindow() {
    for (const auto& segment : m_window)
        m_leaving.push_back(segment.name);
    m_window.clear();
    m_playlistDirty = true;
}

HlsPushOperation HlsPushPlan::next(const HlsPushView& view) {
    HlsPushOperation operation;
    if (!view.started)
        return operation;
    if (view.initName != m_initName) {
        // A new stream configuration: its segments do not follow the old ones.
        if (!m_initName.isEmpty()) {
            retireWindow();
            m_lastSequence.reset();
            m_endPushed = false;
        }
        operation.kind = HlsPushOperation::Kind::PutInit;
        operation.name = view.initName;
        operation.body = view.initSegment;
        return operation;
    }

    std::vector<const HlsPushSegment*> waiting;
    for (const auto& segment : view.segments) {
        if (!m_lastSequence || segment.sequence > *m_lastSequence)
            waiting.push_back(&segment);
    }
    const auto backlog = static_cast<std::size_t>(std::max(1, m_settings.maxBacklogSegments));
    if (waiting.size() > backlog)
        waiting.erase(waiting.begin(), waiting.end() - static_cast<std::ptrdiff_t>(backlog));
    if (!waiting.empty() && m_lastSequence && waiting.front()->sequence > *m_lastSequence + 1) {
        // Behind (the origin was away): resume at the live edge, with a playlist that no longer
        // lists what came before the gap.
        m_skipped += waiting.front()->sequence - *m_lastSequence - 1;
        retireWindow();
        m_lastSequence = waiting.front()->sequence - 1; // counted once
    }
    if (!waiting.empty()) {
        operation.kind = HlsPushOperation::Kind::PutSegment;
        operation.segment = *waiting.front();
        operation.name = operation.segment.name;
        operation.body = operation.segment.bytes;
        operation.segment.bytes.clear();
        return operation;
    }
    if ((m_playlistDirty || (view.ended && !m_endPushed)) && !m_window.empty()) {
        operation.kind = HlsPushOperation::Kind::PutPlaylist;
        operation.name = m_settings.playlistName;
        operation.endList = view.ended;
        operation.body = playlist(view.ended);
        return operation;
    }
    if (!m_toDelete.empty()) {
        operation.kind = HlsPushOperation::Kind::Delete;
        operation.name = m_toDelete.front();
    }
    return operation;
}

void HlsPushPlan::done(const HlsPushOperation& operation) {
    using Kind = HlsPushOperation::Kind;
    switch (operation.kind) {
    case Kind::None:
        break;
    case Kind::PutInit:
        m_initName = operation.name;
        break;
    case Kind::PutSegment:
        m_window.push_back(operation.segment);
        m_lastSequence = operation.segment.sequence;
        while (m_window.size() > static_cast<std::size_t>(std::max(1, m_settings.windowSegments))) {
            m_leaving.push_back(m_window.front().name);
            m_window.pop_front();
        }
        m_playlistDirty = true;
        break;
    case Kind::PutPlaylist:
        m_playlistDirty = false;
        m_endPushed = operation.endList;
        while (!m_leaving.empty()) {
            m_retired.push_back(m_leaving.front());
            m_leaving.pop_front();
        }
        while (m_retired.size() >
               static_cast<std::size_t>(std::max(0, m_settings.lingerSegments))) {
            m_toDelete.push_back(m_retired.front());
            m_retired.pop_front();
        }
        break;
    case Kind::Delete:
        if (!m_toDelete.empty() && m_toDelete.front() == operation.name)
            m_toDelete.pop_front();
        break;
    }
}

QByteArray HlsPushPlan::playlist(bool endList) const {
    double longest = 1;
    for (const auto& segment : m_window)
        longest = std::max(longest, segment.durationSeconds);
    QByteArray text;
    text += "#EXTM3U\n#EXT-X-VERSION:7\n";
    text +=
        "#EXT-X-TARGETDURATION:" + QByteArray::number(static_cast<int>(std::ceil(longest))) + '\n';
    text += "#EXT-X-MEDIA-SEQUENCE:" +
            QByteArray::number(
                static_cast<qulonglong>(m_window.empty() ? 0 : m_window.front().sequence)) +
            '\n';
    text += "#EXT-X-INDEPENDENT-SEGMENTS\n";
    text += "#EXT-X-MAP:URI=\"" + m_initName.toUtf8() + "\"\n";
    for (const auto& segment : m_window) {
        if (segment.programDateTimeUs > 0)
            text += "#EXT-X-PROGRAM-DATE-TIME:" +
                    QDateTime::fromMSecsSinceEpoch(segment.programDateTimeUs / 1000, Qt::UTC)
                        .toString(Qt::ISODateWithMs)
                        .toUtf8() +
                    '\n';
        text += "#EXTINF:" + QByteArray::number(segment.durationSeconds, 'f', 5) + ",\n";
        text += segment.name.toUtf8() + '\n';
    }
    if (endList)
        text += "#EXT-X-ENDLIST\n";
    return text;
}

} // namespace wl::output
