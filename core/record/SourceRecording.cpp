#include "SourceRecording.h"

#include <QDir>
#include <QFileInfo>

#include "FileNames.h"
#include "MediaTime.h"
#include "RecordLog.h"

namespace wl::record {

namespace {

bool sameConfiguration(const media::CodecParameters& a, const media::CodecParameters& b) {
    const auto ea = a.extradata();
    const auto eb = b.extradata();
    return a.codecId() == b.codecId() && a.width() == b.width() && a.height() == b.height() &&
           a.sampleRate() == b.sampleRate() && a.channelCount() == b.channelCount() &&
           std::equal(ea.begin(), ea.end(), eb.begin(), eb.end());
}

} // namespace

SourceRecording::SourceRecording(SourceIdentity identity, const RecordingSettings& settings,
                                 const SessionClock& clock, WriteFaultHook fault,
                                 RecordingFileEvents& events)
    : m_identity(std::move(identity))
    , m_settings(settings)
    , m_clock(clock)
    , m_fault(std::move(fault))
    , m_events(events) {
}

SourceRecording::~SourceRecording() {
    closeFile(QStringLiteral("stop"));
}

void SourceRecording::publishStarted(std::uint64_t publishId) {
    closeFile(QStringLiteral("publish_ended"));
    m_publishId = publishId;
    m_publishing = true;
    m_video.reset();
    m_audio.reset();
    m_unwrapper.reset();
    m_lastUs.reset();
    m_blocked = false;
}

void SourceRecording::configReceived(std::uint64_t publishId,
                                     const media::CodecParameters& parameters) {
    if (publishId != m_publishId || !m_publishing)
        return;
    auto& slot = parameters.kind() == media::MediaKind::Video ? m_video : m_audio;
    if (slot && sameConfiguration(*slot, parameters))
        return; // encoders repeat their sequence headers
    const bool changed = slot.has_value() || (m_file && m_file->hasStarted());
    slot = parameters;
    m_blocked = false;
    if (changed)
        closeFile(QStringLiteral("config_changed"));
    else
        m_file.reset(); // not started yet: set up again with both configurations
}

void SourceRecording::packetReceived(std::uint64_t publishId, const media::Packet& packet,
                                     bool afterGap, std::optional<std::int64_t> programFrame) {
    if (publishId != m_publishId || !m_publishing || m_blocked)
        return;
    const bool video = packet.kind() == media::MediaKind::Video;
    if ((video && !m_video) || (!video && !m_audio))
        return; // media before its configuration cannot be decoded
    media::Packet normalised = packet;
    if (!normaliseTimestamps(normalised))
        return;
    if (isDiscontinuity(normalised)) {
        qCInfo(lcRecord, "%s: timestamps jumped; continuing in a new part",
               qPrintable(m_identity.stem));
        closeFile(QStringLiteral("timestamp_jump"));
    }
    ensureFile();
    if (afterGap && video)
        m_file->requireKeyframe();
    const bool wasOpen = m_file->isOpen();
    auto written = m_file->write(normalised, programFrame);
    if (!written) {
        handleFailure(written.error());
        return;
    }
    if (!wasOpen && m_file->isOpen())
        m_events.fileStarted(*m_file);
}

void SourceRecording::publishEnded(std::uint64_t publishId) {
    if (publishId != m_publishId || !m_publishing)
        return;
    m_publishing = false;
    closeFile(QStringLiteral("publish_ended"));
}

void SourceRecording::close(const QString& reason) {
    closeFile(reason);
}

void SourceRecording::sync() {
    if (!m_file || !m_file->isOpen())
        return;
    if (auto synced = m_file->sync(); !synced)
        handleFailure(synced.error());
}

bool SourceRecording::normaliseTimestamps(media::Packet& packet) {
    if (packet.dts() == media::kNoPts && packet.pts() == media::kNoPts)
        return false;
    if (!m_identity.unwrapMilliseconds)
        return true;
    const std::int64_t dts = packet.dts() != media::kNoPts ? packet.dts() : packet.pts();
    const std::int64_t pts = packet.pts() != media::kNoPts ? packet.pts() : dts;
    // Wrapped or not, the low 32 bits continue one time line; the offset between pts and dts
    // is small and survives the same reduction.
    const std::int64_t unwrapped = m_unwrapper.unwrap(static_cast<std::uint32_t>(dts));
    const auto offset = static_cast<std::int32_t>(static_cast<std::uint32_t>(pts - dts));
    packet.setDts(unwrapped);
    packet.setPts(unwrapped + offset);
    return true;
}

bool SourceRecording::isDiscontinuity(const media::Packet& packet) {
    const std::int64_t us = MediaTime::toUs(packet.dts(), packet.timeBase());
    const std::optional<std::int64_t> last = m_lastUs;
    m_lastUs = last ? std::max(*last, us) : us;
    if (!last)
        return false;
    if (us > *last + m_settings.maxForwardJumpUs || us < *last - m_settings.maxBackwardJumpUs) {
        m_lastUs = us;
        return m_file && m_file->hasStarted();
    }
    return false;
}

QString SourceRecording::nextFileName(int& part) const {
    const QDir folder(m_identity.folder);
    QString name = FileNames::mediaFile(m_identity.stem, part);
    // A file left by anything else is never overwritten: take the next part number instead.
    while (folder.exists(name) || folder.exists(name + QStringLiteral(".finishing"))) {
        ++part;
        name = FileNames::mediaFile(m_identity.stem, part);
    }
    return name;
}

void SourceRecording::ensureFile() {
    if (m_file)
        return;
    int part = m_nextPart;
    const QString name = nextFileName(part);
    m_nextPart = part;
    RecordingFileSpec spec;
    spec.path = QDir(m_identity.folder).filePath(name);
    spec.relativePath =
        m_identity.relativeFolder.isEmpty() ? name : m_identity.relativeFolder + u'/' + name;
    spec.cameraId = m_identity.cameraId;
    spec.part = part;
    spec.video = m_video;
    spec.audio = m_audio;
    m_file = std::make_unique<RecordingFile>(std::move(spec), m_settings, m_clock, m_fault);
}

void SourceRecording::closeFile(const QString& reason) {
    if (!m_file)
        return;
    std::unique_ptr<RecordingFile> file = std::move(m_file);
    if (!file->hasStarted()) {
        static_cast<void>(file->close());
        return; // nothing on disk: nothing to report
    }
    ++m_nextPart;
    auto closed = file->close();
    const bool diskError = !closed && file->isDiskError();
    m_events.fileClosed(std::move(file), closed ? reason : QStringLiteral("error"));
    if (diskError)
        m_events.diskFailed(closed.error());
}

void SourceRecording::handleFailure(const Error& error) {
    std::unique_ptr<RecordingFile> file = std::move(m_file);
    if (file->hasStarted())
        ++m_nextPart;
    const bool diskError = file->isDiskError();
    m_events.fileClosed(std::move(file), QStringLiteral("error"));
    if (diskError) {
        m_events.diskFailed(error);
    } else {
        // The media itself was refused: wait for the camera to reconnect or reconfigure.
        m_blocked = true;
    }
}

} // namespace wl::record
