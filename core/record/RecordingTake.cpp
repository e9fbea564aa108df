#include "RecordingTake.h"

#include <algorithm>

#include "FileNames.h"

namespace wl::record {

RecordingTake::RecordingTake(std::uint64_t generation, RecordingFolder::Take folder,
                             RecordingRequest request, std::int64_t requestedUs,
                             std::int64_t startedUs)
    : m_generation(generation)
    , m_folder(std::move(folder))
    , m_request(std::move(request))
    , m_requestedUs(requestedUs)
    , m_startedUs(startedUs) {
}

RecordingTake::~RecordingTake() = default;

SourceRecording* RecordingTake::source(const QString& cameraId, const RecordingSettings& settings,
                                       const SessionClock& clock, const WriteFaultHook& fault,
                                       RecordingFileEvents& events) {
    const bool program = cameraId.isEmpty();
    if ((program && !m_request.program) || (!program && !m_request.isoFiles))
        return nullptr;
    auto found = m_sources.find(cameraId);
    if (found != m_sources.end())
        return found->second.get();
    SourceIdentity identity;
    identity.cameraId = cameraId;
    if (program) {
        identity.stem = QStringLiteral("program");
    } else {
        QString name;
        for (const auto& camera : m_request.cameras) {
            if (camera.id == cameraId)
                name = camera.name;
        }
        identity.stem = FileNames::cameraStem(cameraId, name);
    }
    identity.folder = m_folder.path;
    identity.relativeFolder = m_folder.relative;
    identity.unwrapMilliseconds = !program;
    auto recording =
        std::make_unique<SourceRecording>(std::move(identity), settings, clock, fault, events);
    return m_sources.emplace(cameraId, std::move(recording)).first->second.get();
}

void RecordingTake::closeAll(const QString& reason) {
    for (auto& [id, source] : m_sources)
        source->close(reason);
}

void RecordingTake::sync() {
    for (auto& [id, source] : m_sources)
        source->sync();
}

void RecordingTake::addStartedFile(const RecordingFile* file) {
    m_startOrder.push_back(file->spec().path);
}

void RecordingTake::addClosedFile(std::shared_ptr<RecordingFile> file) {
    m_closed.push_back(std::move(file));
}

std::vector<RecordedFileStatus> RecordingTake::allFiles() const {
    std::vector<RecordedFileStatus> files;
    for (const auto& file : m_closed)
        files.push_back(file->status());
    for (const auto& [id, source] : m_sources) {
        if (const RecordingFile* file = source->currentFile())
            files.push_back(file->status());
    }
    // In the order they started; files still waiting go last.
    auto rank = [this](const RecordedFileStatus& status) {
        const auto found = std::find(m_startOrder.begin(), m_startOrder.end(), status.path);
        return found - m_startOrder.begin();
    };
    std::stable_sort(files.begin(), files.end(),
                     [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    return files;
}

std::vector<RecordedFileStatus> RecordingTake::startedFiles() const {
    std::vector<RecordedFileStatus> files = allFiles();
    std::erase_if(files,
                  [](const RecordedFileStatus& file) { return file.startTimecode.isEmpty(); });
    return files;
}

std::int64_t RecordingTake::totalBytes() const {
    std::int64_t total = 0;
    for (const auto& file : allFiles())
        total += file.bytes;
    return total;
}

bool RecordingTake::everyFileStarted() const {
    if (m_request.program && m_sources.find(QString()) == m_sources.end())
        return false;
    for (const auto& [id, source] : m_sources) {
        const RecordingFile* file = source->currentFile();
        if (file != nullptr && !file->isOpen() && file->status().state == FileState::Waiting)
            return false;
    }
    return true;
}

} // namespace wl::record
