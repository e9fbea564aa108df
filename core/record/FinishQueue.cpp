#include "FinishQueue.h"

#include <chrono>

#include <QFileInfo>

#include "RecordLog.h"

namespace wl::record {

FinishQueue::FinishQueue(const RecordingSettings& settings, FreeSpaceProbe probe,
                         WriteFaultHook fault)
    : m_settings(settings)
    , m_probe(probe ? std::move(probe) : FreeSpaceProbe(&DiskSpaceWatch::systemFreeBytes))
    , m_fault(std::move(fault)) {
}

void FinishQueue::add(std::shared_ptr<RecordingFile> file, std::uint64_t generation) {
    file->status().state = FileState::Finishing;
    file->status().finishedPercent = 0;
    m_jobs.push_back(Job{std::move(file), nullptr, generation});
}

void FinishQueue::keepFragmented(Job& job, const QString& why) {
    if (job.finisher)
        job.finisher->abandon();
    job.file->status().state = FileState::Done;
    job.file->status().finishedPercent = 0;
    qCWarning(lcRecord, "%s stays fragmented (it plays; some editors may need a remux): %s",
              qPrintable(job.file->status().relativePath), qPrintable(why));
}

bool FinishQueue::step(int maxPackets) {
    if (m_jobs.empty())
        return false;
    Job& job = m_jobs.front();
    RecordedFileStatus& status = job.file->status();
    if (!job.finisher) {
        // The rewrite needs as much room as the file, and must not eat the reserve.
        const auto free = m_probe(QFileInfo(status.path).absolutePath());
        if (free && *free < status.bytes + m_settings.diskReserveBytes) {
            keepFragmented(job, QStringLiteral("not enough free space to rewrite it"));
            m_jobs.pop_front();
            return !m_jobs.empty();
        }
        FileFinisher::Source source{status.path, job.file->metadata(), m_settings.timecodeFps};
        auto begun = FileFinisher::begin(std::move(source), m_fault);
        if (!begun) {
            keepFragmented(job, QString::fromStdString(begun.error().toString()));
            m_jobs.pop_front();
            return !m_jobs.empty();
        }
        job.finisher = std::move(*begun);
    }
    auto done = job.finisher->step(maxPackets);
    if (!done) {
        keepFragmented(job, QString::fromStdString(done.error().toString()));
        m_jobs.pop_front();
    } else if (*done) {
        status.state = FileState::Done;
        status.finishedPercent = 100;
        status.bytes = QFileInfo(status.path).size();
        qCInfo(lcRecord, "finished %s: plain MP4, %lld bytes", qPrintable(status.relativePath),
               static_cast<long long>(status.bytes));
        m_jobs.pop_front();
    } else {
        status.finishedPercent = job.finisher->percent();
    }
    return !m_jobs.empty();
}

int FinishQueue::finishWithin(std::int64_t budgetUs) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(budgetUs);
    while (!m_jobs.empty() && std::chrono::steady_clock::now() < deadline)
        step(256);
    const int left = static_cast<int>(m_jobs.size());
    for (Job& job : m_jobs)
        keepFragmented(job, QStringLiteral("the session ended before it was rewritten"));
    m_jobs.clear();
    return left;
}

bool FinishQueue::hasFilesOf(std::uint64_t generation) const {
    for (const Job& job : m_jobs) {
        if (job.generation == generation)
            return true;
    }
    return false;
}

std::vector<std::shared_ptr<RecordingFile>> FinishQueue::files() const {
    std::vector<std::shared_ptr<RecordingFile>> files;
    for (const Job& job : m_jobs)
        files.push_back(job.file);
    return files;
}

} // namespace wl::record
